import { randomUUID } from 'node:crypto';
import { PostgresDatabase } from '@regie/sql';
import { describeEventStoreContract } from '../../event-store/test/event-store.contract';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { PersonalDataEventStore, type PersonalDataPolicy } from '../src/personal-data-event-store';
import { SqlKeyProvider } from '../src/sql-key-provider';
import { ERASED_TEXT } from '../src/personal-data-kind';

// The sealing wrapper keeps every promise of the port: the contract suite runs through it, with the contract's
// `label` sealed as personal data of its stream.
const policy: PersonalDataPolicy = {
  locate: (event) =>
    typeof (event.data as { label?: unknown }).label === 'string'
      ? [{ path: ['label'], subject: `stream:${event.streamId}`, kind: 'text' }]
      : [],
  erasureOf: (event) => (event.type === 'test.Forget' ? [{ subjects: [`stream:${event.streamId}`], final: true }] : []),
};

let schema: string | undefined;
let drop: (() => Promise<void>) | undefined;

describeEventStoreContract('PostgreSQL, personal data sealed', {
  hasTransactions: true,
  async open(hooks = {}) {
    let db: PostgresDatabase;
    if (!schema) {
      const isolated = await openIsolatedPostgres('sealed');
      schema = isolated.schema;
      drop = isolated.drop;
      db = isolated.db;
    } else {
      db = new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${schema}` });
    }
    const keys = await SqlKeyProvider.open(db);
    return new PersonalDataEventStore(await SqlEventStore.create(db, hooks), keys, policy, () => keys.close());
  },
  cleanup: () => drop?.() ?? Promise.resolve(),
});

describe('PersonalDataEventStore on PostgreSQL', () => {
  it('stores only ciphertext, reads plaintext, and after an erasure event reads the placeholder', async () => {
    const isolated = await openIsolatedPostgres('sealed_rows');
    const keys = await SqlKeyProvider.open(isolated.db);
    const store = new PersonalDataEventStore(await SqlEventStore.create(isolated.db), keys, policy);
    try {
      const stream = `s-${randomUUID()}`;
      await store.append(
        stream,
        [{ id: randomUUID(), type: 'test.Said', data: { label: 'Noah slaapt slecht' } }],
        'no_stream',
      );
      const { rows } = await isolated.db.query<{ data: string }>('select data::text as data from events');
      expect(rows[0]!.data).not.toContain('slaapt');
      expect(rows[0]!.data).toContain('"$pd": "v1"');
      expect((await store.readStream(stream))[0]!.data).toEqual({ label: 'Noah slaapt slecht' });

      await store.append(stream, [{ id: randomUUID(), type: 'test.Forget', data: {} }], 'exists');
      expect((await isolated.db.query('select 1 from personal_data_keys')).rows).toHaveLength(0);
      expect((await store.readStream(stream))[0]!.data).toEqual({ label: ERASED_TEXT });
      expect((await store.readAll()).map((event) => event.type)).toEqual(['test.Said', 'test.Forget']);
    } finally {
      await store.close();
      await keys.close();
      await isolated.drop();
    }
  });
});
