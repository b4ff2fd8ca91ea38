import type { CareEpisodeFact, LocalDate } from '@regie/household';

/**
 * The dates of an episode (a toewijzing or traject) as its facts give them. Care can stop and start again (a 307
 * "tijdelijk beëindigd", then a new 305): the first start stays, because the wachttijd runs to it; the latest start
 * is where the care runs (again) from, and a stop before it no longer counts.
 *
 * Starts and stops are ordered by their dates, not by when they were recorded: a new start lies after the stop
 * before it, which lies on or after its own start (the deciders refuse anything else). So `combine` gives the same
 * dates whatever the order and however often a fact comes, and the projector may merge a batch's facts in memory and
 * then onto the stored row (`flushEpisodes` does `combine` in SQL), or project the same events again, and get what
 * one fact at a time gives.
 */
export interface EpisodeDates {
  /** The last TOEGEWEZEN date (a correction moves it). */
  readonly toegewezenOp: LocalDate | null;
  /** The ingangsdatum of the last TOEGEWEZEN that has one: care may not start before it. */
  readonly ingangsdatum: LocalDate | null;
  /** The first start: the wachttijd runs to it. */
  readonly gestartOp: LocalDate | null;
  /** The latest start, when it is later than the first: care started again after a stop and runs from here. */
  readonly restartedOn: LocalDate | null;
  /** The latest stop when it lies on or after the latest start; null while care runs. */
  readonly gestoptOp: LocalDate | null;
}

export const NO_EPISODE_DATES: EpisodeDates = {
  toegewezenOp: null,
  ingangsdatum: null,
  gestartOp: null,
  restartedOn: null,
  gestoptOp: null,
};

/** The dates one fact gives. */
export function datesOf(fact: CareEpisodeFact): EpisodeDates {
  switch (fact.step) {
    case 'TOEGEWEZEN':
      return { ...NO_EPISODE_DATES, toegewezenOp: fact.date, ingangsdatum: fact.ingangsdatum ?? null };
    case 'GESTART':
      return { ...NO_EPISODE_DATES, gestartOp: fact.date };
    case 'GESTOPT':
      return { ...NO_EPISODE_DATES, gestoptOp: fact.date };
  }
}

const earliest = (a: LocalDate | null, b: LocalDate | null) => (a === null || (b !== null && b < a) ? b : a);
const latest = (a: LocalDate | null, b: LocalDate | null) => (a === null || (b !== null && b > a) ? b : a);

/** The dates of two sets of facts together; `later` holds the facts recorded after `earlier`'s. */
export function combine(earlier: EpisodeDates, later: EpisodeDates): EpisodeDates {
  const first = earliest(earlier.gestartOp, later.gestartOp);
  const last = latest(earlier.restartedOn ?? earlier.gestartOp, later.restartedOn ?? later.gestartOp);
  const stop = latest(earlier.gestoptOp, later.gestoptOp);
  return {
    toegewezenOp: later.toegewezenOp ?? earlier.toegewezenOp,
    ingangsdatum: later.ingangsdatum ?? earlier.ingangsdatum,
    gestartOp: first,
    restartedOn: last !== first ? last : null,
    gestoptOp: stop !== null && (last === null || stop >= last) ? stop : null,
  };
}

/** The dates of a run of facts, in stream order. */
export const episodeDatesOf = (facts: readonly CareEpisodeFact[]): EpisodeDates =>
  facts.map(datesOf).reduce(combine, NO_EPISODE_DATES);
