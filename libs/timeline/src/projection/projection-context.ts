import type { RecordedEvent } from '@regie/event-store';
import { HOUSEHOLD_DOMAIN, type DomainRegistry } from '@regie/household';
import type { SqlExecutor } from '@regie/sql';
import { PendingFacts } from './pending-facts';
import { PendingHouseholds } from './pending-households';
import { PendingMembers } from './pending-members';
import { PendingUpserts } from './pending-upserts';

/** A provider in a gemeente's register: each gemeente names its providers itself. */
export const providerKey = (gemeente: string, agbCode: string) => `${gemeente}\u0000${agbCode}`;

/** Names the projector keeps between batches: provider names (by providerKey) and, per household, member names. */
export class ProjectionCaches {
  /** Households whose member names are kept; beyond this the cache starts over (memory stays flat). */
  static readonly MAX_HOUSEHOLDS = 5000;
  readonly providerNames = new Map<string, string>();
  readonly members = new Map<string, Map<string, string>>();
  /** False until the projector has read the whole provider register into `providerNames` (and after `clear()`). */
  providersLoaded = false;

  clear(): void {
    this.providerNames.clear();
    this.members.clear();
    this.providersLoaded = false;
  }
}

export const TIMELINE_ENTRY_COLUMNS = [
  'event_id',
  'household_id',
  'global_position',
  'domain',
  'type',
  'occurred_at',
  'occurred_on',
  'recorded_at',
  'summary',
  'member_id',
  'provider_agb',
  'category',
  'status',
  'note',
  'episode_key',
  'episode_step',
  'signal_key',
  'signal_open',
  'refers_to',
  'recorded_by_user_id',
  'recorded_by_name',
  'recorded_by_role',
] as const;

export type TimelineEntryValues = Record<(typeof TIMELINE_ENTRY_COLUMNS)[number], unknown>;

interface ProviderActivity {
  readonly householdId: string;
  readonly agbCode: string;
  readonly domains: Set<string>;
  first: Date;
  last: Date;
}

/** Columns that are not text, for the arrays the entries are sent in. */
const ENTRY_COLUMN_TYPES: Partial<Record<(typeof TIMELINE_ENTRY_COLUMNS)[number], string>> = {
  global_position: 'bigint',
  occurred_at: 'timestamptz',
  occurred_on: 'date',
  recorded_at: 'timestamptz',
  signal_open: 'boolean',
};

/**
 * What one projection transaction knows besides the database. Most writes (timeline entries, episodes, signals,
 * afwegingen, maatwerk decisions, cost lines, household rows, members, sharing bases, handovers, provider activity)
 * are merged in memory and sent as a few multi-row statements at `finish()`, so most events cost no round trip of
 * their own. Whoever reads or updates `timeline_entries`, `episodes`, `signals` or the insight tables inside the
 * batch calls `flushEntries()` first; whoever reads or updates the other tables calls `finish()` first.
 */
export class ProjectionContext {
  readonly newProviders = new Map<string, string>();
  private entries: TimelineEntryValues[] = [];
  private readonly providerActivity = new Map<string, ProviderActivity>();
  /** Episode and signal upserts, merged per key; sent with the timeline entries. */
  readonly pending = new PendingFacts();
  /** Household rows (last activity, registration, regisseur, closed) and handovers; sent at `finish()`. */
  readonly households = new PendingHouseholds();
  /** Member and sharing-basis rows; sent at `finish()`. */
  readonly memberRows = new PendingMembers();
  /** Afwegingen, maatwerk decisions and cost lines; sent with the timeline entries. */
  readonly insight = new PendingUpserts();

  constructor(
    readonly tx: SqlExecutor,
    readonly registry: DomainRegistry,
    private readonly caches: ProjectionCaches,
    /** The events of a stream with a correction or withdrawal in this batch, opened (read before the transaction). */
    readonly historyOf: (streamId: string) => readonly RecordedEvent[],
  ) {}

  async loadMembers(householdId: string): Promise<Map<string, string>> {
    const cached = this.caches.members.get(householdId);
    if (cached) return cached;
    await this.preloadMembers([householdId]);
    return this.caches.members.get(householdId)!;
  }

  /** A household registered in this batch: no member names to read. */
  startMembers(householdId: string): void {
    if (this.caches.members.has(householdId)) return;
    if (this.caches.members.size >= ProjectionCaches.MAX_HOUSEHOLDS) this.caches.members.clear();
    this.caches.members.set(householdId, new Map());
  }

  /** Reads the member names of the households not in the cache, in one query. */
  async preloadMembers(householdIds: Iterable<string>): Promise<void> {
    const missing = [...new Set(householdIds)].filter((id) => !this.caches.members.has(id));
    if (missing.length === 0) return;
    const { rows } = await this.tx.query<{ household_id: string; member_id: string; name: string }>(
      'select household_id, member_id, name from members where household_id = any($1::text[])',
      [missing],
    );
    if (this.caches.members.size + missing.length > ProjectionCaches.MAX_HOUSEHOLDS) this.caches.members.clear();
    const loaded = new Map(missing.map((id) => [id, new Map<string, string>()]));
    rows.forEach((row) => loaded.get(row.household_id)!.set(row.member_id, row.name));
    for (const [id, names] of loaded) {
      // Members this batch added but has not written yet.
      this.memberRows.namesOf(id).forEach(([memberId, name]) => names.set(memberId, name));
      this.caches.members.set(id, names);
    }
  }

  /** The provider's name in the gemeente's register. */
  providerName(gemeente: string | undefined, agbCode: string): string | undefined {
    if (!gemeente) return undefined;
    const key = providerKey(gemeente, agbCode);
    return this.newProviders.get(key) ?? this.caches.providerNames.get(key);
  }

  touchHousehold(householdId: string, recordedAt: Date): void {
    this.households.touch(householdId, recordedAt);
  }

  touchProvider(householdId: string, agbCode: string, domain: string, at: Date): void {
    const key = `${householdId}\u0000${agbCode}`;
    const known = this.providerActivity.get(key);
    if (!known) {
      this.providerActivity.set(key, { householdId, agbCode, domains: new Set([domain]), first: at, last: at });
      return;
    }
    known.domains.add(domain);
    if (at < known.first) known.first = at;
    if (at > known.last) known.last = at;
  }

  queueEntry(entry: TimelineEntryValues): void {
    this.entries.push(entry);
    if (entry.domain !== HOUSEHOLD_DOMAIN) this.households.involve(String(entry.household_id), String(entry.domain));
  }

  /**
   * Sends the queued timeline entries, episodes, signals and insight rows: before anything reads or updates those
   * tables (corrections, withdrawals).
   */
  async flushEntries(): Promise<void> {
    // Sent one after another without waiting for each answer: they write different tables.
    await Promise.all([this.pending.flush(this.tx), this.insight.flush(this.tx), this.flushTimelineEntries()]);
  }

  private async flushTimelineEntries(): Promise<void> {
    if (this.entries.length === 0) return;
    const entries = this.entries;
    this.entries = [];
    if (this.tx.copyRows) {
      // A rebuild's bulk load: each event once (its checkpoint moves in the same transaction), so no conflict to skip.
      await this.tx.copyRows(
        'timeline_entries',
        TIMELINE_ENTRY_COLUMNS,
        entries.map((entry) => TIMELINE_ENTRY_COLUMNS.map((column) => entry[column])),
      );
      return;
    }
    // One array per column: the statement text stays the same whatever the batch size, so it parses cheaply.
    await this.tx.query(
      `insert into timeline_entries (${TIMELINE_ENTRY_COLUMNS.join(', ')})
       select * from unnest(${TIMELINE_ENTRY_COLUMNS.map((column, i) => `$${i + 1}::${ENTRY_COLUMN_TYPES[column] ?? 'text'}[]`).join(', ')})
       on conflict (event_id) do nothing`,
      TIMELINE_ENTRY_COLUMNS.map((column) => entries.map((entry) => entry[column])),
    );
  }

  /** Sends what was collected: timeline entries, households, members, sharing bases, provider activity. */
  async finish(): Promise<void> {
    await Promise.all([
      this.flushEntries(),
      this.households.flush(this.tx),
      this.memberRows.flush(this.tx),
      this.flushProviderActivity(),
    ]);
  }

  private async flushProviderActivity(): Promise<void> {
    if (this.providerActivity.size > 0) {
      const activity = [...this.providerActivity.values()];
      this.providerActivity.clear();
      // Domains travel as one comma-separated text per row: unnest cannot take an array of arrays of unequal length.
      await this.tx.query(
        `insert into household_providers (household_id, agb_code, domains, first_activity, last_activity)
         select household_id, agb_code, string_to_array(domains, ','), first_activity, last_activity
         from unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::timestamptz[])
           as a(household_id, agb_code, domains, first_activity, last_activity)
         on conflict (household_id, agb_code) do update set
           domains = household_providers.domains
             || array(select d from unnest(excluded.domains) d where d <> all(household_providers.domains)),
           first_activity = least(household_providers.first_activity, excluded.first_activity),
           last_activity = greatest(household_providers.last_activity, excluded.last_activity)`,
        [
          activity.map((a) => a.householdId),
          activity.map((a) => a.agbCode),
          activity.map((a) => [...a.domains].join(',')),
          activity.map((a) => a.first.toISOString()),
          activity.map((a) => a.last.toISOString()),
        ],
      );
    }
  }
}
