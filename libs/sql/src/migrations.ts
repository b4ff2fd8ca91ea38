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
