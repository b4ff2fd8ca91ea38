import { daysBetween, waitingNormsOf, type DomainModuleDefinition, type LocalDate } from '@regie/household';

/** Where the read side finds the registered domain definitions (the household's DomainRegistry is one). */
export interface RegisteredDomains {
  readonly all: readonly DomainModuleDefinition[];
}

/**
 * Waiting-time norms in days from TOEGEWEZEN (or the ingangsdatum, when later) to the first GESTART, per domain code,
 * as the registered domains define them (`DomainModuleDefinition.waitingNorm`; Jeugd: the Treeknorm of six weeks).
 * A domain without one has no norm.
 */
export const waitingNormsDays = (domains: RegisteredDomains): Readonly<Record<string, number>> =>
  Object.fromEntries([...waitingNormsOf(domains.all)].map(([code, norm]) => [code, norm.days]));

/** The dates of an episode the wachttijd is counted from. */
export interface WaitingDates {
  readonly toegewezenOp: LocalDate;
  /** The first day care may start; none for a traject or a row projected before the read model kept it. */
  readonly ingangsdatum?: LocalDate;
  /** The first start: a restart after a stop does not end or restart the wait. */
  readonly gestartOp?: LocalDate;
}

export interface WaitingTime {
  /** The day the wait counts from: the later of the toegewezen date and the ingangsdatum. */
  readonly from: LocalDate;
  readonly days: number;
  readonly stillWaiting: boolean;
  /** Not started and the ingangsdatum is after today: care may not start yet, so nothing waits (days 0). */
  readonly startsLater: boolean;
  readonly overNorm: boolean;
  readonly normDays: number | undefined;
}

/** The later of the toegewezen date and the ingangsdatum: care that may not start yet does not wait. */
export const waitingFrom = ({ toegewezenOp, ingangsdatum }: WaitingDates): LocalDate =>
  ingangsdatum !== undefined && ingangsdatum > toegewezenOp ? ingangsdatum : toegewezenOp;

/**
 * Days from `waitingFrom` to the first start, or to today while it has not started (none before the ingangsdatum);
 * over the norm when strictly longer.
 */
export function waitingTime(normDays: number | undefined, episode: WaitingDates, today: LocalDate): WaitingTime {
  const from = waitingFrom(episode);
  const { gestartOp } = episode;
  const startsLater = gestartOp === undefined && from > today;
  const days = startsLater ? 0 : Math.max(0, daysBetween(from, gestartOp ?? today));
  return {
    from,
    days,
    stillWaiting: gestartOp === undefined && !startsLater,
    startsLater,
    overNorm: normDays !== undefined && days > normDays,
    normDays,
  };
}
