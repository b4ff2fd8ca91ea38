import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule } from '@regie/audit';
import { BerichtenImport, BerichtenImportModule, messageOrderKey, type ImportAnswer } from '@regie/berichten-import';
import { ConfigError, loadConfig, type RegieConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdModule } from '@regie/household';
import { SearchModule } from '@regie/search';
import { READ_MODEL_DATABASE, TimelineModule } from '@regie/timeline';
import { DOMAIN_MODULES } from '@regie/domains';
import { QUIET_NEST_START } from './failure';

export const BERICHTEN_HELP = `Usage: regie berichten import --gemeente <cbs> <file|dir>...

Reads iJw and iWmo release 3.2 messages (301, 305, 307, 315, 317, 323) exported by the backoffice and takes them
into the gemeente's households (docs/berichten.md). A directory is read for its *.xml files (not its
subdirectories). Files are taken in the order of their Dagtekening, then 315, 301, 305, 307, 317, 323, then name,
so a start is read after its toewijzing. Per file one line on stderr; a summary at the end on stdout.

  --gemeente  the CBS code of the gemeente the messages are for; messages of another gemeente are refused

Each message is accepted, already received (the same message read before: nothing is written), waiting for a
household (no household of the gemeente has the client's BSN: the functioneel beheerder links or discards it), or
rejected with the reasons per element. The exit code is 1 when a message was rejected or a file could not be read.
`;

/** Store, household, domains, read-model database, verwerkingenlog, BSN index and the import; no HTTP, no projector. */
@Module({})
class BerichtenHostModule {
  static forRoot(config: RegieConfig): DynamicModule {
    const timeline = TimelineModule.forRoot(config, { runProjector: false, graphql: false });
    const search = SearchModule.forRoot(config, { imports: [timeline], databaseToken: READ_MODEL_DATABASE });
    return {
      module: BerichtenHostModule,
      imports: [
        EventStoreModule.forRoot(config),
        HouseholdModule,
        ...DOMAIN_MODULES,
        timeline,
        AuditModule.forRoot({ imports: [timeline], databaseToken: READ_MODEL_DATABASE, graphql: false }),
        search,
        BerichtenImportModule.forRoot({
          imports: [timeline, search],
          databaseToken: READ_MODEL_DATABASE,
          graphql: false,
        }),
      ],
    };
  }
}

/** Store, household, domains, read models, verwerkingenlog, search and the berichten queue, without HTTP or projector. */
export async function withBerichten<T>(config: RegieConfig, work: (app: INestApplicationContext) => Promise<T>) {
  const app = await NestFactory.createApplicationContext(BerichtenHostModule.forRoot(config), QUIET_NEST_START);
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** The files to read: each file as given, each directory's *.xml files. */
async function filesOf(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.xml'));
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Dagtekening and message number from the header's text, for the reading order only (the reader checks them). */
function orderKey(text: string): string {
  const dagtekening = /Dagtekening>\s*(\d{4}-\d{2}-\d{2})\s*</.exec(text)?.[1];
  const nummer = /\/(?:jw|wmo)(\d{3})\/schema/.exec(text)?.[1];
  return messageOrderKey(dagtekening, nummer);
}

const OUTCOME_TEXT: Record<ImportAnswer['outcome'], string> = {
  ACCEPTED: 'accepted',
  ALREADY_RECEIVED: 'already received',
  WAITING: 'waiting for a household',
  REJECTED: 'rejected',
};

export function formatAnswer(name: string, answer: ImportAnswer): string[] {
  const what = [answer.berichtType, answer.identificatie].filter(Boolean).join(' ');
  const events = answer.outcome === 'ACCEPTED' ? ` (${answer.events} event${answer.events === 1 ? '' : 's'})` : '';
  return [
    `${name}${what ? ` ${what}` : ''}: ${OUTCOME_TEXT[answer.outcome]}${events}`,
    ...answer.rejections.map(
      (r) => `  ${r.path || '(bericht)'}: ${r.reason} [${r.code}${r.retourcode ? `, retourcode ${r.retourcode}` : ''}]`,
    ),
  ];
}

/** `regie berichten import --gemeente <cbs> <file|dir>...`. */
export async function berichtenCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    process.stdout.write(BERICHTEN_HELP);
    return sub === undefined ? 1 : 0;
  }
  let values: { gemeente?: string; help?: boolean };
  let paths: string[];
  try {
    const parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: { gemeente: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    values = parsed.values;
    paths = parsed.positionals;
  } catch (error) {
    process.stderr.write(`regie: ${(error as Error).message.split('\n')[0]} (try regie berichten --help)\n`);
    return 1;
  }
  if (sub !== 'import') {
    process.stderr.write(`regie: unknown berichten command "${sub}" (try regie berichten --help)\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(BERICHTEN_HELP);
    return 0;
  }
  if (!values.gemeente || !/^\d{4}$/.test(values.gemeente)) {
    process.stderr.write('regie: --gemeente <cbs> is required: four digits (try regie berichten --help)\n');
    return 1;
  }
  if (paths.length === 0) {
    process.stderr.write('regie: name at least one file or directory (try regie berichten --help)\n');
    return 1;
  }
  try {
    const config = loadConfig(env);
    const files = await filesOf(paths);
    const gemeente = values.gemeente;
    return await withBerichten(config, (app) => importFiles(app.get(BerichtenImport), files, gemeente));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`regie: ${error instanceof ConfigError ? message : `berichten import failed: ${message}`}\n`);
    return 1;
  }
}

async function importFiles(importer: BerichtenImport, files: readonly string[], gemeente: string): Promise<number> {
  const read = await Promise.all(files.map(async (path) => ({ path, bytes: await readFile(path) })));
  read.sort((a, b) => {
    const byKey = orderKey(a.bytes.toString('utf8', 0, 4096)).localeCompare(
      orderKey(b.bytes.toString('utf8', 0, 4096)),
    );
    return byKey !== 0 ? byKey : a.path.localeCompare(b.path);
  });
  const counts: Record<ImportAnswer['outcome'], number> = { ACCEPTED: 0, ALREADY_RECEIVED: 0, WAITING: 0, REJECTED: 0 };
  const rejected: string[] = [];
  for (const [index, { path, bytes }] of read.entries()) {
    const answer = await importer.importBericht(bytes, { gemeente });
    counts[answer.outcome] += 1;
    const lines = formatAnswer(basename(path), answer);
    process.stderr.write(`[${index + 1}/${read.length}] ${lines.join('\n')}\n`);
    if (answer.outcome === 'REJECTED') rejected.push(...lines.map((line, i) => (i === 0 ? path : line)));
  }
  process.stdout.write(
    `${read.length} messages: ${counts.ACCEPTED} accepted, ${counts.ALREADY_RECEIVED} already received, ` +
      `${counts.WAITING} waiting for a household, ${counts.REJECTED} rejected\n`,
  );
  if (rejected.length > 0) process.stdout.write(`Rejected:\n${rejected.map((line) => `  ${line}`).join('\n')}\n`);
  return counts.REJECTED > 0 ? 1 : 0;
}
