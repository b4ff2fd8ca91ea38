import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DURABLE_START_PARAMS, DurableNodeFS } from './durable-node-fs';
import { lockDataDirectory, readLockOwner, type HeldDirectoryLock } from './data-directory-lock';
import { SentStatements } from './sent-statements';
import { DataDirectoryLockedError } from './errors';
import type { HeldLock, SqlDatabase, SqlExecutor, TransactionOptions } from './sql-database';

const IN_MEMORY = 'memory://';

/** WAL segments a checkpoint no longer needs are deleted, not renamed for reuse with an erased row still in them. */
const ERASABLE_WAL_START_PARAMS = ['-c', 'wal_recycle=off'] as const;

/** Directories opened by this process: a second opener here is refused at once, whatever the lock file's age. */
const openedHere = new Set<string>();

/**
 * PostgreSQL compiled to WebAssembly, running inside this process and persisted in `directory`.
 * PGlite itself takes no lock, so we hold one (`<directory>.lock`, see data-directory-lock.ts): two processes on one
 * directory would corrupt it.
 */
export class EmbeddedDatabase implements SqlDatabase {
  private readonly locks = new Set<string>();
  readonly kind = 'embedded';

  private constructor(
    private readonly db: PGlite,
    private readonly releaseLock: () => Promise<void>,
    readonly directory: string,
  ) {}

  static async open(directory: string): Promise<EmbeddedDatabase> {
    const absolute = resolve(directory);
    mkdirSync(absolute, { recursive: true });
    if (openedHere.has(absolute)) throw new DataDirectoryLockedError(absolute);
    openedHere.add(absolute);
    let lock: HeldDirectoryLock;
    try {
      lock = lockDataDirectory(absolute);
    } catch (error) {
      openedHere.delete(absolute);
      throw error;
    }
    const release = async () => {
      openedHere.delete(absolute);
      lock.release();
    };
    try {
      const db = await PGlite.create({
        fs: new DurableNodeFS(absolute),
        startParams: [...DURABLE_START_PARAMS, ...ERASABLE_WAL_START_PARAMS],
      });
      // Two starters that both found the same abandoned lock: the one whose lock file was replaced gives way.
      if (!lock.stillHeld()) {
        await db.close();
        throw new DataDirectoryLockedError(absolute, readLockOwner(absolute));
      }
      return new EmbeddedDatabase(db, release, absolute);
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** A throwaway database in memory, for tests and benchmarks. */
  static async inMemory(): Promise<EmbeddedDatabase> {
    return new EmbeddedDatabase(await PGlite.create(), async () => undefined, IN_MEMORY);
  }

  async query<Row>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    const result = await this.db.query<Row>(text, params as unknown[] | undefined);
    return { rows: result.rows };
  }

  async execute(script: string): Promise<void> {
    await this.db.exec(script);
  }

  /** Every commit is durable here (`options.durable` is ignored). */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>, _options?: TransactionOptions): Promise<T> {
    return this.db.transaction(async (tx) => {
      const sent = new SentStatements();
      const result = await work({
        query: <Row>(text: string, params?: readonly unknown[]) =>
          sent.track(tx.query<Row>(text, params as unknown[] | undefined).then((answer) => ({ rows: answer.rows }))),
        execute: (script: string) => sent.track(tx.exec(script).then(() => undefined)),
      });
      await sent.allSucceeded();
      return result;
    });
  }

  async listen(channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>> {
    return this.db.listen(channel, onNotify);
  }

  /** One process owns the data directory (its file lock), so a lock here only has to exclude this process's own. */
  async tryLock(name: string): Promise<HeldLock | undefined> {
    if (this.locks.has(name)) return undefined;
    this.locks.add(name);
    return {
      lost: new Promise<void>(() => undefined),
      release: async () => {
        this.locks.delete(name);
      },
    };
  }

  /**
   * After an erasure: no file of the data directory may keep the erased rows. PGlite never vacuums, and plain VACUUM
   * only marks dead rows reusable, so every table is rewritten (`VACUUM FULL`: the old files are unlinked at the next
   * checkpoint). The WAL still holds the old rows (full-page images, deleted tuples): switching to a new segment and
   * checkpointing makes every older segment unneeded, and with `wal_recycle=off` the checkpoint deletes those files
   * instead of renaming them for reuse with their old contents. Takes every table's exclusive lock for the duration.
   */
  async purgeDeletedData(): Promise<void> {
    if (this.directory === IN_MEMORY) return;
    await this.db.exec('vacuum full');
    await this.db.query('select pg_switch_wal()');
    await this.db.exec('checkpoint');
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
    await this.releaseLock();
  }
}
