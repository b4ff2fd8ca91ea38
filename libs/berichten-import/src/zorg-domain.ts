// The two domains that share the iStandaard toewijzing life cycle, seen through their public commands and state.
import {
  domainState,
  type BerichtHerkomst,
  type DecideContext,
  type DraftEvent,
  type LocalDate,
} from '@regie/household';
import {
  findToewijzing as findJeugdToewijzing,
  initialJeugdState,
  JEUGD_DOMAIN,
  JeugdEventType,
  recordJeugdDeclaratie,
  recordJeugdToewijzing,
  recordJeugdVerzoekOmToewijzing,
  recordJeugdVerzoekOmWijziging,
  recordJeugdZorgStart,
  recordJeugdZorgStop,
  type DeclaratieCommand,
  type JeugdState,
  type VerzoekOmToewijzingOntvangen,
  type VerzoekOmWijzigingCommand,
} from '@regie/jeugd';
import {
  findToewijzing as findWmoToewijzing,
  initialWmoState,
  recordWmoDeclaratie,
  recordWmoToewijzing,
  recordWmoVerzoekOmWijziging,
  recordWmoZorgStart,
  recordWmoZorgStop,
  WMO_DOMAIN,
  WmoEventType,
  type WmoState,
} from '@regie/wmo';

/** What both domains' toewijzing events hold (JW301 / WMO301). */
export interface ToewijzingData {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly omvang?: { readonly volume: number; readonly eenheid: string; readonly frequentie: string };
  readonly budget?: number;
  readonly bericht?: BerichtHerkomst;
}

export interface EntryRef<Data> {
  readonly id: string;
  readonly data: Data;
}

export interface PeriodRef {
  readonly start: EntryRef<{ readonly begindatum: LocalDate }>;
  readonly stop?: EntryRef<{ readonly einddatum: LocalDate; readonly redenBeeindiging: string }>;
}

export interface ToewijzingRef {
  readonly toewijzing: EntryRef<ToewijzingData>;
  readonly periods: readonly PeriodRef[];
}

/** A declaration line (323) as Regie holds it: what tells a line sent again from a new one. */
export interface DeclaratieRef {
  readonly providerAgb: string;
  readonly declaratieNummer: string;
  readonly productReferentie: string;
  readonly debetCredit: 'D' | 'C';
}

/** A verzoek om wijziging (317) as Regie holds it. */
export interface VerzoekOmWijzigingRef {
  readonly toewijzingNummer: string;
  readonly bericht?: BerichtHerkomst;
}

export type { DeclaratieCommand, VerzoekOmWijzigingCommand };

export interface ToewijzingCommand {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate | null;
  readonly productcategorie: string;
  readonly productcode?: string | null;
  readonly omvang?: { volume: number; eenheid: string; frequentie: string } | null;
  readonly budget?: number | null;
  readonly bericht: BerichtHerkomst;
}

/** One domain's side of the life cycle. */
export interface ZorgDomain {
  readonly code: typeof JEUGD_DOMAIN | typeof WMO_DOMAIN;
  /** The toewijzing with this number that counts (not withdrawn), with its start/stop periods. */
  findToewijzing(context: DecideContext, toewijzingNummer: string): ToewijzingRef | undefined;
  recordToewijzing(command: ToewijzingCommand, context: DecideContext): DraftEvent[];
  recordZorgStart(
    command: { toewijzingNummer: string; begindatum: LocalDate; bericht: BerichtHerkomst },
    context: DecideContext,
  ): DraftEvent[];
  recordZorgStop(
    command: { toewijzingNummer: string; einddatum: LocalDate; redenBeeindiging: string; bericht: BerichtHerkomst },
    context: DecideContext,
  ): DraftEvent[];
  /** A 323 line (debit or credit) on a toewijzing of the aanbieder. */
  recordDeclaratie(command: DeclaratieCommand, context: DecideContext): DraftEvent[];
  /** A 317 verzoek om wijziging of one toewijzing: a request, it changes nothing until a new 301. */
  recordVerzoekOmWijziging(command: VerzoekOmWijzigingCommand, context: DecideContext): DraftEvent[];
  /** Declaration lines recorded in the household, not withdrawn. */
  declaraties(context: DecideContext): DeclaratieRef[];
  /** Verzoeken om wijziging recorded in the household, not withdrawn. */
  verzoekenOmWijziging(context: DecideContext): VerzoekOmWijzigingRef[];
}

/** The data of a domain's entries of one type that are not withdrawn. */
function entriesOfType<Data>(
  state: { entries: ReadonlyMap<string, { type: string; data: unknown; withdrawn: boolean }> },
  type: string,
): Data[] {
  return [...state.entries.values()]
    .filter((entry) => entry.type === type && !entry.withdrawn)
    .map((entry) => entry.data as Data);
}

const jeugdState = (context: DecideContext) =>
  domainState<JeugdState | undefined>(context, JEUGD_DOMAIN) ?? initialJeugdState;
const wmoState = (context: DecideContext) => domainState<WmoState | undefined>(context, WMO_DOMAIN) ?? initialWmoState;

export const JEUGD: ZorgDomain = {
  code: JEUGD_DOMAIN,
  findToewijzing: (context, nummer) => findJeugdToewijzing(jeugdState(context), nummer),
  // The 301 has no Verwijzer: it is the 315's with the same ReferentieAanbieder, else the gemeente (01).
  recordToewijzing: (command, context) =>
    recordJeugdToewijzing(
      { ...command, verwijzer: verwijzerOfVerzoek(context, command.bericht.referentieAanbieder) ?? '01' },
      context,
    ),
  recordZorgStart: recordJeugdZorgStart,
  recordZorgStop: recordJeugdZorgStop,
  recordDeclaratie: recordJeugdDeclaratie,
  recordVerzoekOmWijziging: recordJeugdVerzoekOmWijziging,
  declaraties: (context) => entriesOfType(jeugdState(context), JeugdEventType.declaratieOntvangen),
  verzoekenOmWijziging: (context) => entriesOfType(jeugdState(context), JeugdEventType.verzoekOmWijzigingOntvangen),
};

export const WMO: ZorgDomain = {
  code: WMO_DOMAIN,
  findToewijzing: (context, nummer) => findWmoToewijzing(wmoState(context), nummer),
  recordToewijzing: recordWmoToewijzing,
  recordZorgStart: recordWmoZorgStart,
  recordZorgStop: recordWmoZorgStop,
  recordDeclaratie: recordWmoDeclaratie,
  recordVerzoekOmWijziging: recordWmoVerzoekOmWijziging,
  declaraties: (context) => entriesOfType(wmoState(context), WmoEventType.declaratieOntvangen),
  verzoekenOmWijziging: (context) => entriesOfType(wmoState(context), WmoEventType.verzoekOmWijzigingOntvangen),
};

/** A Jeugd verzoek om toewijzing (JW315) read from a message with this ReferentieAanbieder, not withdrawn. */
export function verzoekWithReferentie(
  context: DecideContext,
  referentieAanbieder: string | undefined,
): VerzoekOmToewijzingOntvangen | undefined {
  if (referentieAanbieder === undefined) return undefined;
  for (const entry of jeugdState(context).entries.values()) {
    if (entry.type !== JeugdEventType.verzoekOmToewijzingOntvangen || entry.withdrawn) continue;
    const data = entry.data as VerzoekOmToewijzingOntvangen;
    if (data.bericht?.referentieAanbieder === referentieAanbieder) return data;
  }
  return undefined;
}

const verwijzerOfVerzoek = (context: DecideContext, referentieAanbieder: string | undefined) =>
  verzoekWithReferentie(context, referentieAanbieder)?.verwijzer;

export { recordJeugdVerzoekOmToewijzing };
