import { randomUUID } from 'node:crypto';
import { PostgresDatabase } from '@regie/sql';
import { describeEventStoreContract } from '../../event-store/test/event-store.contract';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { PersonalDataEventStore, type PersonalDataPolicy } from '../src/personal-data-event-store';
import { SubjectErasedError } from '../src/key-provider';
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

  describe('the keys of new subjects, inserted in the append statement', () => {
    let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
    beforeEach(async () => {
      isolated = await openIsolatedPostgres('sealed_keys');
    });
    afterEach(async () => {
      await isolated.db.close();
      await isolated.drop();
    });

    const said = (label: string) => [{ id: randomUUID(), type: 'test.Said', data: { label } }];
    const keyRows = async (subject: string) =>
      (
        await isolated.db.query<{ key_id: string }>(
          'select key_id::text as key_id from personal_data_keys where subject = $1',
          [subject],
        )
      ).rows;

    /** Keys with something done by "another process" right after this one prepared its keys. */
    async function storeWith(meanwhile?: (subject: string) => Promise<void>) {
      const keys = await SqlKeyProvider.open(isolated.db);
      const prepare = keys.prepareKeys.bind(keys);
      keys.prepareKeys = async (subjects, options) => {
        const prepared = await prepare(subjects, options);
        for (const subject of subjects) await meanwhile?.(subject);
        return prepared;
      };
      return { keys, store: new PersonalDataEventStore(await SqlEventStore.create(isolated.db), keys, policy) };
    }

    it('commits a new subject’s key with the events, and none when the append is refused', async () => {
      const { keys, store } = await storeWith();
      const stream = `s-${randomUUID()}`;
      await store.append(stream, said('Eva belt morgen'), 'no_stream');
      expect(await keyRows(`stream:${stream}`)).toHaveLength(1);
      expect((await store.readStream(stream))[0]!.data).toEqual({ label: 'Eva belt morgen' });

      const refused = `s-${randomUUID()}`;
      await expect(store.append(refused, said('nooit'), 3n)).rejects.toThrow();
      expect(await keyRows(`stream:${refused}`)).toEqual([]);
      await keys.close();
    });

    it('uses the key another process created meanwhile (the first append fails whole, the second uses theirs)', async () => {
      let theirs: string | undefined;
      const elsewhere = await SqlKeyProvider.open(isolated.db);
      const { keys, store } = await storeWith(async (subject) => {
        theirs = (await elsewhere.keyFor(subject)).id;
      });
      const stream = `s-${randomUUID()}`;
      await store.append(stream, said('Sem gaat verhuizen'), 'no_stream');
      expect((await keyRows(`stream:${stream}`)).map((row) => row.key_id)).toEqual([theirs]);
      const { rows } = await isolated.db.query<{ data: { label: { i: string } } }>(
        'select data from events where stream_id = $1',
        [stream],
      );
      expect(rows.map((row) => row.data.label.i)).toEqual([theirs]);
      expect((await store.readStream(stream))[0]!.data).toEqual({ label: 'Sem gaat verhuizen' });
      await keys.close();
      await elsewhere.close();
    });

    it('reads no key before appending to a new stream, and reads them before appending to an existing one', async () => {
      const keys = await SqlKeyProvider.open(isolated.db);
      const store = new PersonalDataEventStore(await SqlEventStore.create(isolated.db), keys, policy);
      const keyReads = jest.spyOn(isolated.db, 'query');
      const readsOfKeys = () =>
        keyReads.mock.calls.filter(([text]) => /^\s*select[^;]*\bpersonal_data_keys\b/.test(text)).length;
      const stream = `s-${randomUUID()}`;
      await store.append(stream, said('Eva belt morgen'), 'no_stream');
      expect(readsOfKeys()).toBe(0);
      expect(await keyRows(`stream:${stream}`)).toHaveLength(1);

      const otherKeys = await SqlKeyProvider.open(isolated.db);
      const other = new PersonalDataEventStore(await SqlEventStore.create(isolated.db), otherKeys, policy);
      keyReads.mockClear();
      await other.append(stream, said('Eva heeft gebeld'), 'exists');
      expect(readsOfKeys()).toBe(1);
      expect((await other.readStream(stream)).map((event) => event.data)).toEqual([
        { label: 'Eva belt morgen' },
        { label: 'Eva heeft gebeld' },
      ]);
      keyReads.mockRestore();
      await keys.close();
      await otherKeys.close();
    });

    it('uses the key a subject of a new stream already had (not known here: the first append fails whole)', async () => {
      const stream = `s-${randomUUID()}`;
      const elsewhere = await SqlKeyProvider.open(isolated.db);
      const theirs = (await elsewhere.keyFor(`stream:${stream}`)).id;
      const { keys, store } = await storeWith();
      await store.append(stream, said('Sem gaat verhuizen'), 'no_stream');
      expect((await keyRows(`stream:${stream}`)).map((row) => row.key_id)).toEqual([theirs]);
      expect((await store.readStream(stream)).map((event) => event.data)).toEqual([{ label: 'Sem gaat verhuizen' }]);
      await keys.close();
      await elsewhere.close();
    });

    it('refuses a new stream whose subject was erased for good before, and writes nothing', async () => {
      const stream = `s-${randomUUID()}`;
      const { keys, store } = await storeWith();
      await isolated.db.query('insert into erased_subjects (subject) values ($1)', [`stream:${stream}`]);
      await expect(store.append(stream, said('vergeten'), 'no_stream')).rejects.toBeInstanceOf(SubjectErasedError);
      expect(await store.readStream(stream)).toEqual([]);
      expect(await keyRows(`stream:${stream}`)).toEqual([]);
      await keys.close();
    });

    it('refuses, and writes nothing, when the subject was erased for good meanwhile', async () => {
      const { keys, store } = await storeWith(async (subject) => {
        await isolated.db.query('insert into erased_subjects (subject) values ($1)', [subject]);
      });
      const stream = `s-${randomUUID()}`;
      await expect(store.append(stream, said('vergeten'), 'no_stream')).rejects.toBeInstanceOf(SubjectErasedError);
      expect(await store.readStream(stream)).toEqual([]);
      expect(await keyRows(`stream:${stream}`)).toEqual([]);
      await keys.close();
    });
  });
});
