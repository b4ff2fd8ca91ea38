import type { DomainRegistry } from '@regie/household';
import type { SqlExecutor } from '@regie/sql';
import { PendingFacts } from './pending-facts';

/** Names the projector keeps between batches: provider names and, per household, member names. */
export class ProjectionCaches {
  /** Households whose member names are kept; beyond this the cache starts over (memory stays flat). */
  static readonly MAX_HOUSEHOLDS = 5000;
  readonly providerNames = new Map<string, string>();
  readonly members = new Map<string, Map<string, string>>();

  clear(): void {
    this.providerNames.clear();
    this.members.clear();
  }
}

export const TIMELINE_ENTRY_COLUMNS = [
  'event_id',
  'household_id',
  'global_position',
  'domain',
  'type',
  'occurred_at',
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

/** Rows per multi-row insert: 21 parameters each stays far below PostgreSQL's 65,535. */
const INSERT_CHUNK = 1000;

/**
 * What one projection transaction knows besides the database. Writes that only add or widen (timeline entries,
 * last activity, provider activity) are collected and sent as a few multi-row statements at `finish()`, so most
 * events cost no round trip of their own. Whoever reads or updates `timeline_entries` inside the batch calls
 * `flushEntries()` first.
 */
export class ProjectionContext {
  readonly newProviders = new Map<string, string>();
  private entries: TimelineEntryValues[] = [];
  private readonly lastActivity = new Map<string, Date>();
  private readonly providerActivity = new Map<string, ProviderActivity>();
  private readonly householdsInserted = new Set<string>();
  /** Episode and signal upserts, merged per key; sent with the timeline entries. */
  readonly pending = new PendingFacts();

  constructor(
    readonly tx: SqlExecutor,
    readonly registry: DomainRegistry,
    private readonly caches: ProjectionCaches,
  ) {}

  async loadMembers(householdId: string): Promise<Map<string, string>> {
    let names = this.caches.members.get(householdId);
    if (!names) {
      const { rows } = await this.tx.query<{ member_id: string; name: string }>(
        'select member_id, name from members where household_id = $1',
        [householdId],
      );
      names = new Map(rows.map((row) => [row.member_id, row.name]));
      if (this.caches.members.size >= ProjectionCaches.MAX_HOUSEHOLDS) this.caches.members.clear();
      this.caches.members.set(householdId, names);
    }
    return names;
  }

  providerName(agbCode: string): string | undefined {
    return this.newProviders.get(agbCode) ?? this.caches.providerNames.get(agbCode);
  }

  /** The household row must exist before a household fact updates it; domain events only widen last activity. */
  async ensureHousehold(householdId: string, recordedAt: Date): Promise<void> {
    this.touchHousehold(householdId, recordedAt);
    if (this.householdsInserted.has(householdId)) return;
    await this.tx.query('insert into households (id, last_activity) values ($1, $2) on conflict (id) do nothing', [
      householdId,
      recordedAt,
    ]);
    this.householdsInserted.add(householdId);
  }

  touchHousehold(householdId: string, recordedAt: Date): void {
    const known = this.lastActivity.get(householdId);
    if (!known || recordedAt > known) this.lastActivity.set(householdId, recordedAt);
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
  }

  /** Sends the queued timeline entries, episodes and signals: before anything reads or updates those tables. */
  async flushEntries(): Promise<void> {
    await this.pending.flush(this.tx);
    while (this.entries.length > 0) {
      const chunk = this.entries.splice(0, INSERT_CHUNK);
      const width = TIMELINE_ENTRY_COLUMNS.length;
      const rows = chunk.map(
        (_, row) => `(${TIMELINE_ENTRY_COLUMNS.map((_column, column) => `$${row * width + column + 1}`).join(', ')})`,
      );
      await this.tx.query(
        `insert into timeline_entries (${TIMELINE_ENTRY_COLUMNS.join(', ')}) values ${rows.join(', ')}
         on conflict (event_id) do nothing`,
        chunk.flatMap((entry) => TIMELINE_ENTRY_COLUMNS.map((column) => entry[column])),
      );
    }
  }

  /** Sends what was collected: timeline entries, last activity per household, provider activity. */
  async finish(): Promise<void> {
    await this.flushEntries();
    if (this.lastActivity.size > 0) {
      const activity = [...this.lastActivity];
      this.lastActivity.clear();
      await this.tx.query(
        `insert into households (id, last_activity)
         select * from unnest($1::text[], $2::timestamptz[])
         on conflict (id) do update set last_activity = greatest(households.last_activity, excluded.last_activity)`,
        [activity.map(([id]) => id), activity.map(([, at]) => at.toISOString())],
      );
    }
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
