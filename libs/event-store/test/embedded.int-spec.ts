import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryLockedError, EmbeddedDatabase } from '@regie/sql';
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
