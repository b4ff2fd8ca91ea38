import type { DomainModuleDefinition, NameLookup } from './domain-module';
import type { HouseholdEvent } from './event-envelope';
import type { HouseholdState } from './household-state';
import {
  HouseholdEventType as T,
  type HouseholdRegistered,
  type MemberAdded,
  type RetentionExpired,
} from './household.events';
import { todayInNetherlands, type LocalDate } from './local-date';

/**
 * How long a closed household that never involved a domain keeps its own data (registration, woonadres, plan) after
 * its closing. No law sets a term for a coordination file; it is the shortest of the domains' terms (Werk & Inkomen,
 * Wonen), since the file only coordinates the support those domains give. The gemeente's archivaris confirms it
 * against the selectielijst (docs/security.md, Retention).
 */
export const HOUSEHOLD_ONLY_RETENTION_YEARS = 10;

/** Where one domain of a household stands against its retention term (`DomainModuleDefinition.retentionYears`). */
export interface DomainRetention {
  readonly domain: string;
  readonly label: string;
  readonly retentionYears: number;
  /** Care still runs (an open episode, or the domain's `careOngoing`) in an open household: no term yet. */
  readonly ongoing: boolean;
  readonly careEndedOn?: LocalDate;
  readonly termEndsOn?: LocalDate;
  /** The term is over (`termEndsOn` <= today) and the domain's data was not erased yet. */
  readonly expired: boolean;
  /** Erased by an earlier `RetentionExpired`, with nothing recorded in the domain since. */
  readonly erased: boolean;
}

export interface HouseholdRetention {
  readonly householdId?: string;
  readonly gemeente?: string;
  readonly closed: boolean;
  readonly closedOn?: LocalDate;
  /** The domains the household ever involved. */
  readonly domains: readonly DomainRetention[];
  /** Closed and never involved a domain: the day its own term (HOUSEHOLD_ONLY_RETENTION_YEARS after closing) ends. */
  readonly householdTermEndsOn?: LocalDate;
  /**
   * Closed, and every domain it involved is past its term (or erased), or it involved none and its own term is over:
   * the members' identity and the household's own text (name, plan) go too.
   */
  readonly wholeHouseholdExpired: boolean;
  /** Every member the household ever had. */
  readonly memberIds: readonly string[];
}

const NO_NAMES: NameLookup = { member: () => undefined, provider: () => undefined };
const REFERENCES: readonly string[] = [T.entryCorrected, T.entryWithdrawn];

/** The LocalDate (Netherlands) of an event's `occurredAt`. */
export function localDateOf(occurredAt: string): LocalDate {
  if (/^\d{4}-\d{2}-\d{2}$/.test(occurredAt)) return occurredAt;
  const parsed = new Date(occurredAt);
  return Number.isNaN(parsed.getTime()) ? occurredAt.slice(0, 10) : todayInNetherlands(parsed);
}

/** `2006-02-28` + 20 years; 29 February becomes 28 February in a year that is not a leap year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  const safeDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`;
}

const later = (a: LocalDate | undefined, b: LocalDate | undefined) =>
  a === undefined || (b !== undefined && b > a) ? b : a;

/** Every member the household ever had, in order of registration. */
export function memberIdsOf(state: HouseholdState): string[] {
  const ids: string[] = [];
  for (const event of state.events.values()) {
    if (event.type === T.registered) ids.push(...(event.data as HouseholdRegistered).members.map((m) => m.memberId));
    if (event.type === T.memberAdded) ids.push((event.data as MemberAdded).member.memberId);
  }
  return [...new Set(ids)];
}

/**
 * Pure: when the care of each domain of a household ended and whether its retention term is over on `today`.
 * Care ended at the latest of the domain's records (after its last erasure, leaving out corrections, withdrawals and
 * withdrawn entries) and the stop dates of its episodes; while an episode is open or the domain says care runs
 * (`careOngoing`), care has not ended, unless the household was closed: then it ended at the closing.
 */
export function retentionOf(
  state: HouseholdState,
  domains: readonly DomainModuleDefinition[],
  today: LocalDate,
): HouseholdRetention {
  const events = [...state.events.values()];
  const { core } = state;
  let closedOn: LocalDate | undefined;
  let lastWholeErasure = -1;
  let lastRecord = -1;
  const lastErasure = new Map<string, number>();
  events.forEach((event, index) => {
    if (event.type === T.closed) closedOn = localDateOf(event.metadata.occurredAt);
    if (event.type === T.retentionExpired) {
      const data = event.data as RetentionExpired;
      data.domains.forEach((expired) => lastErasure.set(expired.domain, index));
      if (data.wholeHousehold) lastWholeErasure = index;
    } else if (event.type !== T.personErased) {
      lastRecord = index;
    }
  });

  const involved: DomainRetention[] = [];
  for (const definition of domains) {
    const erasedAt = lastErasure.get(definition.code) ?? -1;
    const records = events.filter(
      (event, index) =>
        index > erasedAt &&
        event.metadata.domain === definition.code &&
        !REFERENCES.includes(event.type) &&
        !core.entries.get(event.id)?.withdrawnBy,
    );
    const base = { domain: definition.code, label: definition.label, retentionYears: definition.retentionYears };
    if (records.length === 0) {
      if (erasedAt >= 0) involved.push({ ...base, ongoing: false, expired: false, erased: true });
      continue;
    }
    let ended: LocalDate | undefined;
    const episodes = new Map<string, { open: boolean }>();
    for (const event of records) {
      ended = later(ended, localDateOf(event.metadata.occurredAt));
      const episode = episodeOf(definition, event);
      if (!episode) continue;
      if (episode.step === 'GESTOPT') ended = later(ended, episode.date);
      episodes.set(episode.key, { open: episode.step !== 'GESTOPT' });
    }
    const running =
      [...episodes.values()].some((episode) => episode.open) ||
      definition.careOngoing?.(state.domains[definition.code] as never) === true;
    if (running && !core.closed) {
      involved.push({ ...base, ongoing: true, expired: false, erased: false });
      continue;
    }
    const careEndedOn = running ? later(ended, closedOn)! : ended!;
    const termEndsOn = addYears(careEndedOn, definition.retentionYears);
    involved.push({ ...base, ongoing: false, careEndedOn, termEndsOn, expired: termEndsOn <= today, erased: false });
  }
  const wholeHouseholdErased = lastWholeErasure > lastRecord;
  const householdTermEndsOn =
    core.closed && closedOn && involved.length === 0 ? addYears(closedOn, HOUSEHOLD_ONLY_RETENTION_YEARS) : undefined;
  const everyTermOver =
    householdTermEndsOn !== undefined
      ? householdTermEndsOn <= today
      : involved.length > 0 && involved.every((domain) => domain.expired || domain.erased);
  return {
    householdId: core.householdId,
    gemeente: core.gemeente,
    closed: core.closed,
    ...(core.closed && closedOn ? { closedOn } : {}),
    domains: involved,
    ...(householdTermEndsOn && !wholeHouseholdErased ? { householdTermEndsOn } : {}),
    wholeHouseholdExpired: core.closed && !wholeHouseholdErased && everyTermOver,
    memberIds: memberIdsOf(state),
  };
}

function episodeOf(definition: DomainModuleDefinition, event: HouseholdEvent) {
  try {
    return definition.describe(event, NO_NAMES).episode;
  } catch {
    return undefined;
  }
}
