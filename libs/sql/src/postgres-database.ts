import { Pool, type PoolClient, type PoolConfig, type QueryConfig } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyText } from './copy-text';
import { oneAtATime } from './one-at-a-time';
import { oneWritePerTick } from './one-write-per-tick';
import { SentStatements } from './sent-statements';
import { isStalePreparedStatement, StatementNames } from './statement-names';
import type { HeldLock, SqlDatabase, SqlExecutor, TransactionOptions } from './sql-database';

/** Connections per pool unless the caller says otherwise (`DATABASE_POOL_SIZE`). */
export const DEFAULT_POOL_SIZE = 20;

/** Advisory locks are per database; the schema is part of the key so deployments (and test schemas) don't meet. */
const LOCK_KEY = `hashtextextended(current_schema() || ':' || $1, 0)`;

export class PostgresDatabase implements SqlDatabase {
  readonly kind = 'postgres';
  private readonly pool: Pool;
  /** Connections without pipelining, for transactions that `COPY` (made on first use). */
  private copyPool: Pool | undefined;
  private listener: Promise<PoolClient> | undefined;
  private readonly channels = new Map<string, Set<(payload?: string) => void>>();
  private readonly statementNames = new StatementNames();

  constructor(
    private readonly connectionString: string,
    private readonly options: PoolConfig = {},
  ) {
    // Pipeline mode: a statement goes out without waiting for the answer to the one before it on that connection,
    // so a transaction's `begin`, statements sent together and its `commit` share round trips (see `transaction`).
    this.pool = newPool({ connectionString, max: DEFAULT_POOL_SIZE, pipeline: true, ...options });
  }

  private poolFor(options: TransactionOptions): Pool {
    if (!options.copy) return this.pool;
    // A few: bulk loads run one or a handful of transactions at a time.
    this.copyPool ??= newPool({ connectionString: this.connectionString, ...this.options, max: 4, pipeline: false });
    return this.copyPool;
  }

  async query<Row>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }> {
    const send = async () => ({ rows: (await this.pool.query(this.statement(text, params))).rows as Row[] });
    try {
      return await send();
    } catch (error) {
      // Refused before it ran: once more under a new name, prepared afresh.
      if (!this.forgetStaleStatements(error)) throw error;
      return send();
    }
  }

  async execute(script: string): Promise<void> {
    await this.pool.query(script);
  }

  /**
   * `begin` travels with the transaction's first statement, and `commit` with whatever `work` sent without waiting
   * for (one round trip each fewer). That is safe because the server runs one connection's statements in the order
   * sent: a `begin` on an idle connection fails only with the connection itself, taking what follows with it; and a
   * statement that failed makes the server answer `commit` with a rollback, which is reported here as its error.
   */
  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const client = await this.poolFor(options).connect();
    // A connection lost between statements (a terminated backend) is an 'error' event on the client: without a
    // listener it would crash the process. The transaction's next statement fails instead, and the client is
    // destroyed at release rather than returned to the pool.
    let lost: Error | undefined;
    const onLost = (error: Error) => (lost = error);
    client.on('error', onLost);
    const sent = new SentStatements();
    // Without pipelining `pg` would queue statements sent side by side itself, which it deprecates: they wait here.
    const send = options.copy ? oneAtATime() : oneWritePerTick(client.connection.stream);
    try {
      // One statement either way: a script without parameters may hold two.
      sent.track(
        send(() => client.query(options.durable === false ? 'begin; set local synchronous_commit = off' : 'begin')),
      );
      const tx: SqlExecutor = {
        query: <Row>(text: string, params?: readonly unknown[]) =>
          sent.track(
            send(() => client.query(this.statement(text, params))).then((result) => ({
              rows: result.rows as Row[],
            })),
          ),
        execute: (script: string) => sent.track(send(() => client.query(script)).then(() => undefined)),
        ...(options.copy && {
          copyRows: (table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]) =>
            sent.track(send(() => copyInto(client, table, columns, rows))),
        }),
      };
      const result = await work(tx);
      // Tracked too: when a statement failed first, a commit lost with the connection must not go unhandled.
      const commit = sent.track(send(() => client.query('commit')));
      await sent.allSucceeded();
      if ((await commit).command !== 'COMMIT') throw new Error('the transaction was rolled back at its commit');
      return result;
    } catch (error) {
      // Behind whatever is still on its way (a statement `work` did not wait for), as every statement goes.
      await send(() => client.query('rollback')).catch(() => undefined);
      this.forgetStaleStatements(error);
      throw error;
    } finally {
      client.off('error', onLost);
      client.release(lost);
    }
  }

  private forgetStaleStatements(error: unknown): boolean {
    if (!isStalePreparedStatement(error)) return false;
    this.statementNames.forget();
    return true;
  }

  /** A statement with parameters goes prepared under its name (see `StatementNames`); one without, as text. */
  private statement(text: string, params?: readonly unknown[]): QueryConfig {
    if (!params?.length) return { text };
    const values = params as unknown[];
    const name = this.statementNames.nameOf(text);
    return name === undefined ? { text, values } : { name, text, values };
  }

  async listen(channel: string, onNotify: (payload?: string) => void): Promise<() => Promise<void>> {
    const client = await this.listenerClient();
    let handlers = this.channels.get(channel);
    if (!handlers) {
      handlers = new Set();
      this.channels.set(channel, handlers);
      await client.query(`listen ${quoteIdentifier(channel)}`);
    }
    handlers.add(onNotify);
    return async () => {
      handlers.delete(onNotify);
    };
  }

  async tryLock(name: string): Promise<HeldLock | undefined> {
    const client = await this.pool.connect();
    let acquired = false;
    try {
      const { rows } = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(${LOCK_KEY}) as locked`, [
        name,
      ]);
      acquired = rows[0]?.locked === true;
    } finally {
      if (!acquired) client.release();
    }
    if (!acquired) return undefined;
    let released = false;
    const lost = new Promise<void>((resolve) => {
      const gone = () => {
        if (released) return;
        released = true;
        client.release(true); // hand the dead connection back, so the pool can end
        resolve();
      };
      client.on('error', gone);
      client.on('end', gone);
    });
    return {
      lost,
      release: async () => {
        if (released) return;
        released = true;
        await client.query(`select pg_advisory_unlock(${LOCK_KEY})`, [name]).catch(() => undefined);
        // Destroy rather than return to the pool: a session lock must never outlive its holder on a pooled client.
        client.release(true);
      },
    };
  }

  /** A server's dead rows are autovacuum's; its WAL, archive and backups are the operator's (docs/security.md). */
  async purgeDeletedData(): Promise<void> {}

  async close(): Promise<void> {
    if (this.listener) {
      const client = await this.listener.catch(() => undefined);
      client?.release(true);
      this.listener = undefined;
    }
    await Promise.all([this.pool.end(), this.copyPool?.end()]);
  }

  private listenerClient(): Promise<PoolClient> {
    this.listener ??= this.pool.connect().then(
      (client) => {
        client.on('notification', (message) =>
          this.channels.get(message.channel)?.forEach((handler) => handler(message.payload)),
        );
        let released = false;
        client.on('error', (error: Error) => {
          // The connection is gone: drop it so the next listen() opens a fresh one; pollers keep working meanwhile.
          // Released with the error, the pool destroys it and no longer counts it (else close() would wait for it).
          // The listener stays: a dead connection may report more than once, and an unheard 'error' ends the process.
          if (released) return;
          released = true;
          this.listener = undefined;
          this.channels.clear();
          client.release(error);
        });
        return client;
      },
      (error: unknown) => {
        // Not kept: a connection that could not be made during an outage must not stop every later listen().
        this.listener = undefined;
        throw error;
      },
    );
    return this.listener;
  }
}

/**
 * How long a new connection may take. A server that accepts the socket but never answers (hung, or behind a stuck
 * proxy) would otherwise hold start-up and every request that needs a connection forever.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

function newPool(config: PoolConfig): Pool {
  const pool = new Pool({ application_name: 'regie', connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

/** `COPY table (columns) from stdin` with `rows` in the text format; resolves when the server has taken them all. */
function copyInto(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = client.query(
      copyFrom(`copy ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) from stdin`),
    );
    stream.on('finish', resolve);
    stream.on('error', reject);
    stream.end(copyText(rows));
  });
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
