import {
  assertMember,
  assertNotInFuture,
  assertProvider,
  berichtField,
  domainState,
  maatwerkAfweging,
  reject,
  tariefPerEenheidProblem,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import {
  recordDeclaratie,
  recordVerzoekOmWijziging,
  type DeclaratieCommand,
  type VerzoekOmWijzigingCommand,
} from '@regie/toewijzing';
import { JEUGD_TOEWIJZING } from './jeugd.profile';
import { JEUGD_CONTACTMOMENT_SOORT, codeProblem } from './jeugd.codes';
import {
  JEUGD_DOMAIN,
  JeugdEventType,
  type ContactmomentVastgelegd,
  type JeugdOmvang,
  type ToewijzingVastgelegd,
  type VerzoekOmToewijzingOntvangen,
  type ZorgGestart,
  type ZorgGestopt,
} from './jeugd.events';
import {
  budgetProblem,
  dateProblem,
  omvangProblem,
  productcategorieProblem,
  productcodeProblem,
  redenBeeindigingProblem,
  toewijzingNummerProblem,
  toewijzingShapeProblem,
  verwijzerProblem,
} from './jeugd.rules';
import { findToewijzing, initialJeugdState, toewijzingWithNummer, type JeugdState } from './jeugd.state';

// Pure deciders of the Jeugd module: (command, context) => drafts, or a typed rejection. No clock, no randomness:
// "today" is context.today; the household's existence and openness are checked before these run.

export interface RecordJeugdVerzoekOmToewijzing {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly gewensteIngangsdatum: LocalDate;
  readonly verwijzer: string;
  readonly note?: string | null;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordJeugdToewijzing {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate | null;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly omvang?: JeugdOmvang | null;
  /** Euro cents. */
  readonly budget?: number | null;
  readonly verwijzer: string;
  readonly note?: string | null;
  /** The contract's price per eenheid in euro cents; only with an omvang. */
  readonly tariefPerEenheid?: number | null;
  /** Why none of the catalogue's alternatives for the productcategorie fits; required when there are any. */
  readonly redenGeenAlternatief?: string | null;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordJeugdZorgStart {
  readonly toewijzingNummer: string;
  readonly begindatum: LocalDate;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordJeugdZorgStop {
  readonly toewijzingNummer: string;
  readonly einddatum: LocalDate;
  readonly redenBeeindiging: string;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordJeugdContactmoment {
  readonly memberId: string;
  readonly providerAgb?: string | null;
  readonly datum: LocalDate;
  readonly soort: string;
  readonly note: string;
}

const jeugdState = (context: DecideContext): JeugdState =>
  domainState<JeugdState | undefined>(context, JEUGD_DOMAIN) ?? initialJeugdState;

/** Rejects with BAD_USER_INPUT naming the field when a rule finds a problem. */
const check = (problem: string | undefined, field: string): void => {
  if (problem) reject('BAD_USER_INPUT', problem, { field });
};

const validDate = (value: LocalDate, field: string): LocalDate => {
  check(dateProblem(value, field), field);
  return value;
};

/** Optional free text: trimmed, absent when empty. */
const optionalText = (value: string | null | undefined): { note?: string } => {
  const trimmed = value?.trim();
  return trimmed ? { note: trimmed } : {};
};

const optionalProductcode = (value: string | null | undefined): { productcode?: string } => {
  if (value === undefined || value === null || value === '') return {};
  check(productcodeProblem(value), 'productcode');
  return { productcode: value };
};

/** As JW315: an aanbieder asks for a toewijzing for a member. */
export function recordJeugdVerzoekOmToewijzing(
  command: RecordJeugdVerzoekOmToewijzing,
  context: DecideContext,
): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  assertProvider(context.providers, command.providerAgb, JEUGD_DOMAIN);
  check(productcategorieProblem(command.productcategorie), 'productcategorie');
  const productcode = optionalProductcode(command.productcode);
  validDate(command.gewensteIngangsdatum, 'gewensteIngangsdatum');
  check(verwijzerProblem(command.verwijzer), 'verwijzer');
  const data: VerzoekOmToewijzingOntvangen = {
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    productcategorie: command.productcategorie,
    ...productcode,
    gewensteIngangsdatum: command.gewensteIngangsdatum,
    verwijzer: command.verwijzer,
    ...optionalText(command.note),
    ...berichtField(command.bericht),
  };
  return [{ type: JeugdEventType.verzoekOmToewijzingOntvangen, data }];
}

/** As JW301: the gemeente assigns care (specific with omvang, aspecific, or with a budget). */
export function recordJeugdToewijzing(command: RecordJeugdToewijzing, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  assertProvider(context.providers, command.providerAgb, JEUGD_DOMAIN);
  check(toewijzingNummerProblem(command.toewijzingNummer), 'toewijzingNummer');
  validDate(command.toewijzingsdatum, 'toewijzingsdatum');
  assertNotInFuture(command.toewijzingsdatum, context.today, 'toewijzingsdatum');
  validDate(command.ingangsdatum, 'ingangsdatum');
  const einddatum = command.einddatum ?? undefined;
  if (einddatum !== undefined) validDate(einddatum, 'einddatum');
  check(productcategorieProblem(command.productcategorie), 'productcategorie');
  const productcode = optionalProductcode(command.productcode);
  const omvang = command.omvang ?? undefined;
  const budget = command.budget ?? undefined;
  if (omvang !== undefined) check(omvangProblem(omvang), 'omvang');
  if (budget !== undefined) check(budgetProblem(budget), 'budget');
  const shape = toewijzingShapeProblem({ ingangsdatum: command.ingangsdatum, einddatum, omvang, budget });
  if (shape) check(shape.message, shape.field);
  check(verwijzerProblem(command.verwijzer), 'verwijzer');
  const tariefPerEenheidCents = command.tariefPerEenheid ?? undefined;
  check(tariefPerEenheidProblem(tariefPerEenheidCents, omvang), 'tariefPerEenheid');

  const earlier = toewijzingWithNummer(jeugdState(context), command.toewijzingNummer);
  if (earlier) {
    reject(
      'DUPLICATE_TOEWIJZINGNUMMER',
      `ToewijzingNummer ${command.toewijzingNummer} is in dit huishouden al gebruikt${earlier.withdrawn ? ' (ingetrokken toewijzing)' : ''}; kies een nieuw nummer (iJw retourcode 9332)`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }

  const data: ToewijzingVastgelegd = {
    memberId: command.memberId,
    providerAgb: command.providerAgb,
    toewijzingNummer: command.toewijzingNummer,
    toewijzingsdatum: command.toewijzingsdatum,
    ingangsdatum: command.ingangsdatum,
    ...(einddatum !== undefined ? { einddatum } : {}),
    productcategorie: command.productcategorie,
    ...productcode,
    ...(omvang !== undefined
      ? { omvang: { volume: omvang.volume, eenheid: omvang.eenheid, frequentie: omvang.frequentie } }
      : {}),
    ...(budget !== undefined ? { budget } : {}),
    verwijzer: command.verwijzer,
    ...optionalText(command.note),
    ...(tariefPerEenheidCents !== undefined ? { tariefPerEenheidCents } : {}),
    afweging: maatwerkAfweging(context, {
      domain: JEUGD_DOMAIN,
      memberId: command.memberId,
      redenGeenAlternatief: command.redenGeenAlternatief,
    }),
    ...berichtField(command.bericht),
  };
  return [{ type: JeugdEventType.toewijzingVastgelegd, data, occurredAt: command.toewijzingsdatum }];
}

function existingToewijzing(context: DecideContext, toewijzingNummer: string) {
  const view = findToewijzing(jeugdState(context), toewijzingNummer);
  if (!view) {
    return reject(
      'TOEWIJZING_NOT_FOUND',
      `Geen (geldige) toewijzing met nummer ${toewijzingNummer} in dit huishouden`,
      {
        toewijzingNummer,
      },
    );
  }
  return view;
}

/** As JW305: the aanbieder started the care of a toewijzing. */
export function recordJeugdZorgStart(command: RecordJeugdZorgStart, context: DecideContext): DraftEvent[] {
  const view = existingToewijzing(context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  assertMember(context.state.core, toewijzing.memberId);
  if (view.current && !view.current.stop) {
    reject(
      'INVALID_STATE',
      `De zorg voor toewijzing ${command.toewijzingNummer} is al gestart op ${view.current.start.data.begindatum} en nog niet gestopt`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const begindatum = validDate(command.begindatum, 'begindatum');
  if (begindatum < toewijzing.ingangsdatum) {
    reject(
      'BAD_USER_INPUT',
      `begindatum ${begindatum} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum} van de toewijzing (iJw retourcode 9307)`,
      { field: 'begindatum' },
    );
  }
  if (toewijzing.einddatum !== undefined && begindatum > toewijzing.einddatum) {
    reject(
      'BAD_USER_INPUT',
      `begindatum ${begindatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (iJw retourcode 9308)`,
      { field: 'begindatum' },
    );
  }
  const previousEnd = view.current?.stop?.data.einddatum;
  if (previousEnd !== undefined && begindatum <= previousEnd) {
    reject(
      'BAD_USER_INPUT',
      `begindatum ${begindatum} overlapt met de vorige periode van deze toewijzing (gestopt op ${previousEnd})`,
      { field: 'begindatum' },
    );
  }
  assertNotInFuture(begindatum, context.today, 'begindatum');
  const data: ZorgGestart = {
    toewijzingNummer: toewijzing.toewijzingNummer,
    memberId: toewijzing.memberId,
    providerAgb: toewijzing.providerAgb,
    productcategorie: toewijzing.productcategorie,
    ...(toewijzing.productcode !== undefined ? { productcode: toewijzing.productcode } : {}),
    begindatum,
    ...berichtField(command.bericht),
  };
  return [{ type: JeugdEventType.zorgGestart, data, occurredAt: begindatum }];
}

/** As JW307: the aanbieder stopped the running care of a toewijzing. */
export function recordJeugdZorgStop(command: RecordJeugdZorgStop, context: DecideContext): DraftEvent[] {
  const view = existingToewijzing(context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  const current = view.current;
  if (!current) {
    return reject('INVALID_STATE', `De zorg voor toewijzing ${command.toewijzingNummer} is nog niet gestart`, {
      toewijzingNummer: command.toewijzingNummer,
    });
  }
  if (current.stop) {
    reject(
      'INVALID_STATE',
      `De zorg voor toewijzing ${command.toewijzingNummer} is al gestopt op ${current.stop.data.einddatum}`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const einddatum = validDate(command.einddatum, 'einddatum');
  check(redenBeeindigingProblem(command.redenBeeindiging), 'redenBeeindiging');
  const { begindatum } = current.start.data;
  if (einddatum < begindatum) {
    reject('BAD_USER_INPUT', `einddatum ${einddatum} ligt vóór de begindatum ${begindatum} van de zorg`, {
      field: 'einddatum',
    });
  }
  if (toewijzing.einddatum !== undefined && einddatum > toewijzing.einddatum) {
    reject(
      'BAD_USER_INPUT',
      `einddatum ${einddatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (iJw retourcode 9308)`,
      { field: 'einddatum' },
    );
  }
  assertNotInFuture(einddatum, context.today, 'einddatum');
  const data: ZorgGestopt = {
    toewijzingNummer: toewijzing.toewijzingNummer,
    memberId: toewijzing.memberId,
    providerAgb: toewijzing.providerAgb,
    productcategorie: toewijzing.productcategorie,
    ...(toewijzing.productcode !== undefined ? { productcode: toewijzing.productcode } : {}),
    begindatum,
    einddatum,
    redenBeeindiging: command.redenBeeindiging,
    ...berichtField(command.bericht),
  };
  return [{ type: JeugdEventType.zorgGestopt, data, occurredAt: einddatum }];
}

/** A contact of the Jeugd team with a member; the note stays within Jeugd. */
export function recordJeugdContactmoment(command: RecordJeugdContactmoment, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  const providerAgb = command.providerAgb ?? undefined;
  if (providerAgb !== undefined) assertProvider(context.providers, providerAgb, JEUGD_DOMAIN);
  const datum = validDate(command.datum, 'datum');
  assertNotInFuture(datum, context.today, 'datum');
  check(codeProblem(JEUGD_CONTACTMOMENT_SOORT, 'de soorten contactmoment', command.soort, 'soort'), 'soort');
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

/** As JW323: one declaration line (realised cost) of a Jeugd toewijzing. */
export const recordJeugdDeclaratie = (command: DeclaratieCommand, context: DecideContext): DraftEvent[] =>
  recordDeclaratie(JEUGD_TOEWIJZING, command, context);

/** As JW317: an aanbieder asks to change a toewijzing; recorded as a request, it changes nothing until a new JW301. */
export const recordJeugdVerzoekOmWijziging = (
  command: VerzoekOmWijzigingCommand,
  context: DecideContext,
): DraftEvent[] => recordVerzoekOmWijziging(JEUGD_TOEWIJZING, command, context);
