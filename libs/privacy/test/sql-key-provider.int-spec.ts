import { EmbeddedDatabase, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { SubjectErasedError } from '../src/key-provider';
import { SqlKeyProvider } from '../src/sql-key-provider';

interface Opened {
  db: SqlDatabase;
  /** A second connection pool on the same data, as another process would have (PostgreSQL only). */
  other?: () => SqlDatabase;
  close(): Promise<void>;
}

const targets: [string, () => Promise<Opened>][] = [
  [
    'PostgreSQL',
    async () => {
      const isolated = await openIsolatedPostgres('keys');
      const others: SqlDatabase[] = [];
      return {
        db: isolated.db,
        other: () => {
          const db = new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${isolated.schema}` });
          others.push(db);
          return db;
        },
        async close() {
          await Promise.all(others.map((db) => db.close()));
          await isolated.db.close();
          await isolated.drop();
        },
      };
    },
  ],
  [
    'embedded PGlite',
    async () => {
      const db = await EmbeddedDatabase.inMemory();
      return { db, close: () => db.close() };
    },
  ],
];

describe.each(targets)('SqlKeyProvider on %s', (_name, open) => {
  let target: Opened;
  let keys: SqlKeyProvider;
  beforeAll(async () => {
    target = await open();
    keys = await SqlKeyProvider.open(target.db);
  });
  afterAll(async () => {
    await keys?.close();
    await target?.close();
  });

  const rows = async (subject: string) =>
    (
      await target.db.query<{ n: string }>('select count(*)::text as n from personal_data_keys where subject = $1', [
        subject,
      ])
    ).rows[0]!.n;

  it('creates a 256-bit key on first use and keeps it', async () => {
    const first = await keys.keyFor('member:a1');
    expect(first.material).toHaveLength(32);
    expect(await keys.keyFor('member:a1')).toEqual(first);
    expect(await keys.existingKey('member:a1')).toEqual(first);
    expect(await keys.existingKey('member:nobody')).toBeUndefined();
    expect(await rows('member:a1')).toBe('1');
  });

  it('hands concurrent first users the same key', async () => {
    const all = await Promise.all(Array.from({ length: 8 }, () => keys.keyFor('member:race')));
    expect(new Set(all.map((key) => key.id)).size).toBe(1);
  });

  it('creates or finds the keys of several subjects in one call, the same keys keyFor gives', async () => {
    const known = await keys.keyFor('member:k1');
    // Another process's cache: nothing cached, so the statement has to find member:k1 and create the rest.
    const fresh = await SqlKeyProvider.open(target.db);
    try {
      const found = await fresh.keysFor(['member:k1', 'member:k2', 'member:k2:JEUGD', 'member:k2']);
      expect([...found.keys()].sort()).toEqual(['member:k1', 'member:k2', 'member:k2:JEUGD']);
      expect(found.get('member:k1')).toEqual(known);
      expect(found.get('member:k2')!.material).toHaveLength(32);
      expect(found.get('member:k2')!.id).not.toBe(found.get('member:k2:JEUGD')!.id);
      expect(await keys.keyFor('member:k2')).toEqual(found.get('member:k2'));
      expect(await rows('member:k2')).toBe('1');
      expect(await rows('member:k2:JEUGD')).toBe('1');
    } finally {
      await fresh.close();
    }
  });

  it('creates none of several keys when one subject (or one above it) was erased for good', async () => {
    await keys.keyFor('member:e1');
    await keys.destroy(['member:e1'], { final: true });
    await expect(keys.keysFor(['member:e2', 'member:e1:WMO'])).rejects.toBeInstanceOf(SubjectErasedError);
    await expect(keys.keysFor(['member:e3', 'member:e1'])).rejects.toBeInstanceOf(SubjectErasedError);
    expect(await rows('member:e1:WMO')).toBe('0');
    // member:e2 is not erased: its key may exist, but it is the one keyFor gives.
    expect(await keys.keysFor(['member:e2', 'member:e10'])).toEqual(
      new Map([
        ['member:e2', await keys.keyFor('member:e2')],
        ['member:e10', await keys.keyFor('member:e10')],
      ]),
    );
  });

  it('destroys a subject with everything below it, and nothing beside it: the rows are gone', async () => {
    for (const subject of ['member:b1', 'member:b1:JEUGD', 'member:b1:WERK_EN_INKOMEN', 'member:b10', 'member:b1x'])
      await keys.keyFor(subject);
    expect(await keys.destroy(['member:b1'])).toBe(3);
    for (const subject of ['member:b1', 'member:b1:JEUGD', 'member:b1:WERK_EN_INKOMEN']) {
      expect(await keys.existingKey(subject)).toBeUndefined();
      expect(await rows(subject)).toBe('0');
    }
    expect(await keys.existingKey('member:b10')).toBeDefined();
    expect(await keys.existingKey('member:b1x')).toBeDefined();
    // Not final: a new key may be issued later (new care after a retention erasure), with a new id.
    const renewed = await keys.keyFor('member:b1:JEUGD');
    expect(renewed.id).toBeDefined();
  });

  it('never issues a key again for a subject erased for good, nor below it', async () => {
    await keys.keyFor('member:c1');
    expect(await keys.destroy(['member:c1'], { final: true })).toBe(1);
    await expect(keys.keyFor('member:c1')).rejects.toBeInstanceOf(SubjectErasedError);
    await expect(keys.keyFor('member:c1:WMO')).rejects.toBeInstanceOf(SubjectErasedError);
    await expect(keys.keyFor('member:c10')).resolves.toBeDefined();
    const { rows: erased } = await target.db.query<{ subject: string }>('select subject from erased_subjects');
    expect(erased.map((row) => row.subject)).toContain('member:c1');
  });

  it('tells other processes to forget their cached keys when one is destroyed', async () => {
    if (!target.other) return; // PGlite: one process owns the data directory
    const elsewhere = await SqlKeyProvider.open(target.other());
    try {
      const key = await keys.keyFor('member:d1');
      expect(await elsewhere.existingKey('member:d1')).toEqual(key); // now cached there
      await keys.destroy(['member:d1']);
      const deadline = Date.now() + 5000;
      while ((await elsewhere.existingKey('member:d1')) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await elsewhere.existingKey('member:d1')).toBeUndefined();
    } finally {
      await elsewhere.close();
    }
  });
});
