import { EventEmitter } from 'node:events';
import { constraintOf, migrate, SqlState, sqlStateOf, type SqlDatabase, type SqlExecutor } from '@regie/sql';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type {
  AppendResult,
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

export interface SqlEventStoreOptions {
  /** Test hook: runs inside the append transaction after the insert, just before commit. */
  readonly beforeCommit?: (streamId: string) => Promise<void>;
  /** How often a subscription looks for new events when no notification arrives. */
  readonly pollIntervalMs?: number;
}

/** The event store on PostgreSQL or embedded PGlite: one implementation, the same SQL. */
export class SqlEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly subscriptions = new Set<SqlSubscription>();

  private constructor(
    readonly db: SqlDatabase,
    private readonly options: SqlEventStoreOptions,
  ) {}

  static async create(db: SqlDatabase, options: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    await migrate(db, EVENT_STORE_COMPONENT, eventStoreMigrations);
    return new SqlEventStore(db, options);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('append needs at least one event');
    let result: AppendResult;
    try {
      result = await this.db.transaction(async (tx) => {
        // Take our transaction id before drawing positions: SqlSubscription relies on that order.
        await tx.query('select pg_current_xact_id()');
        const earlier = await findEarlierAppend(tx, streamId, events);
        if (earlier) return earlier;
        const lastRevision = await reserveRevisions(tx, streamId, expected, events.length);
        const position = await insertEvents(tx, streamId, lastRevision - BigInt(events.length) + 1n, events);
        await tx.query('select pg_notify($1, $2)', [APPENDED_CHANNEL, '']);
        await this.options.beforeCommit?.(streamId);
        return { nextRevision: lastRevision, position };
      });
    } catch (error) {
      // A concurrent retry of the same append won the race: answer as the first one did.
      if (sqlStateOf(error) !== SqlState.uniqueViolation || constraintOf(error) !== 'events_event_id_key') throw error;
      const earlier = await findEarlierAppend(this.db, streamId, events);
      if (!earlier) throw error;
      result = earlier;
    }
    this.appended.emit('appended');
    return result;
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
      onStopped: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
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

/**
 * Moves the stream's revision forward by `count` if it is in the expected state and returns the new last
 * revision. The row lock on `streams` serialises appenders of one stream; other streams are not blocked.
 */
async function reserveRevisions(
  tx: SqlExecutor,
  streamId: string,
  expected: ExpectedRevision,
  count: number,
): Promise<bigint> {
  const step = count.toString();
  const attempt = async (): Promise<{ revision: string }[]> => {
    if (expected === 'no_stream') {
      const sql = `insert into streams (stream_id, revision) values ($1, $2::bigint - 1)
                   on conflict (stream_id) do nothing returning revision::text`;
      return (await tx.query<{ revision: string }>(sql, [streamId, step])).rows;
    }
    if (expected === 'any') {
      const sql = `insert into streams (stream_id, revision) values ($1, $2::bigint - 1)
                   on conflict (stream_id) do update set revision = streams.revision + $2::bigint returning revision::text`;
      return (await tx.query<{ revision: string }>(sql, [streamId, step])).rows;
    }
    if (expected === 'exists') {
      const sql = 'update streams set revision = revision + $2::bigint where stream_id = $1 returning revision::text';
      return (await tx.query<{ revision: string }>(sql, [streamId, step])).rows;
    }
    const sql = `update streams set revision = revision + $2::bigint
                 where stream_id = $1 and revision = $3::bigint returning revision::text`;
    return (await tx.query<{ revision: string }>(sql, [streamId, step, expected.toString()])).rows;
  };
  const rows = await attempt();
  if (rows.length === 1) return BigInt(rows[0]!.revision);
  const actual = await tx.query<{ revision: string }>('select revision::text from streams where stream_id = $1', [
    streamId,
  ]);
  throw new WrongExpectedVersionError(
    streamId,
    expected,
    actual.rows.length === 0 ? 'no_stream' : BigInt(actual.rows[0]!.revision),
  );
}

async function insertEvents(
  tx: SqlExecutor,
  streamId: string,
  firstRevision: bigint,
  events: readonly NewEvent[],
): Promise<bigint> {
  const { rows } = await tx.query<{ position: string }>(
    `insert into events (stream_id, stream_revision, event_id, event_type, data, metadata)
     select $1, $2::bigint + e.ordinality - 1, e.id, e.type, e.data, e.metadata
     from unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) with ordinality as e(id, type, data, metadata, ordinality)
     order by e.ordinality
     returning global_position::text as position`,
    [
      streamId,
      firstRevision.toString(),
      events.map((event) => event.id),
      events.map((event) => event.type),
      events.map((event) => JSON.stringify(event.data)),
      events.map((event) => JSON.stringify(event.metadata ?? {})),
    ],
  );
  return rows.reduce((max, row) => (BigInt(row.position) > max ? BigInt(row.position) : max), 0n);
}
