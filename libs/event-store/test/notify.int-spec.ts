import { randomUUID } from 'node:crypto';
import { PostgresDatabase } from '@regie/sql';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import type { RecordedEvent } from '../src/event-store.port';
import { SqlEventStore } from '../src/sql/sql-event-store';

/**
 * Two api processes on one database: each store wakes its own subscriptions in process and the other's through
 * NOTIFY (its own NOTIFY it skips). With an hour's poll interval, only those wake-ups can deliver in time.
 */
describe('SqlEventStore on PostgreSQL: subscriptions woken by appends in this and in another process', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let here: SqlEventStore;
  let elsewhere: SqlEventStore;

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('notify');
    here = await SqlEventStore.create(isolated.db, { pollIntervalMs: 3_600_000 });
    elsewhere = await SqlEventStore.create(
      new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${isolated.schema}` }),
      { pollIntervalMs: 3_600_000 },
    );
  });

  afterAll(async () => {
    await elsewhere.close();
    await here.close();
    await isolated.drop();
  });

  it('delivers an append of either process to the subscriptions of both', async () => {
    const seen = { here: [] as RecordedEvent[], elsewhere: [] as RecordedEvent[] };
    const caughtUp = { here: false, elsewhere: false };
    const subscriptions = (['here', 'elsewhere'] as const).map((name) =>
      (name === 'here' ? here : elsewhere).subscribeAll({
        onEvent: async (event) => void seen[name].push(event),
        onCaughtUp: () => (caughtUp[name] = true),
      }),
    );
    const until = async (done: () => boolean) => {
      const deadline = Date.now() + 5000;
      while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      return done();
    };
    try {
      expect(await until(() => caughtUp.here && caughtUp.elsewhere)).toBe(true);
      await here.append(`s-${randomUUID()}`, [{ id: randomUUID(), type: 'test.Here', data: {} }], 'no_stream');
      expect(await until(() => seen.here.length === 1 && seen.elsewhere.length === 1)).toBe(true);
      await elsewhere.append(
        `s-${randomUUID()}`,
        [{ id: randomUUID(), type: 'test.Elsewhere', data: {} }],
        'no_stream',
      );
      expect(await until(() => seen.here.length === 2 && seen.elsewhere.length === 2)).toBe(true);
      expect(seen.here.map((event) => event.type)).toEqual(['test.Here', 'test.Elsewhere']);
      expect(seen.elsewhere.map((event) => event.type)).toEqual(['test.Here', 'test.Elsewhere']);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    }
  });
});
