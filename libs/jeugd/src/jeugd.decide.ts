import {
  contactmomentDecider,
  maatwerkAfweging,
  type DecideContext,
  type DraftEvent,
  type RecordContactmoment,
} from '@regie/household';
import {
  lifecycleDeciders,
  optionalText,
  recordToewijzing,
  type DeclaratieCommand,
  type ToewijzingCommand,
  type VerzoekOmToewijzingCommand,
  type VerzoekOmWijzigingCommand,
  type ZorgStartCommand,
  type ZorgStopCommand,
} from '@regie/toewijzing';
import { JEUGD_DOMAIN, JeugdEventType } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

// Pure deciders of the Jeugd module: (command, context) => drafts, or a typed rejection. The iJw life cycle (315,
// 301, 305, 307, 317, 323) is libs/toewijzing's with Jeugd's profile; what is Jeugd's own is the toewijzing's note
// and afweging. The contactmoment is every domain's (`contactmomentDecider`), recorded under Jeugd's event type.

export interface RecordJeugdVerzoekOmToewijzing extends VerzoekOmToewijzingCommand {
  readonly verwijzer: string;
}

export interface RecordJeugdToewijzing extends ToewijzingCommand {
  readonly verwijzer: string;
  readonly note?: string | null;
  /** Why none of the catalogue's alternatives for the productcategorie fits; required when there are any. */
  readonly redenGeenAlternatief?: string | null;
}

export type RecordJeugdZorgStart = ZorgStartCommand;
export type RecordJeugdZorgStop = ZorgStopCommand;
type Decider<Command> = (command: Command, context: DecideContext) => DraftEvent[];

export type RecordJeugdContactmoment = RecordContactmoment;

const lifecycle = lifecycleDeciders(JEUGD_TOEWIJZING);

/** As JW315: an aanbieder asks for a toewijzing for a child. */
export const recordJeugdVerzoekOmToewijzing: Decider<RecordJeugdVerzoekOmToewijzing> =
  lifecycle.recordVerzoekOmToewijzing;
/** As JW305 and JW307: the aanbieder started or stopped the care of a toewijzing. */
export const recordJeugdZorgStart: Decider<RecordJeugdZorgStart> = lifecycle.recordZorgStart;
export const recordJeugdZorgStop: Decider<RecordJeugdZorgStop> = lifecycle.recordZorgStop;
/** As JW323: one declaration line (realised cost) of a Jeugd toewijzing. */
export const recordJeugdDeclaratie: Decider<DeclaratieCommand> = lifecycle.recordDeclaratie;
/** As JW317: a request to change a toewijzing; it changes nothing until a new JW301. */
export const recordJeugdVerzoekOmWijziging: Decider<VerzoekOmWijzigingCommand> = lifecycle.recordVerzoekOmWijziging;

/** As JW301: the toewijzing is the maatwerk decision, so it keeps the afweging it rests on, and a note. */
export const recordJeugdToewijzing = (command: RecordJeugdToewijzing, context: DecideContext): DraftEvent[] =>
  recordToewijzing(JEUGD_TOEWIJZING, command, context, {
    fields: () => {
      const note = optionalText(command.note);
      return {
        ...(note !== undefined ? { note } : {}),
        afweging: maatwerkAfweging(context, {
          domain: JEUGD_DOMAIN,
          memberId: command.memberId,
          redenGeenAlternatief: command.redenGeenAlternatief,
        }),
      };
    },
  });

/** A contact of the Jeugd team with a member; the note stays within Jeugd. */
export const recordJeugdContactmoment: Decider<RecordJeugdContactmoment> = contactmomentDecider({
  domain: JEUGD_DOMAIN,
  eventType: JeugdEventType.contactmomentVastgelegd,
});
