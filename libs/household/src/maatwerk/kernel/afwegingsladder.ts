import type { LocalDate } from '../../core/local-date';

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

/** True when every rung below maatwerk was considered. */
export function lowerRungsConsidered(rungs: Readonly<Record<LadderRungName, LadderRung>>): boolean {
  return LADDER_RUNGS.every((rung) => rungs[rung]?.considered === true);
}
