import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLockedError, EmbeddedDatabase, STALE_LOCK_MS } from '@regie/sql';
import { SqlEventStore } from '../src/sql/sql-event-store';
import { describeEventStoreContract, type ContractSubject } from './event-store.contract';

const directory = mkdtempSync(join(tmpdir(), 'regie-pglite-'));
let shared: SqlEventStore | undefined;

// PGlite allows one open instance per directory, so the hooked store of the late-commit test is a second,
// in-memory instance; everything else runs against the persisted directory.
const subject: ContractSubject = {
  hasTransactions: true,
  async open(hooks) {
    if (hooks?.beforeCommit) return SqlEventStore.create(await EmbeddedDatabase.inMemory(), hooks);
    shared = await SqlEventStore.create(await EmbeddedDatabase.open(directory));
    return shared;
  },
  async cleanup() {
    rmSync(directory, { recursive: true, force: true });
  },
};

describeEventStoreContract('embedded PGlite', subject);

describe('embedded data directory lock', () => {
  it('refuses a second opener of the same directory with an error naming the directory', async () => {
    const lockedDirectory = mkdtempSync(join(tmpdir(), 'regie-lock-'));
    const first = await EmbeddedDatabase.open(lockedDirectory);
    try {
      const second = EmbeddedDatabase.open(lockedDirectory);
      await expect(second).rejects.toBeInstanceOf(DataDirectoryLockedError);
      await expect(second).rejects.toThrow(lockedDirectory);
    } finally {
      await first.close();
    }
    const reopened = await EmbeddedDatabase.open(lockedDirectory);
    await reopened.close();
    rmSync(lockedDirectory, { recursive: true, force: true });
  });

  it('refuses a directory whose lock another live process holds, and takes over the lock of a crashed one', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'regie-lock-'));
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `require('proper-lockfile').lock(process.argv[1], { realpath: false, lockfilePath: process.argv[1] + '.lock', stale: 60000 })
           .then(() => { console.log('locked'); setInterval(() => undefined, 1000); })`,
        directory,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        holder.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
      });
      await expect(EmbeddedDatabase.open(directory)).rejects.toBeInstanceOf(DataDirectoryLockedError);
    } finally {
      holder.kill('SIGKILL');
    }
    // A crash leaves the lock behind, no longer refreshed: once older than the stale margin, it is taken over.
    const lockPath = `${directory}.lock`;
    mkdirSync(lockPath, { recursive: true });
    const longAgo = new Date(Date.now() - 2 * STALE_LOCK_MS);
    utimesSync(lockPath, longAgo, longAgo);
    const reopened = await EmbeddedDatabase.open(directory);
    await reopened.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps events across a close and reopen of the directory', async () => {
    const persistentDirectory = mkdtempSync(join(tmpdir(), 'regie-persist-'));
    const store = await SqlEventStore.create(await EmbeddedDatabase.open(persistentDirectory));
    await store.append('household-persist', [{ id: crypto.randomUUID(), type: 't', data: { n: 1 } }], 'no_stream');
    await store.close();
    const reopened = await SqlEventStore.create(await EmbeddedDatabase.open(persistentDirectory));
    expect((await reopened.readStream('household-persist')).map((e) => e.data)).toEqual([{ n: 1 }]);
    await reopened.close();
    rmSync(persistentDirectory, { recursive: true, force: true });
  });
});
