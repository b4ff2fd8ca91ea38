import type { LocalDate } from './local-date';

// The read-side facts a domain's `describe` returns and the vocabularies they use. They live in core so that the
// domain contract (domain-module.ts) and the household's events depend on nothing above core; the maatwerk
// features (afweging, tariffs, ZRM) build on them and re-export them.

/**
 * The afwegingsladder: before maatwerk, what can the person do on eigen kracht, with gebruikelijke hulp, with
 * mantelzorg, with their sociaal netwerk (one neighbour or friend counts), and with an algemene voorziening?
 * The rungs in the order the Wmo verordeningen name them; Jeugd and Werk & Inkomen use the same ladder.
 */
export const LADDER_RUNGS = [
  'EIGEN_KRACHT',
  'GEBRUIKELIJKE_HULP',
  'MANTELZORG',
  'SOCIAAL_NETWERK',
  'ALGEMENE_VOORZIENING',
] as const;
export type LadderRungName = (typeof LADDER_RUNGS)[number];

/** Whether what was found on a rung solves the question: fully, in part, or not. */
export const LADDER_SUFFICIENCY = ['JA', 'DEELS', 'NEE'] as const;
export type LadderSufficiency = (typeof LADDER_SUFFICIENCY)[number];

/** What was found on one rung of the ladder. */
export interface LadderRung {
  readonly considered: boolean;
  /** Only meaningful when considered. */
  readonly sufficient?: LadderSufficiency;
}

/** How the afweging ended: the lowest rung that answers the question, or maatwerk when none does. */
export const LADDER_OUTCOMES = ['EIGEN_KRACHT', 'NETWERK', 'ALGEMENE_VOORZIENING', 'MAATWERK'] as const;
export type LadderOutcome = (typeof LADDER_OUTCOMES)[number];

/** Read-side fact of a recorded afweging (need-to-know: no free text). */
export interface LadderFact {
  /** The afweging (or the Wmo melding whose onderzoek holds the ladder). */
  readonly key: string;
  readonly memberId: string;
  /** The request it answers: a Wmo meldingId, a Jeugd verzoek, a bijstand or schuldhulp request id. */
  readonly requestKey?: string;
  readonly assessedOn: LocalDate;
  readonly rungs: Readonly<Record<LadderRungName, LadderRung>>;
  readonly outcome: LadderOutcome;
  /** The catalogue entry chosen when the outcome is ALGEMENE_VOORZIENING. */
  readonly voorzieningId?: string;
}

/**
 * The tariff basis of a toewijzing or trajectory, in euro cents: a price per eenheid from the contract (times the
 * toewijzing's omvang), a budget for the whole toewijzing, or a fixed amount per month (trajectories, bijstand).
 */
export type TariffBasis =
  | {
      readonly kind: 'PER_EENHEID';
      readonly pricePerUnitCents: number;
      readonly volume: number;
      /** WJ756 Eenheid. */
      readonly unit: string;
      /** WMO757 Frequentie: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen de geldigheidsduur. */
      readonly frequency: string;
    }
  | { readonly kind: 'BUDGET'; readonly budgetCents: number }
  | { readonly kind: 'PER_MAAND'; readonly monthlyCents: number };

/**
 * Read-side fact: what a toewijzing or trajectory is expected to cost and over which period. Realised cost follows
 * from the episode's start and stop (`CareEpisodeFact` with the same key).
 */
export interface CostFact {
  /** Same key as the episode: toewijzingNummer or trajectId. */
  readonly key: string;
  readonly memberId: string;
  readonly providerAgb?: string;
  readonly validFrom: LocalDate;
  readonly validUntil?: LocalDate;
  readonly tariff: TariffBasis;
}

/** A general or community provision of the gemeente's voorliggend-veld catalogue, as a decision cites it. */
export interface AlternativeRef {
  readonly voorzieningId: string;
  readonly naam: string;
}

/** Read-side fact of a maatwerk decision: which ones skipped the ladder, and whether alternatives were weighed. */
export interface MaatwerkFact {
  /** Unique per household and domain: the toewijzingNummer, besluitId or trajectId. */
  readonly key: string;
  readonly memberId: string;
  readonly category: string;
  readonly decidedOn: LocalDate;
  readonly lowerRungsConsidered: boolean;
  readonly alternativesOffered: number;
  readonly reasonNoAlternativeGiven: boolean;
}

/** The 13 domains of the Zelfredzaamheid-Matrix (mijnzrm.nl). Score only what is relevant. */
export const ZRM_DOMAINS = [
  'FINANCIEN',
  'WERK_OPLEIDING',
  'TIJDSBESTEDING',
  'HUISELIJKE_RELATIES',
  'HUISVESTING',
  'GEESTELIJKE_GEZONDHEID',
  'LICHAMELIJKE_GEZONDHEID',
  'MIDDELENGEBRUIK',
  'ZELFZORG',
  'DAGELIJKSE_ACTIVITEITEN',
  'SOCIAAL_NETWERK',
  'MAATSCHAPPELIJKE_PARTICIPATIE',
  'JUSTITIE',
] as const;
export type ZrmDomain = (typeof ZRM_DOMAINS)[number];

/** One ZRM score: 1 acute problematiek … 5 volledig zelfredzaam. */
export interface ZrmScore {
  readonly domain: ZrmDomain;
  readonly score: number;
}
