import { SqlState, sqlStateOf, type SqlDatabase } from './sql-database';

export interface Migration {
  /** Strictly increasing within its component; never renumber or edit one that has shipped. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies the not-yet-applied migrations of one component (`event-store`, `timeline`, ...) in order,
 * each in its own transaction, recorded in `regie_migrations`. Safe to run from several processes at
 * once: a transaction-scoped advisory lock per component serialises them.
 */
export async function migrate(db: SqlDatabase, component: string, migrations: readonly Migration[]): Promise<number[]> {
  await createMigrationsTable(db);
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`regie_migrations:${component}`]);
      const existing = await tx.query('select 1 from regie_migrations where component = $1 and version = $2', [
        component,
        migration.version,
      ]);
      if (existing.rows.length > 0) return false;
      await tx.execute(migration.sql);
      await tx.query('insert into regie_migrations (component, version, name) values ($1, $2, $3)', [
        component,
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

async function createMigrationsTable(db: SqlDatabase): Promise<void> {
  try {
    await db.execute(`create table if not exists regie_migrations (
      component text not null,
      version integer not null,
      name text not null,
      applied_at timestamptz not null default now(),
      primary key (component, version)
    )`);
  } catch (error) {
    // Two processes creating it at the same moment: the loser sees a unique violation on the catalog. Fine.
    if (sqlStateOf(error) !== SqlState.uniqueViolation) throw error;
  }
}

export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
  readonly appliedAt: Date;
}

export interface MigrationStatus {
  readonly component: string;
  readonly applied: readonly AppliedMigration[];
  /** Not yet applied, in the order `migrate` would apply them. */
  readonly pending: readonly Pick<Migration, 'version' | 'name'>[];
}

/** What `migrate` has applied for one component and what it would apply; reads only, creates nothing. */
export async function migrationStatus(
  db: SqlDatabase,
  component: string,
  migrations: readonly Migration[],
): Promise<MigrationStatus> {
  const table = await db.query<{ present: boolean }>(`select to_regclass('regie_migrations') is not null as present`);
  const rows = table.rows[0]?.present
    ? (
        await db.query<{ version: number; name: string; applied_at: Date | string }>(
          'select version, name, applied_at from regie_migrations where component = $1 order by version',
          [component],
        )
      ).rows
    : [];
  const done = new Set(rows.map((row) => row.version));
  return {
    component,
    applied: rows.map((row) => ({ version: row.version, name: row.name, appliedAt: new Date(row.applied_at) })),
    pending: [...migrations]
      .sort((a, b) => a.version - b.version)
      .filter((migration) => !done.has(migration.version))
      .map(({ version, name }) => ({ version, name })),
  };
}
