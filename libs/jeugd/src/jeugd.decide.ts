import {
  assertMember,
  assertNotInFuture,
  assertProvider,
  maatwerkAfweging,
  reject,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import {
  check,
  codeProblem,
  optionalText,
  recordDeclaratie,
  recordToewijzing,
  recordVerzoekOmToewijzing,
  recordVerzoekOmWijziging,
  recordZorgStart,
  recordZorgStop,
  validDate,
  type DeclaratieCommand,
  type ToewijzingCommand,
  type VerzoekOmToewijzingCommand,
  type VerzoekOmWijzigingCommand,
  type ZorgStartCommand,
  type ZorgStopCommand,
} from '@regie/toewijzing';
import { JEUGD_CONTACTMOMENT_SOORT } from './jeugd.codes';
import { JEUGD_DOMAIN, JeugdEventType, type ContactmomentVastgelegd } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

// Pure deciders of the Jeugd module: (command, context) => drafts, or a typed rejection. The iJw life cycle (315,
// 301, 305, 307, 317, 323) is libs/toewijzing's with Jeugd's profile; what is Jeugd's own is the toewijzing's note
// and afweging, and the contactmoment.

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

export interface RecordJeugdContactmoment {
  readonly memberId: string;
  readonly providerAgb?: string | null;
  readonly datum: LocalDate;
  readonly soort: string;
  readonly note: string;
}

/** As JW315: an aanbieder asks for a toewijzing for a child. */
export const recordJeugdVerzoekOmToewijzing = (
  command: RecordJeugdVerzoekOmToewijzing,
  context: DecideContext,
): DraftEvent[] => recordVerzoekOmToewijzing(JEUGD_TOEWIJZING, command, context);

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

/** As JW305: the aanbieder started the care of a toewijzing. */
export const recordJeugdZorgStart = (command: RecordJeugdZorgStart, context: DecideContext): DraftEvent[] =>
  recordZorgStart(JEUGD_TOEWIJZING, command, context);

/** As JW307: the aanbieder stopped the running care of a toewijzing. */
export const recordJeugdZorgStop = (command: RecordJeugdZorgStop, context: DecideContext): DraftEvent[] =>
  recordZorgStop(JEUGD_TOEWIJZING, command, context);

/** As JW323: one declaration line (realised cost) of a Jeugd toewijzing. */
export const recordJeugdDeclaratie = (command: DeclaratieCommand, context: DecideContext): DraftEvent[] =>
  recordDeclaratie(JEUGD_TOEWIJZING, command, context);

/** As JW317: an aanbieder asks to change a toewijzing; recorded as a request, it changes nothing until a new JW301. */
export const recordJeugdVerzoekOmWijziging = (
  command: VerzoekOmWijzigingCommand,
  context: DecideContext,
): DraftEvent[] => recordVerzoekOmWijziging(JEUGD_TOEWIJZING, command, context);

/** A contact of the Jeugd team with a member; the note stays within Jeugd. */
export function recordJeugdContactmoment(command: RecordJeugdContactmoment, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  const providerAgb = command.providerAgb ?? undefined;
  if (providerAgb !== undefined) assertProvider(context.providers, providerAgb, JEUGD_DOMAIN);
  const datum = validDate(command.datum, 'datum');
  assertNotInFuture(datum, context.today, 'datum');
  const soorten = { id: 'soort', label: 'de soorten contactmoment', codes: JEUGD_CONTACTMOMENT_SOORT };
  check(codeProblem(soorten, command.soort, 'soort'), 'soort');
  const note = command.note?.trim() ?? '';
  if (!note) reject('BAD_USER_INPUT', 'note (verslag van het contactmoment) ontbreekt', { field: 'note' });
  const data: ContactmomentVastgelegd = {
    memberId: command.memberId,
    ...(providerAgb !== undefined ? { providerAgb } : {}),
    datum,
    soort: command.soort,
    note,
  };
  return [{ type: JeugdEventType.contactmomentVastgelegd, data, occurredAt: datum }];
}
