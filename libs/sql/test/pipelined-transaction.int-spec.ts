import { EmbeddedDatabase, sqlStateOf, SqlState, type SqlDatabase } from '../src';
import { openIsolatedPostgres } from './postgres-test-database';

const databases: [string, () => Promise<{ db: SqlDatabase; drop(): Promise<void> }>][] = [
  ['PostgreSQL', () => openIsolatedPostgres('pipelined')],
  ['PGlite', async () => ({ db: await EmbeddedDatabase.inMemory(), drop: async () => undefined })],
];

const numbers = async (db: SqlDatabase) =>
  (await db.query<{ n: number }>('select n from t order by n')).rows.map((row) => row.n);

describe.each(databases)('a transaction whose statements go out without waiting for each other (%s)', (_, open) => {
  let db: SqlDatabase;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ db, drop } = await open());
    await db.execute('create table t (n int primary key)');
  });

  afterEach(async () => {
    await db.close();
    await drop();
  });

  it('runs them in the order sent and commits them with the rest', async () => {
    await db.transaction(async (tx) => {
      const first = tx.query('insert into t (n) values (1)');
      const second = tx.query('update t set n = n + 10 where n = 1');
      await Promise.all([first, second]);
      // Sent and not waited for: the commit waits for it.
      void tx.query('insert into t (n) values (3)');
    });
    expect(await numbers(db)).toEqual([3, 11]);
  });

  it('fails with a statement that was not waited for, and writes nothing', async () => {
    await db.query('insert into t (n) values (5)');
    const failed = db.transaction(async (tx) => {
      await tx.query('insert into t (n) values (1)');
      void tx.query('insert into t (n) values (5)');
    });
    await expect(failed).rejects.toMatchObject({ code: SqlState.uniqueViolation });
    expect(await numbers(db)).toEqual([5]);
    await db.transaction((tx) => tx.query('insert into t (n) values (2)'));
    expect(await numbers(db)).toEqual([2, 5]);
  });

  it('fails with a statement whose failure the work caught, and writes nothing', async () => {
    await db.query('insert into t (n) values (5)');
    const failed = db.transaction(async (tx) => {
      await tx.query('insert into t (n) values (1)');
      const duplicate = await tx.query('insert into t (n) values (5)').catch((error: unknown) => error);
      expect(sqlStateOf(duplicate)).toBe(SqlState.uniqueViolation);
      return 'done';
    });
    await expect(failed).rejects.toMatchObject({ code: SqlState.uniqueViolation });
    expect(await numbers(db)).toEqual([5]);
  });
});
