import type { DecideContext } from '@regie/household';
import { recordDeclaratie, type DeclaratieCommand } from './declaratie.decide';
import type { ToewijzingProfile } from './profile';
import { recordVerzoekOmToewijzing, type VerzoekOmToewijzingCommand } from './toewijzing.decide';
import { recordVerzoekOmWijziging, type VerzoekOmWijzigingCommand } from './verzoek-om-wijziging.decide';
import { recordZorgStart, recordZorgStop, type ZorgStartCommand, type ZorgStopCommand } from './zorg.decide';

/** The deciders of the life cycle that a domain takes as they are, bound to its profile (the 301 has extensions). */
export const lifecycleDeciders = (profile: ToewijzingProfile) => ({
  recordVerzoekOmToewijzing: (command: VerzoekOmToewijzingCommand, context: DecideContext) =>
    recordVerzoekOmToewijzing(profile, command, context),
  recordZorgStart: (command: ZorgStartCommand, context: DecideContext) => recordZorgStart(profile, command, context),
  recordZorgStop: (command: ZorgStopCommand, context: DecideContext) => recordZorgStop(profile, command, context),
  recordDeclaratie: (command: DeclaratieCommand, context: DecideContext) => recordDeclaratie(profile, command, context),
  recordVerzoekOmWijziging: (command: VerzoekOmWijzigingCommand, context: DecideContext) =>
    recordVerzoekOmWijziging(profile, command, context),
});
