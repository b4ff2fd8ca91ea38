import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Module, type DynamicModule, type INestApplication, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditModule, ProcessingLog, type ExportFormat } from '@regie/audit';
import { loadConfig, type RegieConfig } from '@regie/config';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@regie/event-store';
import { HouseholdModule, householdStream } from '@regie/household';
import { READ_MODEL_DATABASE, TimelineModule } from '@regie/timeline';
import { DOMAIN_MODULES } from '@regie/domains';
import { currentCorrelationId } from '@regie/observability';
import { AppModule } from '../../api/src/app.module';
import { DEMO_HOUSEHOLD_ID } from '../../api/src/demo/demo-household';
import { seedDemo } from '../../api/src/demo/demo-seed';
import { commandFailed, QUIET_NEST_START } from './failure';
import { operatorOf, requireRole } from './operator';

export const SEED_HELP = `Usage: regie seed

Loads the demo household (Familie De Vries, gemeente 0599) through the public mutations. Idempotent: does nothing
when it is there already. Needs the development signing secret (not with AUTH_JWKS_URL).
`;

export const AUDIT_EXPORT_HELP = `Usage: regie audit-export --gemeente <cbs> --from <date> --to <date> --by <user id>
                           [--format csv|excel|json|logboek] [--out <file>]

Exports the verwerkingenlog of one gemeente for a period (from inclusive, to exclusive; ISO dates or times) as
CSV (RFC 4180, header row), CSV for Excel (excel: ';' between cells and a UTF-8 byte order mark, so Excel in a
Dutch locale opens it in columns), JSON Lines, or Logboek Dataverwerkingen lines (JSON Lines, one per action and per data
subject, member and household ids protected with LOGBOEK_SUBJECT_KEY; see docs/verwerkingenlog.md), to --out or
stdout. The export itself is logged (EXPORT): the user is the auditor of --token (or REGIE_TOKEN), or else the
operating-system account (cli:<user>@<host>) on behalf of --by, the auditor who asked for it.

  --token  a bearer token of an auditor of --gemeente, verified like the api's
  --by     without a token: the auditor who asked for the export (recorded as on_behalf_of)
`;

/** Outside production only, when LOGBOEK_SUBJECT_KEY is not set: public, so its hashes protect nothing. */
const DEVELOPMENT_LOGBOEK_SUBJECT_KEY = 'regie-development-logboek-key-never-use-in-production';

const help = (text: string) => {
  process.stdout.write(text);
  return 0;
};

const fail = commandFailed;

/** Store, household, domains, read models and verwerkingenlog, without HTTP or projector: each module migrates. */
@Module({})
class OperationsHostModule {
  static forRoot(config: RegieConfig): DynamicModule {
    const timeline = TimelineModule.forRoot(config, { runProjector: false, graphql: false });
    return {
      module: OperationsHostModule,
      imports: [
        EventStoreModule.forRoot(config),
        HouseholdModule,
        ...DOMAIN_MODULES,
        timeline,
        AuditModule.forRoot({ imports: [timeline], databaseToken: READ_MODEL_DATABASE, graphql: false }),
      ],
    };
  }
}

export async function withOperations<T>(config: RegieConfig, work: (app: INestApplicationContext) => Promise<T>) {
  const app = await NestFactory.createApplicationContext(OperationsHostModule.forRoot(config), QUIET_NEST_START);
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

/** The whole api (with its projector: the seed reads back what it wrote), listening on a free local port. */
async function withApi<T>(config: RegieConfig, work: (app: INestApplication) => Promise<T>) {
  const app = await NestFactory.create(AppModule.forRoot({ ...config, SEED_DEMO: false }), QUIET_NEST_START);
  try {
    await app.init();
    return await work(app);
  } finally {
    await app.close();
  }
}

export async function seedCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (args.includes('--help')) return help(SEED_HELP);
  if (args.length > 0) return fail('seed', new Error(`seed takes no arguments (got ${args.join(' ')})`));
  try {
    const config = loadConfig(env);
    if (!config.AUTH_JWT_SECRET) throw new Error('the demo users need the HS256 signing secret; unset AUTH_JWKS_URL');
    const loaded = await withApi(config, async (app) => {
      const store = app.get<EventStore>(EVENT_STORE);
      if ((await store.readStream(householdStream(DEMO_HOUSEHOLD_ID))).length > 0) return false;
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      await seedDemo(`http://127.0.0.1:${port}/graphql`, {
        secret: config.AUTH_JWT_SECRET,
        issuer: config.AUTH_ISSUER,
        audience: config.AUTH_AUDIENCE,
      });
      return true;
    });
    process.stderr.write(
      loaded ? 'regie: loaded the demo household\n' : 'regie: the demo household is there already\n',
    );
    return 0;
  } catch (error) {
    return fail('seed', error);
  }
}

const GEMEENTE = /^\d{4}$/;
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'excel', 'json', 'logboek'];

export async function auditExportCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (args.includes('--help')) return help(AUDIT_EXPORT_HELP);
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: [...args],
      strict: true,
      options: {
        gemeente: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        by: { type: 'string' },
        token: { type: 'string' },
        format: { type: 'string', default: 'csv' },
        out: { type: 'string' },
      },
    }).values as Record<string, string | undefined>;
  } catch (error) {
    return fail('audit-export', new Error(`${(error as Error).message.split('\n')[0]} (try --help)`));
  }
  const { gemeente, by, format, out } = values;
  const token = values.token ?? env.REGIE_TOKEN;
  const from = new Date(values.from ?? '');
  const to = new Date(values.to ?? '');
  const problem =
    !gemeente || !GEMEENTE.test(gemeente)
      ? '--gemeente must be a 4-digit CBS code'
      : Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())
        ? '--from and --to must be dates, e.g. 2026-01-01'
        : from >= to
          ? '--from must lie before --to'
          : !by && !token
            ? '--token (the auditor running the export) or --by (the auditor who asked for it) is required'
            : by && token
              ? '--by and a token exclude each other: the token names the auditor'
              : !EXPORT_FORMATS.includes(format as ExportFormat)
                ? `--format must be ${EXPORT_FORMATS.join(', ')}`
                : undefined;
  if (problem) return fail('audit-export', new Error(problem));
  try {
    const config = loadConfig(env);
    if (format === 'logboek' && !config.LOGBOEK_SUBJECT_KEY && config.NODE_ENV === 'production') {
      throw new Error('--format logboek needs LOGBOEK_SUBJECT_KEY (32+ characters) to protect subject ids');
    }
    const logboek = { subjectKey: config.LOGBOEK_SUBJECT_KEY ?? DEVELOPMENT_LOGBOEK_SUBJECT_KEY };
    // The user is who runs it: a verified auditor of this gemeente, or the OS account on behalf of --by.
    const operator = await operatorOf(token, config);
    requireRole(operator, 'auditor', 'audit-export');
    if (operator.verified && operator.verified.gemeente !== gemeente) {
      throw new Error(`the token's auditor is of gemeente ${operator.verified.gemeente}, not ${gemeente}`);
    }
    const rows = await withOperations(config, async (app) => {
      const log = app.get(ProcessingLog);
      await log.record({
        userId: operator.userId,
        userName: operator.name ?? null,
        onBehalfOf: operator.verified ? null : by!,
        role: 'auditor',
        gemeente: gemeente!,
        operation: 'EXPORT',
        action: 'audit.export',
        fields: [`format.${format}`],
        basis: `export van de verwerkingenlog ${from.toISOString()} tot ${to.toISOString()}`,
        correlationId: currentCorrelationId() ?? null,
      });
      // CSV and Excel start with a header row: it is not a line of the log.
      let lines = format === 'csv' || format === 'excel' ? -1 : 0;
      async function* counted() {
        const exportFormat = format as ExportFormat;
        for await (const chunk of log.export({ gemeente: gemeente!, from, to }, exportFormat, { logboek })) {
          lines += chunk.split('\n').length - 1;
          yield chunk;
        }
      }
      // pipeline handles back-pressure and errors; stdout stays open afterwards.
      if (out) await pipeline(Readable.from(counted()), createWriteStream(out));
      else {
        try {
          await pipeline(Readable.from(counted()), process.stdout, { end: false });
        } catch (error) {
          // The reader stopped early (`| head`): what it took is what it wanted, not a failure.
          if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
          return { lines: Math.max(lines, 0), stoppedEarly: true };
        }
      }
      return { lines: Math.max(lines, 0), stoppedEarly: false };
    });
    const early = rows.stoppedEarly ? ' (the reader closed the output before the end)' : '';
    process.stderr.write(`regie: exported ${rows.lines} lines${early}\n`);
    return 0;
  } catch (error) {
    return fail('audit-export', error);
  }
}
