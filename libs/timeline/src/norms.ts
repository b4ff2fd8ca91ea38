import { daysBetween, waitingNormsOf, type DomainModuleDefinition, type LocalDate } from '@regie/household';

/** Where the read side finds the registered domain definitions (the household's DomainRegistry is one). */
export interface RegisteredDomains {
  readonly all: readonly DomainModuleDefinition[];
}

/**
 * Waiting-time norms in days from TOEGEWEZEN to GESTART, per domain code, as the registered domains define them
 * (`DomainModuleDefinition.waitingNorm`; Jeugd: the Treeknorm of six weeks). A domain without one has no norm.
 */
export const waitingNormsDays = (domains: RegisteredDomains): Readonly<Record<string, number>> =>
  Object.fromEntries([...waitingNormsOf(domains.all)].map(([code, norm]) => [code, norm.days]));

export interface WaitingTime {
  readonly days: number;
  readonly stillWaiting: boolean;
  readonly overNorm: boolean;
  readonly normDays: number | undefined;
}

/** Days from toegewezen to gestart, or to today while it has not started; over the norm when strictly longer. */
export function waitingTime(
  normDays: number | undefined,
  toegewezenOp: LocalDate,
  gestartOp: LocalDate | undefined,
  today: LocalDate,
): WaitingTime {
  const days = Math.max(0, daysBetween(toegewezenOp, gestartOp ?? today));
  return { days, stillWaiting: gestartOp === undefined, overNorm: normDays !== undefined && days > normDays, normDays };
}
