/** The little we need from a PostgreSQL-speaking database, implemented by `pg` and by PGlite. */
export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  execute(script: string): Promise<void>;
  /**
   * Bulk-inserts `rows` (values in `columns`' order) into `table` (an identifier found through the search_path) with
   * PostgreSQL's `COPY`: no `on conflict`, a duplicate key fails the transaction. Only in a transaction opened with
   * `{ copy: true }` on PostgreSQL; absent elsewhere, and callers then insert another way.
   */
  copyRows?(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
}

export interface TransactionOptions {
  /**
   * `false`: the commit does not wait until the server has flushed it to disk (PostgreSQL `synchronous_commit = off`
   * for this transaction); it is visible at once, and a crash of the server can lose the last such commits, each as a
   * whole, never part of one. Only for writes that are derived again after such a loss (a read model with its
   * checkpoint in the same transaction). A later durable commit makes every earlier commit durable too. Embedded
   * (PGlite): ignored, every commit is durable. Default `true`.
   */
  readonly durable?: boolean;
  /**
   * `true`: the transaction may bulk-insert with `tx.copyRows` (PostgreSQL `COPY`). Its statements then go one after
   * another on a connection of its own instead of pipelined (`pg` cannot pipeline a `COPY`). For bulk loads such as
   * a rebuild's, where rows are many and statements few. Embedded (PGlite): ignored, `copyRows` stays absent.
   */
  readonly copy?: boolean;
}

export interface SqlDatabase extends SqlExecutor {
  /**
   * Runs `work` in one transaction; commits when it resolves, rolls back when it throws. `work` may send statements
   * without waiting for the one before (they run in the order sent; on PostgreSQL they share round trips): the commit
   * waits for every statement sent and fails with the first one that failed.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Calls `onNotify` with the payload of each NOTIFY on `channel` from any connection; resolves to an unlisten
   * function.
   */
  listen(channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>>;
  /**
   * A session-level lock named `name`, held on a connection of its own until `release()` or until that connection is
   * lost (then `lost` resolves). Undefined when another session holds it. Used to keep exactly one projector active.
   */
  tryLock(name: string): Promise<HeldLock | undefined>;
  /**
   * Removes from disk what deleted and overwritten rows left behind, after an erasure. Embedded: rewrites every table
   * (`VACUUM FULL`), switches to a new WAL segment and checkpoints, so no data file or WAL segment keeps the old
   * rows. PostgreSQL: nothing (autovacuum reclaims dead rows; the server's WAL, archive and backups are the
   * operator's, see docs/security.md).
   */
  purgeDeletedData(): Promise<void>;
  /** `embedded` runs in this process (PGlite); `postgres` is a server shared with other processes. */
  readonly kind: 'postgres' | 'embedded';
  close(): Promise<void>;
}

export interface HeldLock {
  /** Resolves when the lock is gone without `release()`: its connection died. */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

/** SQLSTATE codes we react to. */
export const SqlState = {
  uniqueViolation: '23505',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function constraintOf(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
