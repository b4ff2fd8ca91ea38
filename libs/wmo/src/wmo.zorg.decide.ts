import {
  assertMember,
  assertNotInFuture,
  assertProvider,
  berichtField,
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
import { WMO_TOEWIJZING } from './wmo.profile';
import { wmoProductcategorieLabel } from './wmo.codes';
import {
  WMO_DOMAIN,
  WmoEventType,
  type ToewijzingVastgelegd,
  type WmoOmvang,
  type ZorgGestart,
  type ZorgGestopt,
} from './wmo.events';
import { check, validDate, wmoState } from './wmo.guards';
import {
  budgetProblem,
  omvangProblem,
  productcategorieProblem,
  productcodeProblem,
  redenBeeindigingProblem,
  toewijzingNummerProblem,
  toewijzingShapeProblem,
} from './wmo.rules';
import { besluitWithId, findToewijzing, toewijzingWithNummer, type WmoState } from './wmo.state';

// Pure deciders of the Wmo support life cycle as iWmo 3.2 has it: toewijzing (WMO301), start (WMO305), stop
// (WMO307), keyed on the ToewijzingNummer.

export interface RecordWmoToewijzing {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate | null;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly omvang?: WmoOmvang | null;
  /** Euro cents. */
  readonly budget?: number | null;
  readonly besluitId?: string | null;
  /** The contract's price per eenheid in euro cents; only with an omvang. */
  readonly tariefPerEenheid?: number | null;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordWmoZorgStart {
  readonly toewijzingNummer: string;
  readonly begindatum: LocalDate;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

export interface RecordWmoZorgStop {
  readonly toewijzingNummer: string;
  readonly einddatum: LocalDate;
  readonly redenBeeindiging: string;
  /** The iJw/iWmo message this command was read from (issue 17); copied onto the event. */
  readonly bericht?: BerichtHerkomst | null;
}

const optionalProductcode = (value: string | null | undefined): { productcode?: string } => {
  if (value === undefined || value === null || value === '') return {};
  check(productcodeProblem(value), 'productcode');
  return { productcode: value };
};

/** The besluit a toewijzing carries out: known, TOEGEKEND, for the same person and product category. */
function assertToegekendBesluit(
  state: WmoState,
  besluitId: string,
  toewijzing: { memberId: string; productcategorie: string },
): void {
  const besluit = besluitWithId(state, besluitId);
  if (!besluit || besluit.withdrawn) {
    return reject('ENTRY_NOT_FOUND', `Geen (geldig) besluit ${besluitId} in dit huishouden`, { besluitId });
  }
  const { uitkomst, memberId, productcategorie } = besluit.data;
  if (uitkomst !== 'TOEGEKEND') {
    reject(
      'INVALID_STATE',
      `Besluit ${besluitId} kent niets toe (uitkomst ${uitkomst}); een toewijzing volgt alleen op een toekenning`,
      {
        besluitId,
      },
    );
  }
  if (memberId !== toewijzing.memberId) {
    reject('BAD_USER_INPUT', `Besluit ${besluitId} gaat over een andere persoon dan deze toewijzing`, {
      field: 'besluitId',
    });
  }
  if (productcategorie !== toewijzing.productcategorie) {
    reject(
      'BAD_USER_INPUT',
      `Besluit ${besluitId} kent ${wmoProductcategorieLabel(productcategorie ?? '?')} toe, niet ${wmoProductcategorieLabel(toewijzing.productcategorie)}`,
      { field: 'productcategorie' },
    );
  }
}

/** As WMO301: the gemeente assigns support (specific with omvang, aspecific, or with a budget). */
export function recordWmoToewijzing(command: RecordWmoToewijzing, context: DecideContext): DraftEvent[] {
  assertMember(context.state.core, command.memberId);
  assertProvider(context.providers, command.providerAgb, WMO_DOMAIN);
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
  check(toewijzingShapeProblem({ ingangsdatum: command.ingangsdatum, einddatum, omvang, budget }), 'omvang');
  const tariefPerEenheidCents = command.tariefPerEenheid ?? undefined;
  check(tariefPerEenheidProblem(tariefPerEenheidCents, omvang), 'tariefPerEenheid');

  const state = wmoState(context);
  const besluitId = command.besluitId || undefined;
  if (besluitId !== undefined) assertToegekendBesluit(state, besluitId, command);

  const earlier = toewijzingWithNummer(state, command.toewijzingNummer);
  if (earlier) {
    reject(
      'DUPLICATE_TOEWIJZINGNUMMER',
      `ToewijzingNummer ${command.toewijzingNummer} is binnen de Wmo voor dit huishouden al gebruikt${earlier.withdrawn ? ' (ingetrokken toewijzing)' : ''}; kies een nieuw nummer (iWmo retourcode 9332)`,
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
    ...(besluitId !== undefined ? { besluitId } : {}),
    ...(tariefPerEenheidCents !== undefined ? { tariefPerEenheidCents } : {}),
    ...berichtField(command.bericht),
  };
  return [{ type: WmoEventType.toewijzingVastgelegd, data, occurredAt: command.toewijzingsdatum }];
}

function existingToewijzing(context: DecideContext, toewijzingNummer: string) {
  const view = findToewijzing(wmoState(context), toewijzingNummer);
  if (!view) {
    return reject(
      'TOEWIJZING_NOT_FOUND',
      `Geen (geldige) Wmo-toewijzing met nummer ${toewijzingNummer} in dit huishouden`,
      {
        toewijzingNummer,
      },
    );
  }
  return view;
}

/** As WMO305: the aanbieder started the support of a toewijzing. */
export function recordWmoZorgStart(command: RecordWmoZorgStart, context: DecideContext): DraftEvent[] {
  const view = existingToewijzing(context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  assertMember(context.state.core, toewijzing.memberId);
  if (view.current && !view.current.stop) {
    reject(
      'INVALID_STATE',
      `De ondersteuning voor toewijzing ${command.toewijzingNummer} is al gestart op ${view.current.start.data.begindatum} en nog niet gestopt`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const begindatum = validDate(command.begindatum, 'begindatum');
  if (begindatum < toewijzing.ingangsdatum) {
    reject(
      'BAD_USER_INPUT',
      `begindatum ${begindatum} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum} van de toewijzing (iWmo retourcode 9307)`,
      { field: 'begindatum' },
    );
  }
  if (toewijzing.einddatum !== undefined && begindatum > toewijzing.einddatum) {
    reject(
      'BAD_USER_INPUT',
      `begindatum ${begindatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (iWmo retourcode 9308)`,
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
  return [{ type: WmoEventType.zorgGestart, data, occurredAt: begindatum }];
}

/** As WMO307: the aanbieder stopped the running support of a toewijzing. */
export function recordWmoZorgStop(command: RecordWmoZorgStop, context: DecideContext): DraftEvent[] {
  const view = existingToewijzing(context, command.toewijzingNummer);
  const toewijzing = view.toewijzing.data;
  const current = view.current;
  if (!current) {
    return reject('INVALID_STATE', `De ondersteuning voor toewijzing ${command.toewijzingNummer} is nog niet gestart`, {
      toewijzingNummer: command.toewijzingNummer,
    });
  }
  if (current.stop) {
    reject(
      'INVALID_STATE',
      `De ondersteuning voor toewijzing ${command.toewijzingNummer} is al gestopt op ${current.stop.data.einddatum}`,
      { toewijzingNummer: command.toewijzingNummer },
    );
  }
  const einddatum = validDate(command.einddatum, 'einddatum');
  check(redenBeeindigingProblem(command.redenBeeindiging), 'redenBeeindiging');
  const { begindatum } = current.start.data;
  if (einddatum < begindatum) {
    reject('BAD_USER_INPUT', `einddatum ${einddatum} ligt vóór de begindatum ${begindatum} van de ondersteuning`, {
      field: 'einddatum',
    });
  }
  if (toewijzing.einddatum !== undefined && einddatum > toewijzing.einddatum) {
    reject(
      'BAD_USER_INPUT',
      `einddatum ${einddatum} ligt na de einddatum ${toewijzing.einddatum} van de toewijzing (iWmo retourcode 9308)`,
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
  return [{ type: WmoEventType.zorgGestopt, data, occurredAt: einddatum }];
}

/** As WMO323: one declaration line (realised cost) of a Wmo toewijzing. */
export const recordWmoDeclaratie = (command: DeclaratieCommand, context: DecideContext): DraftEvent[] =>
  recordDeclaratie(WMO_TOEWIJZING, command, context);

/** As WMO317: an aanbieder asks to change a toewijzing; recorded as a request, it changes nothing until a new WMO301. */
export const recordWmoVerzoekOmWijziging = (command: VerzoekOmWijzigingCommand, context: DecideContext): DraftEvent[] =>
  recordVerzoekOmWijziging(WMO_TOEWIJZING, command, context);
