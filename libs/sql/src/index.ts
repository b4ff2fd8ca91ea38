export * from './sql-database';
export { DEFAULT_POOL_SIZE, PostgresDatabase, quoteIdentifier } from './postgres-database';
export { EmbeddedDatabase } from './embedded-database';
export { STALE_FOREIGN_LOCK_MS, type LockOwner } from './data-directory-lock';
export { DataDirectoryLockedError } from './errors';
export { migrate, migrationStatus, type AppliedMigration, type Migration, type MigrationStatus } from './migrations';
