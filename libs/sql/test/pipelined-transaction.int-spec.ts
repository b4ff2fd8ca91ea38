import { EmbeddedDatabase, sqlStateOf, SqlState, type SqlDatabase } from '../src';
import { openIsolatedPostgres } from './postgres-test-database';

const databases: [string, () => Promise<{ db: SqlDatabase; drop(): Promise<void> }>][] = [
  ['PostgreSQL', () => openIsolatedPostgres('pipelined')],
  ['PGlite', async () => ({ db: await EmbeddedDatabase.inMemory(), drop: async () => undefined })],
];

const numbers = async (db: SqlDatabase, table: string) =>
  (await db.query<{ n: number }>(`select n from ${table} order by n`)).rows.map((row) => row.n);

describe.each(databases)('a transaction whose statements go out without waiting for each other (%s)', (_, open) => {
  // One database for the three cases (an embedded one takes seconds to open), a table each.
  let db: SqlDatabase;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ db, drop } = await open());
    await db.execute(
      'create table t1 (n int primary key); create table t2 (n int primary key); create table t3 (n int primary key)',
    );
  });

  afterAll(async () => {
    await db.close();
    await drop();
  });

  it('runs them in the order sent and commits them with the rest', async () => {
    await db.transaction(async (tx) => {
      const first = tx.query('insert into t1 (n) values (1)');
      const second = tx.query('update t1 set n = n + 10 where n = 1');
      await Promise.all([first, second]);
      // Sent and not waited for: the commit waits for it.
      void tx.query('insert into t1 (n) values (3)');
    });
    expect(await numbers(db, 't1')).toEqual([3, 11]);
  });

  it('fails with a statement that was not waited for, and writes nothing', async () => {
    await db.query('insert into t2 (n) values (5)');
    const failed = db.transaction(async (tx) => {
      await tx.query('insert into t2 (n) values (1)');
      void tx.query('insert into t2 (n) values (5)');
    });
    await expect(failed).rejects.toMatchObject({ code: SqlState.uniqueViolation });
    expect(await numbers(db, 't2')).toEqual([5]);
    await db.transaction((tx) => tx.query('insert into t2 (n) values (2)'));
    expect(await numbers(db, 't2')).toEqual([2, 5]);
  });

  it('fails with a statement whose failure the work caught, and writes nothing', async () => {
    await db.query('insert into t3 (n) values (5)');
    const failed = db.transaction(async (tx) => {
      await tx.query('insert into t3 (n) values (1)');
      const duplicate = await tx.query('insert into t3 (n) values (5)').catch((error: unknown) => error);
      expect(sqlStateOf(duplicate)).toBe(SqlState.uniqueViolation);
      return 'done';
    });
    await expect(failed).rejects.toMatchObject({ code: SqlState.uniqueViolation });
    expect(await numbers(db, 't3')).toEqual([5]);
  });
});
