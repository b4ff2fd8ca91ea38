/**
 * Berichten import throughput (issue 17): a directory of generated iJw messages (per client a JW301 with two
 * products, a JW305, a JW323 with two lines and a JW307: 4 messages, 6 events) read by `BerichtenImport` one by one
 * as `regie berichten import <dir>` does, on PostgreSQL and on the embedded store (PGlite) in the same run; against
 * the same care sent as GraphQL mutations over HTTP (recordJeugdToewijzing ×2, recordJeugdZorgStart,
 * recordJeugdZorgStop: 4 events; a 323 line has no mutation). The real api runs with its projector, as in production.
 * Run: node -r @swc-node/register bench/berichten.ts [--messages 10000] (or: npm run bench -- --berichten).
 * Writes bench/results/berichten.json and bench/results/berichten.md.
 */
import './production-mode';
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { signDevelopmentToken } from '@regie/access';
import { BerichtenImport } from '@regie/berichten-import';
import { loadConfig } from '@regie/config';
import { Client } from 'pg';
import { AppModule } from '../apps/api/src/app.module';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RESULTS = join(__dirname, 'results');
const FIXTURES = join(__dirname, '..', 'libs', 'berichten', 'test', 'fixtures');
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const MESSAGES = arg('messages', 10_000);
const MESSAGES_PER_CLIENT = 4;
const CLIENTS = Math.ceil(MESSAGES / MESSAGES_PER_CLIENT);
const GEMEENTE = '0599';
const AGB = '75751234';
const log = (line: string) => process.stderr.write(`[berichten ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** The n-th valid BSN (elfproef) from 100000000 on. */
function bsnOf(n: number): string {
  for (let candidate = 10_000_000 + n * 3; ; candidate++) {
    const digits = String(candidate).padStart(8, '0').split('').map(Number);
    const sum = digits.reduce((total, digit, i) => total + digit * (9 - i), 0);
    const last = sum % 11;
    if (last < 10) return `${digits.join('')}${last}`;
  }
}

const template = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** One client's four messages, made unique by BSN, ToewijzingNummers, identities and references. */
function clientMessages(n: number, bsn: string): Record<string, string> {
  const id = (prefix: string) => `${prefix}${n.toString(36).padStart(6, '0')}`;
  const nummer = (product: number) => String(5_000_000 + n * 2 + product);
  const common = (xml: string) =>
    xml
      .replaceAll('999990019', bsn)
      .replaceAll('4100021', nummer(0))
      .replaceAll('4100022', nummer(1))
      .replace(/<ijw:Identificatie>[^<]+<\/ijw:Identificatie>/, `<ijw:Identificatie>${id('B')}</ijw:Identificatie>`);
  return {
    '1-jw301': common(template('jw301-toewijzing.xml')),
    '2-jw305': common(template('jw305-start-zorg.xml')),
    '3-jw323': common(template('jw323-declaratie.xml'))
      .replace('D202603001', id('D'))
      .replace('JHM-2026-000101', id('R1-'))
      .replace('JHM-2026-000102', id('R2-')),
    '4-jw307': common(template('jw307-stop-zorg.xml')).replace(
      '<jw307:Begindatum>2026-03-19</jw307:Begindatum>',
      '<jw307:Begindatum>2026-03-18</jw307:Begindatum>',
    ),
  };
}

/** Writes the directory: file names sort in the order the messages travel (all 301s, then 305s, 323s, 307s). */
function generate(dir: string, bsns: readonly string[]): number {
  let written = 0;
  bsns.forEach((bsn, n) => {
    for (const [kind, xml] of Object.entries(clientMessages(n, bsn))) {
      if (written >= MESSAGES) return;
      writeFileSync(join(dir, `${kind}-${String(n).padStart(6, '0')}.xml`), xml);
      written += 1;
    }
  });
  return written;
}

interface Api {
  app: INestApplication;
  gql(query: string, variables: Record<string, unknown>, actor?: 'beheerder' | 'jeugd'): Promise<unknown>;
  close(): Promise<void>;
}

async function startApi(store: 'postgres' | 'embedded'): Promise<Api> {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (store === 'postgres') {
    const schema = `bench_ber_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;
    env = { EVENT_STORE: 'postgres', DATABASE_URL: url };
    cleanup = async () => {
      const client = new Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'regie-bench-berichten-'));
    env = { EVENT_STORE: 'embedded', DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const config = loadConfig({ ...env, NODE_ENV: 'test', SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '100000000' });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  await app.listen(0, '127.0.0.1');
  const endpoint = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  const sign = (claims: { sub: string; role: string; name: string; domain?: string }) =>
    signDevelopmentToken(
      { ...claims, gemeente: GEMEENTE },
      { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
    );
  const tokens = {
    beheerder: await sign({ sub: 'u-beheer', role: 'functioneel_beheerder', name: 'Bench Beheer' }),
    jeugd: await sign({ sub: 'u-jeugd', role: 'domeinmedewerker', domain: 'JEUGD', name: 'Bench Jeugd' }),
  };
  return {
    app,
    async gql(query, variables, actor = 'beheerder') {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[actor]}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors.map((error) => error.message).join('; '));
      return body.data;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId memberIds } }`;

/** One household per client, registered through GraphQL (setup, not timed). */
async function registerHouseholds(api: Api, bsns: readonly string[]) {
  const households: { householdId: string; memberId: string }[] = [];
  for (const [n, bsn] of bsns.entries()) {
    if (n > 0 && n % 500 === 0) log(`  ${n} households`);
    const data = (await api.gql(REGISTER, {
      input: {
        gemeente: GEMEENTE,
        name: `Huishouden ${n}`,
        members: [{ bsn, name: `Kind ${n}`, birthDate: '2014-05-12', relation: 'KIND' }],
      },
    })) as { registerHousehold: { householdId: string; memberIds: string[] } };
    households.push({
      householdId: data.registerHousehold.householdId,
      memberId: data.registerHousehold.memberIds[0]!,
    });
  }
  return households;
}

interface Run {
  store: string;
  way: string;
  items: number;
  events: number;
  seconds: number;
  perSecond: number;
  eventsPerSecond: number;
  outcomes?: Record<string, number>;
}

async function importRun(store: 'postgres' | 'embedded', dir: string, bsns: readonly string[]): Promise<Run> {
  const api = await startApi(store);
  try {
    await api.gql(
      `mutation { registerProvider(input: { agbCode: "${AGB}", name: "Jeugdhulp Rijnmond", domains: [JEUGD] }) { eventIds } }`,
      {},
    );
    log(`${store}: registering ${bsns.length} households`);
    await registerHouseholds(api, bsns);
    const importer = api.app.get(BerichtenImport);
    const files = readdirSync(dir).sort();
    const outcomes: Record<string, number> = {};
    let events = 0;
    log(`${store}: importing ${files.length} messages`);
    const started = process.hrtime.bigint();
    for (const [index, name] of files.entries()) {
      if (index > 0 && index % 1000 === 0) {
        log(`  ${index} messages, ${(index / (Number(process.hrtime.bigint() - started) / 1e9)).toFixed(1)}/s`);
      }
      const answer = await importer.importBericht(readFileSync(join(dir, name)), { gemeente: GEMEENTE });
      outcomes[answer.outcome] = (outcomes[answer.outcome] ?? 0) + 1;
      events += answer.events;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`${store}: ${files.length} messages in ${seconds.toFixed(1)} s ${JSON.stringify(outcomes)}`);
    return {
      store,
      way: 'berichten import',
      items: files.length,
      events,
      seconds,
      perSecond: files.length / seconds,
      eventsPerSecond: events / seconds,
      outcomes,
    };
  } finally {
    await api.close();
  }
}

const TOEWIJZING = `mutation($input: RecordJeugdToewijzingInput!) { recordJeugdToewijzing(input: $input) { eventIds } }`;
const START = `mutation($input: RecordJeugdZorgStartInput!) { recordJeugdZorgStart(input: $input) { eventIds } }`;
const STOP = `mutation($input: RecordJeugdZorgStopInput!) { recordJeugdZorgStop(input: $input) { eventIds } }`;

/** The same care as mutations: per client what its 301, 305 and 307 record (the 323 has no mutation). */
async function graphqlRun(store: 'postgres' | 'embedded', bsns: readonly string[]): Promise<Run> {
  const api = await startApi(store);
  try {
    await api.gql(
      `mutation { registerProvider(input: { agbCode: "${AGB}", name: "Jeugdhulp Rijnmond", domains: [JEUGD] }) { eventIds } }`,
      {},
    );
    const clients = Math.ceil((bsns.length * 3) / MESSAGES_PER_CLIENT);
    log(`${store}: registering ${clients} households for the mutations`);
    const households = await registerHouseholds(api, bsns.slice(0, clients));
    let mutations = 0;
    let events = 0;
    const count = (data: unknown) => {
      mutations += 1;
      events += (Object.values(data as Record<string, { eventIds: string[] }>)[0]?.eventIds ?? []).length;
    };
    log(`${store}: sending the mutations of ${clients} clients`);
    const started = process.hrtime.bigint();
    for (const [n, household] of households.entries()) {
      if (n > 0 && n % 250 === 0) {
        log(
          `  ${mutations} mutations, ${(mutations / (Number(process.hrtime.bigint() - started) / 1e9)).toFixed(1)}/s`,
        );
      }
      const base = { householdId: household.householdId, memberId: household.memberId, providerAgb: AGB };
      const nummer = (product: number) => String(5_000_000 + n * 2 + product);
      count(
        await api.gql(
          TOEWIJZING,
          {
            input: {
              ...base,
              toewijzingNummer: nummer(0),
              toewijzingsdatum: '2026-03-09',
              ingangsdatum: '2026-03-16',
              einddatum: '2026-09-15',
              productcategorie: '45',
              productcode: '45A01',
              omvang: { volume: 2, eenheid: '04', frequentie: '2' },
              verwijzer: '01',
            },
          },
          'jeugd',
        ),
      );
      count(
        await api.gql(
          TOEWIJZING,
          {
            input: {
              ...base,
              toewijzingNummer: nummer(1),
              toewijzingsdatum: '2026-03-09',
              ingangsdatum: '2026-03-16',
              einddatum: '2026-12-31',
              productcategorie: '54',
              budget: 150_000,
              verwijzer: '01',
            },
          },
          'jeugd',
        ),
      );
      const key = { householdId: household.householdId, toewijzingNummer: nummer(0) };
      count(await api.gql(START, { input: { ...key, begindatum: '2026-03-18' } }, 'jeugd'));
      count(await api.gql(STOP, { input: { ...key, einddatum: '2026-09-15', redenBeeindiging: '31' } }, 'jeugd'));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`${store}: ${mutations} mutations in ${seconds.toFixed(1)} s`);
    return {
      store,
      way: 'GraphQL mutations',
      items: mutations,
      events,
      seconds,
      perSecond: mutations / seconds,
      eventsPerSecond: events / seconds,
    };
  } finally {
    await api.close();
  }
}

function report(runs: readonly Run[], machine: Record<string, unknown>): string {
  const row = (run: Run) =>
    `| ${run.store} | ${run.way} | ${run.items} | ${run.events} | ${run.seconds.toFixed(1)} | ${run.perSecond.toFixed(1)} | ${run.eventsPerSecond.toFixed(1)} | ${
      run.outcomes
        ? Object.entries(run.outcomes)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')
        : ''
    } |`;
  return [
    '# Berichten import benchmark (issue 17)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node -r @swc-node/register bench/berichten.ts --messages ${MESSAGES}\`;`,
    `machine: ${JSON.stringify(machine)}.`,
    '',
    `A directory of ${MESSAGES} generated iJw messages, per client a JW301 (two products), JW305, JW323 (two lines) and`,
    'JW307, read one by one by `BerichtenImport` (what `regie berichten import <dir>` runs), each message its own',
    'transaction with its verwerkingenlog line; against the same care sent as GraphQL mutations over HTTP, one at a',
    'time (a 323 line has no mutation, so that side has 4 mutations and 4 events per client where the import has 4',
    'messages and 6 events). The real api runs with its projector in both. Household registration is setup, not timed.',
    '',
    '| store | way in | messages / mutations | events | seconds | per second | events per second | outcomes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...runs.map(row),
    '',
  ].join('\n');
}

async function main() {
  const bsns = Array.from({ length: CLIENTS }, (_, n) => bsnOf(n));
  const dir = mkdtempSync(join(tmpdir(), 'regie-berichten-dir-'));
  try {
    log(`generating ${MESSAGES} messages for ${CLIENTS} clients`);
    generate(dir, bsns);
    const runs: Run[] = [];
    for (const store of ['postgres', 'embedded'] as const) {
      runs.push(await importRun(store, dir, bsns));
      runs.push(await graphqlRun(store, bsns));
    }
    const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'berichten.json'), JSON.stringify({ messages: MESSAGES, machine, runs }, null, 2));
    writeFileSync(join(RESULTS, 'berichten.md'), report(runs, machine));
    log('wrote bench/results/berichten.{json,md}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
