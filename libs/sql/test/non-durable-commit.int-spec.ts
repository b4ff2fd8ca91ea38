import { EmbeddedDatabase } from '../src';
import { openIsolatedPostgres } from './postgres-test-database';

const setting = 'select current_setting($1) as value';

describe('a transaction that need not wait for its flush (durable: false)', () => {
  it('on PostgreSQL: turns synchronous_commit off for that transaction only, and commits and rolls back as usual', async () => {
    const opened = await openIsolatedPostgres('non_durable');
    try {
      const { db } = opened;
      await db.execute('create table t (n int primary key)');
      const inside = await db.transaction(
        async (tx) => {
          await tx.query('insert into t (n) values (1)');
          return (await tx.query<{ value: string }>(setting, ['synchronous_commit'])).rows[0]!.value;
        },
        { durable: false },
      );
      expect(inside).toBe('off');
      const durable = await db.transaction(
        async (tx) => (await tx.query<{ value: string }>(setting, ['synchronous_commit'])).rows[0]!.value,
      );
      expect(durable).toBe('on');
      // Outside a transaction, on every pooled connection: the session's own setting again.
      const after = await Promise.all(
        Array.from(
          { length: 4 },
          async () => (await db.query<{ value: string }>(setting, ['synchronous_commit'])).rows[0]!.value,
        ),
      );
      expect(after).toEqual(['on', 'on', 'on', 'on']);
      await expect(
        db.transaction(
          async (tx) => {
            await tx.query('insert into t (n) values (2)');
            throw new Error('work failed');
          },
          { durable: false },
        ),
      ).rejects.toThrow('work failed');
      const { rows } = await db.query<{ n: number }>('select n from t order by n');
      expect(rows.map((row) => row.n)).toEqual([1]);
    } finally {
      await opened.db.close();
      await opened.drop();
    }
  });

  it('on PGlite: commits as every other transaction (durably)', async () => {
    const db = await EmbeddedDatabase.inMemory();
    try {
      await db.execute('create table t (n int primary key)');
      const inside = await db.transaction(
        async (tx) => {
          await tx.query('insert into t (n) values (1)');
          return (await tx.query<{ value: string }>(setting, ['synchronous_commit'])).rows[0]!.value;
        },
        { durable: false },
      );
      expect(inside).toBe('on');
      expect((await db.query<{ n: number }>('select n from t')).rows).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
  });
});
