import { parseArgs } from 'node:util';
import { auditMigrations, AUDIT_COMPONENT } from '@regie/audit';
import { BERICHTEN_COMPONENT, berichtenMigrations } from '@regie/berichten-import';
import { loadConfig, type RegieConfig } from '@regie/config';
import { EVENT_STORE_COMPONENT, eventStoreMigrations } from '@regie/event-store';
import { privacyMigrations, PRIVACY_COMPONENT } from '@regie/privacy';
import { SEARCH_COMPONENT, searchMigrations } from '@regie/search';
import { SIGN_IN_COMPONENT, signInMigrations } from '@regie/sign-in';
import {
  EmbeddedDatabase,
  migrate,
  migrationStatus,
  PostgresDatabase,
  type Migration,
  type MigrationStatus,
  type SqlDatabase,
} from '@regie/sql';
import { timelineMigrations, TIMELINE_COMPONENT } from '@regie/timeline';
import { commandFailed } from './failure';

export const MIGRATE_HELP = `Usage: regie migrate [--status | --dry-run]

Brings every schema up to date (event store, personal-data keys, read models, verwerkingenlog, search index,
berichten queue, sign-in sessions) and prints each
migration it applied, or that there was nothing to apply. The api does the same at start-up; run this first when
several api processes start at once.

  --status   list per schema the applied migrations (with when) and the pending ones; changes nothing
  --dry-run  list what migrate would apply, in order; changes nothing
`;

/** Every schema, in the order the api brings them up: the same lists each module migrates at start-up. */
function components(config: RegieConfig): { component: string; migrations: readonly Migration[] }[] {
  return [
    // With KurrentDB the events are not in SQL; the other schemas live in PostgreSQL at DATABASE_URL.
    ...(config.EVENT_STORE === 'kurrentdb'
      ? []
      : [{ component: EVENT_STORE_COMPONENT, migrations: eventStoreMigrations }]),
    { component: PRIVACY_COMPONENT, migrations: privacyMigrations },
    { component: TIMELINE_COMPONENT, migrations: timelineMigrations },
    { component: AUDIT_COMPONENT, migrations: auditMigrations },
    { component: SEARCH_COMPONENT, migrations: searchMigrations },
    { component: BERICHTEN_COMPONENT, migrations: berichtenMigrations },
    { component: SIGN_IN_COMPONENT, migrations: signInMigrations },
  ];
}

/** The one SQL database that holds every schema: the embedded store, or PostgreSQL at DATABASE_URL. */
async function openDatabase(config: RegieConfig): Promise<{ db: SqlDatabase; where: string }> {
  if (config.EVENT_STORE === 'embedded') {
    return { db: await EmbeddedDatabase.open(config.DATA_DIR), where: `embedded store in ${config.DATA_DIR}` };
  }
  const url = new URL(config.DATABASE_URL);
  const where = `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`; // no user or password
  return { db: new PostgresDatabase(config.DATABASE_URL, { application_name: 'regie-migrate' }), where };
}

function statusLines(status: MigrationStatus): string[] {
  const lines = [`${status.component}: ${status.applied.length} applied, ${status.pending.length} pending`];
  for (const done of status.applied) {
    lines.push(`  applied  ${String(done.version).padStart(3)}  ${done.name}  (${done.appliedAt.toISOString()})`);
  }
  for (const next of status.pending) lines.push(`  pending  ${String(next.version).padStart(3)}  ${next.name}`);
  return lines;
}

/** `regie migrate [--status | --dry-run]`: returns the exit code, prints one line on stderr on failure. */
export async function migrateCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values: { status?: boolean; 'dry-run'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        status: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(new Error(`${(error as Error).message.split('\n')[0]} (try regie migrate --help)`));
  }
  if (values.help) {
    process.stdout.write(MIGRATE_HELP);
    return 0;
  }
  if (values.status && values['dry-run']) return fail(new Error('--status and --dry-run exclude each other'));
  let db: SqlDatabase | undefined;
  try {
    const config = loadConfig(env);
    const opened = await openDatabase(config);
    db = opened.db;
    const out: string[] = [];
    if (values.status || values['dry-run']) {
      const statuses: MigrationStatus[] = [];
      for (const { component, migrations } of components(config)) {
        statuses.push(await migrationStatus(db, component, migrations));
      }
      const pending = statuses.flatMap((status) => status.pending.map((next) => ({ ...next, status })));
      if (values.status) {
        out.push(`Migrations in the ${opened.where}:`, ...statuses.flatMap(statusLines));
      } else if (pending.length === 0) {
        out.push(`Nothing to apply: every schema in the ${opened.where} is up to date.`);
      } else {
        out.push(`migrate would apply ${pending.length} migration(s) to the ${opened.where}:`);
        for (const next of pending) out.push(`  ${next.status.component} ${next.version} ${next.name}`);
      }
    } else {
      const applied: string[] = [];
      for (const { component, migrations } of components(config)) {
        const byVersion = new Map(migrations.map((migration) => [migration.version, migration.name]));
        for (const version of await migrate(db, component, migrations)) {
          applied.push(`  ${component} ${version} ${byVersion.get(version)}`);
        }
      }
      out.push(
        applied.length === 0
          ? `Nothing to apply: every schema in the ${opened.where} is up to date.`
          : `Applied ${applied.length} migration(s) to the ${opened.where}:`,
        ...applied,
      );
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  } catch (error) {
    return fail(error);
  } finally {
    await db?.close().catch(() => undefined);
  }
}

function fail(error: unknown): number {
  return commandFailed('migrate', error);
}
