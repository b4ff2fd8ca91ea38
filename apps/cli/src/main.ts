#!/usr/bin/env -S node --max-semi-space-size=64
import 'reflect-metadata';
import { loadConfig } from '@regie/config';
import { commandFailed } from './failure';

// Each command loads its modules when it runs: `--help` and `token` start in well under a second.
const operations = () => import('./operations-commands');
const erasure = () => import('./erasure-commands');

const HELP = `Usage: regie <command>

Commands:
  migrate    Bring every schema up to date, print what was applied, and exit (the api also does this at start-up).
             --status lists applied and pending migrations per schema; --dry-run what migrate would apply.
  seed       Load the demo household through the public mutations; idempotent.
  rebuild    Build the timeline read models anew from the whole event store, next to the live ones, and switch to
             them in one transaction. On PostgreSQL the api keeps serving meanwhile; embedded (DATA_DIR), stop the
             api first. An interrupted rebuild goes on where it stopped; --restart starts it over. --workers <n>
             projects n household partitions side by side during the bulk load (default 1).
  token      Print a development bearer token: token --role <role> --sub <user id> --gemeente <cbs>
             [--name <name>] [--domain <code>] [--expires-in 8h]. See token --help.
  retention  List what is past its retention term per household and domain (a dry run, the default):
             [--today YYYY-MM-DD] [--household <id>]; --erase [--yes] erases what is past its term today.
             See retention --help.
  forget-person  Erase a person (AVG art. 17): forget-person --household <id> --member <id> --reason <text>
             [--token <jwt>].
  audit-export  Export the verwerkingenlog of a gemeente for a period as CSV, CSV for Excel or JSON Lines:
             audit-export --gemeente <cbs> --from <date> --to <date> (--token <jwt> | --by <user id>)
             [--format csv|excel|json|logboek] [--out f].
  berichten  Read iJw/iWmo messages into the households: berichten import --gemeente <cbs> <file|dir>...
             See berichten --help.
  search-index  Build the BSN and address search index with this SEARCH_INDEX_KEY: search-index rebuild
             [--new-key]. The one way to change the index's key (--new-key empties an index built with another
             key). See search-index --help.
  Commands on personal data record who ran them in the verwerkingenlog: the user of --token (or REGIE_TOKEN),
  or else the operating-system account.
  help       Show this text (also --help, -h).

Configuration comes from the environment, as for the api (EVENT_STORE, DATABASE_URL, DATA_DIR, KURRENTDB_URL,
AUTH_JWT_SECRET, AUTH_ISSUER, AUTH_AUDIENCE, SEARCH_INDEX_KEY). Use the api's SEARCH_INDEX_KEY: a command whose key
is not the one the search index was built with stops with one line and changes nothing.
Progress goes to stderr; the exit code is 0 on success and 1 on failure.
`;

/** Returns the exit code; prints one clear line on failure. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 1 : 0;
  }
  if (command === 'token') return (await import('./token-command')).tokenCommand(rest, env);
  if (command === 'migrate') return (await import('./migrate-command')).migrateCommand(rest, env);
  if (command === 'seed') return (await operations()).seedCommand(rest, env);
  if (command === 'audit-export') return (await operations()).auditExportCommand(rest, env);
  if (command === 'retention') return (await erasure()).retentionCommand(rest, env);
  if (command === 'forget-person') return (await erasure()).forgetPersonCliCommand(rest, env);
  if (command === 'berichten') return (await import('./berichten-command')).berichtenCommand(rest, env);
  if (command === 'search-index') return (await import('./search-index-command')).searchIndexCommand(rest, env);
  if (command !== 'rebuild') {
    process.stderr.write(`regie: unknown command "${command}" (try --help)\n`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const restart = rest.includes('--restart');
  const workersAt = rest.indexOf('--workers');
  const workers = workersAt >= 0 ? Number(rest[workersAt + 1]) : undefined;
  const unknown = rest.filter(
    (argument, i) => argument !== '--restart' && !(workersAt >= 0 && (i === workersAt || i === workersAt + 1)),
  );
  if (unknown.length > 0 || (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 16))) {
    process.stderr.write(`regie: rebuild takes only --restart and --workers <1-16> (got ${rest.join(' ')})\n`);
    return 1;
  }
  try {
    const config = loadConfig(env);
    const [{ formatProgress, rebuildReadModel }, { DOMAIN_MODULES }] = await Promise.all([
      import('@regie/timeline'),
      import('@regie/domains'),
    ]);
    const started = Date.now();
    const result = await rebuildReadModel(
      config,
      DOMAIN_MODULES,
      (progress) => {
        process.stderr.write(`${formatProgress(progress)}\n`);
      },
      { restart, workers },
    );
    process.stderr.write(
      `regie: rebuilt the timeline from ${result.done} events in ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
    );
    return 0;
  } catch (error) {
    return commandFailed('rebuild', error);
  }
}

if (require.main === module) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    () => process.exit(1),
  );
}
