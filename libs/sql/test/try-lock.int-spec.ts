import { EmbeddedDatabase, PostgresDatabase } from '../src';
import { openIsolatedPostgres, TEST_DATABASE_URL } from './postgres-test-database';

describe('tryLock on PostgreSQL', () => {
  let first: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let second: PostgresDatabase;
  let otherSchema: Awaited<ReturnType<typeof openIsolatedPostgres>>;

  beforeEach(async () => {
    first = await openIsolatedPostgres('lock');
    second = new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${first.schema}` });
    otherSchema = await openIsolatedPostgres('lock_other');
  });

  afterEach(async () => {
    await second.close();
    await first.db.close();
    await otherSchema.db.close();
    await first.drop();
    await otherSchema.drop();
  });

  it('lets one session hold a name; another gets it after release', async () => {
    const held = await first.db.tryLock('projector');
    expect(held).toBeDefined();
    expect(await second.tryLock('projector')).toBeUndefined();
    const elsewhere = await otherSchema.db.tryLock('projector'); // another schema is another deployment
    expect(elsewhere).toBeDefined();
    await elsewhere!.release();
    await held!.release();
    const next = await second.tryLock('projector');
    expect(next).toBeDefined();
    await next!.release();
  });

  it('reports a lock lost with its connection, and frees it for the other session', async () => {
    const held = await first.db.tryLock('projector');
    // The session holding this schema's lock (a bigint key is stored as classid = high, objid = low 32 bits).
    const { rows } = await first.db.query<{ pid: number }>(
      `select l.pid from pg_locks l, (select hashtextextended(current_schema() || ':projector', 0) as key) k
       where l.locktype = 'advisory' and l.granted
         and l.classid::bigint = (k.key >> 32) & 4294967295 and l.objid::bigint = k.key & 4294967295`,
    );
    expect(rows).toHaveLength(1);
    await first.db.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
    await held!.lost;
    const next = await second.tryLock('projector');
    expect(next).toBeDefined();
    await next!.release();
  });
});

describe('tryLock on PGlite', () => {
  it('excludes a second holder in the same process until release', async () => {
    const db = await EmbeddedDatabase.inMemory();
    const held = await db.tryLock('projector');
    expect(held).toBeDefined();
    expect(await db.tryLock('projector')).toBeUndefined();
    await held!.release();
    expect(await db.tryLock('projector')).toBeDefined();
    await db.close();
  });
});
