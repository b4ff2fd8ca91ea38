import type { PostgresDatabase } from '../src';
import { openIsolatedPostgres } from './postgres-test-database';

/** Parameterised statements go prepared (`StatementNames`): parsed and planned once per connection. */
describe('prepared statements on PostgreSQL', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let db: PostgresDatabase;

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('prepared');
    db = isolated.db;
    await db.execute(`create table people (id int primary key, name text); insert into people values (1, 'Eva')`);
  });

  afterAll(async () => {
    await db.close();
    await isolated.drop();
  });

  const preparedHere = (tx: Pick<PostgresDatabase, 'query'>) =>
    tx
      .query<{ statement: string }>('select statement from pg_prepared_statements where name like $1', ['regie\\_%'])
      .then(({ rows }) => rows.map((row) => row.statement));

  it('prepares a statement with parameters on its connection once, and answers it again and again', async () => {
    await db.transaction(async (tx) => {
      for (const id of [1, 1, 2]) await tx.query('select name from people where id = $1', [id]);
      const prepared = await preparedHere(tx);
      expect(prepared.filter((text) => text === 'select name from people where id = $1')).toHaveLength(1);
      expect((await tx.query<{ name: string }>('select name from people where id = $1', [1])).rows).toEqual([
        { name: 'Eva' },
      ]);
    });
  });

  it('runs a statement without parameters as text, scripts included', async () => {
    await db.execute('create table notes (n int); insert into notes values (1); insert into notes values (2)');
    expect((await db.query<{ count: string }>('select count(*)::text as count from notes')).rows).toEqual([
      { count: '2' },
    ]);
  });

  it('answers with the new columns after another process added one (the stale statement prepared afresh)', async () => {
    const query = () => db.query<Record<string, unknown>>('select * from people where id = $1', [1]);
    expect((await query()).rows).toEqual([{ id: 1, name: 'Eva' }]);
    await db.execute('alter table people add column town text');
    expect((await query()).rows).toEqual([{ id: 1, name: 'Eva', town: null }]);

    // Inside a transaction the refused statement fails that transaction; the next one prepares it afresh.
    const inTransaction = () =>
      db.transaction((tx) => tx.query<Record<string, unknown>>('select * from people where id = $1', [1]));
    await inTransaction();
    await db.execute('alter table people add column street text');
    const first = await inTransaction().then(
      (result) => result.rows,
      (error: { code?: string }) => error.code,
    );
    expect([[{ id: 1, name: 'Eva', town: null, street: null }], '0A000']).toContainEqual(first);
    expect((await inTransaction()).rows).toEqual([{ id: 1, name: 'Eva', town: null, street: null }]);
  });
});
