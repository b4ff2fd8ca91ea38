import fs from 'node:fs';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase } from '../src';

/** The host files fsync(2) was called on while `work` ran (resolved through /proc, so Linux only). */
async function filesSyncedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const synced: string[] = [];
  const realFsync = fs.fsyncSync;
  const spy = jest.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
    synced.push(readlinkSync(`/proc/self/fd/${fd}`));
    realFsync(fd);
  });
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return synced;
}

describe('embedded store durability', () => {
  const directory = mkdtempSync(join(tmpdir(), 'regie-durable-'));
  let db: EmbeddedDatabase;

  beforeAll(async () => {
    db = await EmbeddedDatabase.open(directory);
    await db.execute('create table acknowledged (n int)');
  });

  afterAll(async () => {
    await db.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('has the WAL on stable storage before a commit is answered', async () => {
    const synced = await filesSyncedDuring(() => db.query('insert into acknowledged values (1)'));
    expect(synced.filter((file) => file.startsWith(join(directory, 'pg_wal')))).not.toHaveLength(0);
  });

  it('syncs once per commit, also inside an explicit transaction', async () => {
    const synced = await filesSyncedDuring(() =>
      db.transaction(async (tx) => {
        await tx.query('insert into acknowledged values (2)');
        await tx.query('insert into acknowledged values (3)');
      }),
    );
    expect(synced.filter((file) => file.includes('/pg_wal/'))).toHaveLength(1);
  });

  it('syncs the data files at a checkpoint, so the WAL it recycles is no longer needed', async () => {
    await db.query('insert into acknowledged select generate_series(1, 1000)');
    const synced = await filesSyncedDuring(() => db.execute('checkpoint'));
    expect(synced.some((file) => file.startsWith(join(directory, 'base')))).toBe(true);
    expect(synced.some((file) => file.endsWith(join('global', 'pg_control')))).toBe(true);
  });
});
