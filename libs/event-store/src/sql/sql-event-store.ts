import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { constraintOf, migrate, SqlState, sqlStateOf, type SqlDatabase, type SqlExecutor } from '@regie/sql';
import { CompanionNotSupportedError, DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  CompanionStatement,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeAllOptions,
  Subscription,
} from '../event-store.port';
import { EVENT_STORE_COMPONENT, eventStoreMigrations } from './event-store.migrations';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';
import { SqlSubscription } from './sql-subscription';

export const APPENDED_CHANNEL = 'regie_events_appended';
/** How long appends may share one NOTIFY to other processes (their subscribers' extra latency at most). */
const NOTIFY_PAUSE_MS = 5;

export interface SqlEventStoreOptions {
  /** Test hook: runs inside the append transaction after the insert, just before commit. */
  readonly beforeCommit?: (streamId: string) => Promise<void>;
  /** How often a subscription looks for new events when no notification arrives. */
  readonly pollIntervalMs?: number;
}

/** The event store on PostgreSQL or embedded PGlite: one implementation, the same SQL. */
export class SqlEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  /** The payload of this store's NOTIFYs: its own subscriptions were woken in process already and skip them. */
  private readonly notifier = randomUUID();
  private readonly subscriptions = new Set<SqlSubscription>();

  private constructor(
    readonly db: SqlDatabase,
    private readonly options: SqlEventStoreOptions,
  ) {}

  static async create(db: SqlDatabase, options: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    await migrate(db, EVENT_STORE_COMPONENT, eventStoreMigrations);
    return new SqlEventStore(db, options);
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('append needs at least one event');
    const { companion } = options;
    if (companion && !this.canCommitWith(companion.database)) throw new CompanionNotSupportedError(streamId);
    let result: AppendResult;
    let recorded: RecordedEvent[] | undefined;
    try {
      const hook = this.options.beforeCommit;
      // One statement (one round trip, atomic on its own, with the companion's rows when it comes as a statement)
      // unless a companion must write in a transaction or a test hook must run before the commit.
      const withRows = this.subscriptions.size > 0;
      const appended =
        hook || (companion && !companion.statements)
          ? await this.db.transaction(async (tx) => {
              const inTransaction = await appendInOneStatement(tx, streamId, events, expected, [], withRows);
              await companion?.write(tx);
              await hook?.(streamId);
              return inTransaction;
            })
          : await appendInOneStatement(this.db, streamId, events, expected, companion?.statements ?? [], withRows);
      result = { nextRevision: appended.nextRevision, position: appended.position };
      recorded = appended.recorded;
    } catch (error) {
      // A retry of an append that was written before (lost answer, or a concurrent retry won): answer as it did.
      const retried =
        error instanceof WrongExpectedVersionError ||
        (sqlStateOf(error) === SqlState.uniqueViolation && constraintOf(error) === 'events_event_id_key');
      if (!retried) throw error;
      const earlier = await findEarlierAppend(this.db, streamId, events);
      if (!earlier) throw error;
      result = earlier;
    }
    // Committed: this process's subscriptions get the stored rows with the wake-up (see SqlSubscription.handOver).
    this.appended.emit('appended', recorded);
    this.notifyOtherProcesses();
    return result;
  }

  canCommitWith(database: SqlExecutor): boolean {
    return database === this.db;
  }

  private notifying: Promise<void> | undefined;
  private notifyAgain = false;

  /**
   * Wakes subscriptions in other processes (LISTEN on APPENDED_CHANNEL) after the commit: at most one NOTIFY in
   * flight, sent after a short pause that the appends of that moment share. Not inside the append: PostgreSQL
   * serialises the commits of all notifying transactions on one global lock, which made concurrent appends queue
   * behind each other's WAL flush. A lost notification costs a subscriber at most its poll interval.
   */
  private notifyOtherProcesses(): void {
    if (this.db.kind !== 'postgres') return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = (async () => {
      do {
        this.notifyAgain = false;
        await new Promise((resolve) => setTimeout(resolve, NOTIFY_PAUSE_MS));
        await this.db.query('select pg_notify($1, $2)', [APPENDED_CHANNEL, this.notifier]).catch(() => undefined);
      } while (this.notifyAgain);
      this.notifying = undefined;
    })();
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const { rows } = await this.db.query<EventRow>(
      `select ${EVENT_COLUMNS} from events where stream_id = $1 order by stream_revision`,
      [streamId],
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.db.query<EventRow>(
      `select ${EVENT_COLUMNS} from events where global_position > $1 order by global_position limit $2`,
      [(options.after ?? 0n).toString(), options.maxCount ?? 1000],
    );
    return rows.map(toRecordedEvent);
  }

  async headPosition(): Promise<bigint | undefined> {
    const { rows } = await this.db.query<{ head: string | null }>(
      'select max(global_position)::text as head from events',
    );
    return rows[0]?.head == null ? undefined : BigInt(rows[0].head);
  }

  subscribeAll(options: SubscribeAllOptions): Subscription {
    const subscription = new SqlSubscription(this.db, this.appended, APPENDED_CHANNEL, options, {
      pollIntervalMs: this.options.pollIntervalMs ?? 500,
      ownNotifications: this.notifier,
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.notifying;
    await this.db.close();
  }
}

/** If every event id was written before, as one append to this stream, that append's result; else undefined. */
async function findEarlierAppend(
  db: SqlExecutor,
  streamId: string,
  events: readonly NewEvent[],
): Promise<AppendResult | undefined> {
  const { rows } = await db.query<{
    event_id: string;
    stream_id: string;
    stream_revision: string;
    global_position: string;
  }>(
    `select event_id::text, stream_id, stream_revision::text, global_position::text
     from events where event_id = any($1::uuid[])`,
    [events.map((event) => event.id)],
  );
  if (rows.length === 0) return undefined;
  if (rows.length !== events.length || rows.some((row) => row.stream_id !== streamId)) {
    throw new DuplicateEventIdError(
      streamId,
      rows.map((row) => row.event_id),
    );
  }
  const last = rows.reduce((max, row) => (BigInt(row.stream_revision) > BigInt(max.stream_revision) ? row : max));
  return { nextRevision: BigInt(last.stream_revision), position: BigInt(last.global_position) };
}

/** Moves the stream's revision forward by `count` when it is in the expected state; returns the new last revision. */
function reserveRevisionsSql(expected: ExpectedRevision): { sql: string; params: readonly string[] } {
  if (expected === 'no_stream') {
    return {
      sql: `insert into streams (stream_id, revision) values ($1, $2::bigint - 1)
            on conflict (stream_id) do nothing returning revision`,
      params: [],
    };
  }
  if (expected === 'any') {
    return {
      sql: `insert into streams (stream_id, revision) values ($1, $2::bigint - 1)
            on conflict (stream_id) do update set revision = streams.revision + $2::bigint returning revision`,
      params: [],
    };
  }
  if (expected === 'exists') {
    return {
      sql: 'update streams set revision = revision + $2::bigint where stream_id = $1 returning revision',
      params: [],
    };
  }
  return {
    sql: `update streams set revision = revision + $2::bigint
          where stream_id = $1 and revision = $7::bigint returning revision`,
    params: [expected.toString()],
  };
}

/**
 * Reserves the revisions, inserts the events and notifies subscribers in one statement. The row lock on `streams`
 * serialises appenders of one stream; other streams are not blocked.
 *
 * Order matters to SqlSubscription: this transaction must have its xid before it draws a position. Every inserted
 * row is built from the `reserved` row, so the streams write (which assigns the xid) has happened before the
 * identity default of the first event is evaluated.
 */
async function appendInOneStatement(
  db: SqlExecutor,
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
  companions: readonly CompanionStatement[] = [],
  /** Return the stored rows too (for this process's subscriptions), not only the positions. */
  withRows = false,
): Promise<AppendResult & { recorded: RecordedEvent[] | undefined }> {
  const reserve = reserveRevisionsSql(expected);
  // A data-modifying CTE runs whether or not it is referenced: the companions' rows are conditional on `reserved`.
  const companionSql = companions
    .map(
      (companion, index) =>
        `, companion_${index} as (${companion.sql(`$${7 + reserve.params.length + index}`, 'exists (select 1 from reserved)')})`,
    )
    .join('');
  const { rows } = await db.query<EventRow & { next_revision: string }>(
    `with reserved as (${reserve.sql}),
     inserted as (
       insert into events (stream_id, stream_revision, event_id, event_type, data, metadata)
       select $1, reserved.revision - $2::bigint + e.ordinality, e.id, e.type, e.data, e.metadata
       from reserved,
            unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) with ordinality as e(id, type, data, metadata, ordinality)
       order by e.ordinality
       returning ${withRows ? EVENT_COLUMNS : 'global_position::text as position'}
     )${companionSql}
     select reserved.revision::text as next_revision, inserted.*
     from reserved, inserted
     order by inserted.position::bigint`,
    [
      streamId,
      events.length.toString(),
      events.map((event) => event.id),
      events.map((event) => event.type),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => JSON.stringify(event.metadata ?? {})),
      ...reserve.params,
      ...companions.map((companion) => companion.value),
    ],
  );
  const last = rows.at(-1);
  if (last) {
    return {
      nextRevision: BigInt(last.next_revision),
      position: BigInt(last.position),
      recorded: withRows ? rows.map(toRecordedEvent) : undefined,
    };
  }
  const actual = await db.query<{ revision: string }>('select revision::text from streams where stream_id = $1', [
    streamId,
  ]);
  throw new WrongExpectedVersionError(
    streamId,
    expected,
    actual.rows.length === 0 ? 'no_stream' : BigInt(actual.rows[0]!.revision),
  );
}
