import { daysBetween, type LocalDate } from '@regie/household';

/**
 * Waiting-time norms in days from TOEGEWEZEN to GESTART, per domain code: the one place they live.
 * Jeugd: the Treeknorm of six weeks. Wmo and Werk en inkomen have no agreed norm (yet).
 */
export const WAITING_NORMS_DAYS: Readonly<Record<string, number>> = {
  JEUGD: 42,
};

export const waitingNormOf = (domain: string): number | undefined => WAITING_NORMS_DAYS[domain];

export interface WaitingTime {
  readonly days: number;
  readonly stillWaiting: boolean;
  readonly overNorm: boolean;
  readonly normDays: number | undefined;
}

/** Days from toegewezen to gestart, or to today while it has not started; over the norm when strictly longer. */
export function waitingTime(
  domain: string,
  toegewezenOp: LocalDate,
  gestartOp: LocalDate | undefined,
  today: LocalDate,
): WaitingTime {
  const days = Math.max(0, daysBetween(toegewezenOp, gestartOp ?? today));
  const normDays = waitingNormOf(domain);
  return { days, stillWaiting: gestartOp === undefined, overNorm: normDays !== undefined && days > normDays, normDays };
}
