import { randomUUID } from 'node:crypto';
import { EmbeddedDatabase, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import type { RecordedEvent } from '../src/event-store.port';
import { SqlEventStore } from '../src/sql/sql-event-store';

/** The database, counting the subscriptions' reads of the events table. */
function countingReads(db: SqlDatabase): { db: SqlDatabase; reads: () => number } {
  let reads = 0;
  const counted = new Proxy(db, {
    get(target, property) {
      if (property === 'query') {
        return (text: string, params?: readonly unknown[]) => {
          if (/from events where global_position > \$1/.test(text)) reads++;
          return target.query(text, params);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: counted, reads: () => reads };
}

const event = (n: number) => ({ id: randomUUID(), type: 'Counted', data: { n, nested: { b: 2, a: 1 } } });

async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 10) {
    if (waited > 5000) throw new Error('not delivered within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const databases: [string, () => Promise<{ db: SqlDatabase; schema?: string; drop(): Promise<void> }>][] = [
  ['PostgreSQL', () => openIsolatedPostgres('hand_over')],
  ['PGlite', async () => ({ db: await EmbeddedDatabase.inMemory(), drop: async () => undefined })],
];

describe.each(databases)('an append hands its rows to the subscriptions of its process (%s)', (name, open) => {
  it('delivers them without reading, exactly as a read gives them; what another process appended is read', async () => {
    const opened = await open();
    const { db, reads } = countingReads(opened.db);
    // An hour's poll interval: only wake-ups deliver in time.
    const store = await SqlEventStore.create(db, { pollIntervalMs: 3_600_000 });
    const other =
      name === 'PostgreSQL'
        ? await SqlEventStore.create(
            new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${opened.schema}` }),
            { pollIntervalMs: 3_600_000 },
          )
        : undefined;
    const seen: RecordedEvent[] = [];
    let caughtUp = false;
    const subscription = store.subscribeAll({
      onEvent: async (recorded) => void seen.push(recorded),
      onCaughtUp: () => (caughtUp = true),
    });
    try {
      await until(() => caughtUp);
      const readsBefore = reads();
      for (let n = 1; n <= 3; n++) {
        await store.append(`counted-${n}`, [event(n), event(n + 10)], 'no_stream');
        await until(() => seen.length === 2 * n);
      }
      expect(reads()).toBe(readsBefore);
      expect(seen).toEqual(await store.readAll());

      if (other) {
        // Not handed over: the subscription reads it after the NOTIFY, then takes this process's rows again.
        await other.append('elsewhere', [event(100)], 'no_stream');
        await until(() => seen.length === 7);
        expect(reads()).toBeGreaterThan(readsBefore);
        await store.append('counted-4', [event(4)], 'no_stream');
        await until(() => seen.length === 8);
        expect(seen).toEqual(await store.readAll());
        expect(seen.map((recorded) => recorded.position)).toEqual(seen.map((_, i) => seen[0]!.position + BigInt(i)));
      }
    } finally {
      await subscription.stop();
      await other?.close();
      await store.close();
      await opened.drop();
    }
  });
});
