import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase, type PostgresDatabase } from '../src';
import { openIsolatedPostgres } from './postgres-test-database';

const COLUMNS = ['id', 'name', 'born', 'active', 'position'] as const;
const AWKWARD = ['tab\there', 'new\nline', 'back\\slash', '\\.', '\\N', 'carriage\rreturn', '', 'Zoë “Çelik” 👩‍👧'];

/** `copyRows` (PostgreSQL COPY) in a transaction opened with `{ copy: true }`: what a rebuild bulk-loads with. */
describe('copyRows on PostgreSQL', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let db: PostgresDatabase;

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('copy');
    db = isolated.db;
    await db.execute(
      `create table people (id int primary key, name text, born date, active boolean, position bigint);
       create table audit (n int)`,
    );
  });

  afterAll(async () => {
    await db.close();
    await isolated.drop();
  });

  beforeEach(() => db.execute('truncate people, audit'));

  const people = () =>
    db
      .query<{ id: number; name: string | null; born: string | null; active: boolean | null; position: string | null }>(
        `select id, name, born::text as born, active, position::text as position from people order by id`,
      )
      .then(({ rows }) => rows);

  it('stores every value as it was, text with tabs, newlines and backslashes, null and empty text included', async () => {
    const rows: unknown[][] = AWKWARD.map((name, index) => [
      index + 1,
      name,
      '2015-03-01',
      index % 2 === 0,
      9007199254740993n,
    ]);
    rows.push([100, null, null, null, null]);
    await db.transaction(async (tx) => tx.copyRows!('people', COLUMNS, rows), { copy: true });
    const stored = await people();
    expect(stored.map((row) => row.name)).toEqual([...AWKWARD, null]);
    expect(stored[0]).toEqual({
      id: 1,
      name: 'tab\there',
      born: '2015-03-01',
      active: true,
      position: '9007199254740993',
    });
    expect(stored.at(-1)).toEqual({ id: 100, name: null, born: null, active: null, position: null });
  });

  it('runs statements sent side by side in the order sent', async () => {
    await db.transaction(
      async (tx) => {
        await Promise.all([
          tx.query('insert into audit values ($1)', [1]),
          tx.copyRows!('people', COLUMNS, [[1, 'Eva', null, true, 1]]),
          tx.query('insert into audit select count(*) from people'),
        ]);
      },
      { copy: true },
    );
    expect((await db.query<{ n: number }>('select n from audit order by n')).rows).toEqual([{ n: 1 }, { n: 1 }]);
  });

  it('fails the whole transaction on a duplicate key: nothing of it is written', async () => {
    await db.execute(`insert into people (id, name) values (1, 'Eva')`);
    await expect(
      db.transaction(
        async (tx) => {
          await tx.query('insert into audit values ($1)', [7]);
          await tx.copyRows!('people', COLUMNS, [
            [2, 'Noor', null, null, null],
            [1, 'Eva again', null, null, null],
          ]);
        },
        { copy: true },
      ),
    ).rejects.toThrow(/duplicate key/);
    expect((await people()).map((row) => row.name)).toEqual(['Eva']);
    expect((await db.query('select n from audit')).rows).toEqual([]);
    // The connection is usable again afterwards.
    await db.transaction(async (tx) => tx.copyRows!('people', COLUMNS, [[3, 'Sem', null, null, null]]), { copy: true });
    expect((await people()).map((row) => row.name)).toEqual(['Eva', 'Sem']);
  });

  it('offers copyRows only to a transaction that asked for it', async () => {
    await db.transaction(async (tx) => expect(tx.copyRows).toBeUndefined());
  });
});

describe('copyRows on embedded PGlite', () => {
  it('is absent even when asked for: callers insert another way', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'regie-copy-'));
    const db = await EmbeddedDatabase.open(directory);
    try {
      await db.transaction(async (tx) => expect(tx.copyRows).toBeUndefined(), { copy: true });
    } finally {
      await db.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
