export * from './sql-database';
export { PostgresDatabase, quoteIdentifier } from './postgres-database';
export { EmbeddedDatabase, STALE_LOCK_MS } from './embedded-database';
export { DataDirectoryLockedError } from './errors';
export { migrate, migrationStatus, type AppliedMigration, type Migration, type MigrationStatus } from './migrations';
