import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { SqlEventStore } from '../src/sql/sql-event-store';

/**
 * The order that once made the subscription skip an event for good: the holder of a position took its transaction
 * id after another appender did, drew its position before it, and committed last. Snapshot xmax is "latest
 * completed xid + 1", so the holder's xid can lie at or above it and stay out of the snapshot's running list; a
 * test of "xmin passed the xmax when we first saw the hole" then calls a hole permanent while its holder still runs.
 */
describe('SqlSubscription on PostgreSQL: a position whose holder took a later xid and commits last', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let store: SqlEventStore;
  const clients: Client[] = [];

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('late_commit');
    store = await SqlEventStore.create(isolated.db, { pollIntervalMs: 20 });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    await store.close();
    await isolated.drop();
  });

  async function appender(): Promise<Client> {
    const client = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${isolated.schema}` });
    await client.connect();
    clients.push(client);
    await client.query('begin');
    return client;
  }

  /** What `SqlEventStore.append` does in its transaction: the xid first, then the position. */
  async function insertEvent(client: Client, streamId: string): Promise<bigint> {
    const { rows } = await client.query<{ position: string }>(
      `insert into events (stream_id, stream_revision, event_id, event_type, data, metadata)
       values ($1, 0, $2, 'test.Happened', '{}', '{}') returning global_position::text as position`,
      [streamId, randomUUID()],
    );
    return BigInt(rows[0]!.position);
  }

  it('waits for the holder instead of declaring its hole permanent', async () => {
    const early = await appender();
    await early.query('select pg_current_xact_id()');
    const holder = await appender();
    await holder.query('select pg_current_xact_id()');
    const held = await insertEvent(holder, `late-${randomUUID()}`);
    const passed = await insertEvent(early, `early-${randomUUID()}`);
    await early.query('commit');
    expect(passed).toBe(held + 1n);

    const delivered: bigint[] = [];
    const subscription = store.subscribeAll({
      onEvent: async (event) => {
        delivered.push(event.position);
      },
    });
    try {
      // Many gap re-checks (every 10 ms) while the holder is still running: none may give up on it.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(delivered).toEqual([]);
      await holder.query('commit');
      const deadline = Date.now() + 5000;
      while (delivered.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(delivered).toEqual([held, passed]);
    } finally {
      await holder.query('rollback').catch(() => undefined); // after a failed expectation: let the next test pass it
      await subscription.stop();
    }
  });

  it('still skips a hole whose holder rolled back', async () => {
    const rolledBack = await appender();
    await rolledBack.query('select pg_current_xact_id()');
    const hole = await insertEvent(rolledBack, `rolled-back-${randomUUID()}`);
    await rolledBack.query('rollback');
    const { position: after } = await store.append(
      `after-${randomUUID()}`,
      [{ id: randomUUID(), type: 'test.Happened', data: {} }],
      'no_stream',
    );
    expect(after).toBeGreaterThan(hole);

    const delivered: bigint[] = [];
    const subscription = store.subscribeAll({
      after: hole - 1n,
      onEvent: async (event) => {
        delivered.push(event.position);
      },
    });
    try {
      const deadline = Date.now() + 5000;
      while (!delivered.includes(after) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(delivered).toEqual([after]);
    } finally {
      await subscription.stop();
    }
  });
});
