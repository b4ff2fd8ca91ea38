export * from './sql-database';
export { PostgresDatabase, quoteIdentifier } from './postgres-database';
export { EmbeddedDatabase } from './embedded-database';
export { DataDirectoryLockedError } from './errors';
export { migrate, type Migration } from './migrations';
