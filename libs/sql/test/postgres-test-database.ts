import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresDatabase } from '../src';

export const TEST_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * A PostgresDatabase confined to a fresh schema of the test server, so suites never see each other's rows.
 * `drop()` removes the schema.
 */
export async function openIsolatedPostgres(
  label: string,
): Promise<{ db: PostgresDatabase; schema: string; drop(): Promise<void> }> {
  const schema = `t_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = new PostgresDatabase(TEST_DATABASE_URL, { options: `-c search_path=${schema}` });
  return {
    db,
    schema,
    async drop() {
      const cleanup = new Client({ connectionString: TEST_DATABASE_URL });
      await cleanup.connect();
      // With what a rebuild in it may have left (a failed test): other suites look for those database-wide.
      await cleanup.query(
        `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_rebuild cascade;
         drop schema if exists ${schema}_retired cascade`,
      );
      await cleanup.end();
    },
  };
}
