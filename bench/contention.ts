/**
 * One busy household: `writers` concurrent clients each send `setPlanGoal` (a new goal, one event) to the SAME
 * household over HTTP against the real api (projector running) on PostgreSQL in a fresh schema, for 1, 8, 32 and 64
 * writers: acknowledged commands/s, the share answered CONFLICT, and latency of the acknowledged ones.
 * Run: node -r @swc-node/register bench/contention.ts [--per-writer 8] [--writers 1,8,32,64].
 * Writes bench/results/contention.json.
 */
import './production-mode';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { signDevelopmentToken } from '@regie/access';
import { loadConfig } from '@regie/config';
import { Client } from 'pg';
import { AppModule } from '../apps/api/src/app.module';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const PER_WRITER = Number(option('per-writer', '8'));
const WRITERS = option('writers', '1,8,32,64').split(',').map(Number);
const log = (line: string) => process.stderr.write(`[contention ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

interface ContentionRun {
  writers: number;
  commands: number;
  acknowledged: number;
  conflicts: number;
  otherErrors: number;
  acksPerSecond: number;
  conflictShare: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  const schema = `bench_hot_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;
  const config = loadConfig({
    EVENT_STORE: 'postgres',
    DATABASE_URL: url,
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    RATE_LIMIT_PER_MINUTE: '100000000',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    await app.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const signing = { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE };
    const beheer = await signDevelopmentToken(
      { sub: 'u-beheer', role: 'functioneel_beheerder', name: 'Bench Beheer', gemeente: '0363' },
      signing,
    );
    const regisseur = await signDevelopmentToken(
      { sub: 'u-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' },
      signing,
    );
    const send = async (token: string, query: string, variables: unknown) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, { householdId?: string }>; errors?: Error[] };
    };
    type Error = { extensions?: { code?: string } };
    const registered = await send(
      beheer,
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Druk',
          members: [{ bsn: '111222333', name: 'Eva Druk', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    const householdId = registered.data!.registerHousehold!.householdId!;
    const assigned = await send(
      beheer,
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`,
      { input: { householdId, regisseurUserId: 'u-anna', regisseurName: 'Anna Bakker', reason: 'bench' } },
    );
    if (assigned.errors) throw new Error(`assignRegisseur: ${JSON.stringify(assigned.errors)}`);
    let goal = 0;
    const setGoal = () =>
      send(regisseur, `mutation($input: SetPlanGoalInput!) { setPlanGoal(input: $input) { position } }`, {
        input: { householdId, title: `Doel ${++goal}`, domains: [], memberIds: [] },
      });

    const run = async (writers: number): Promise<ContentionRun> => {
      const samples: number[] = [];
      let conflicts = 0;
      let otherErrors = 0;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: writers }, async () => {
          for (let i = 0; i < PER_WRITER; i++) {
            const at = process.hrtime.bigint();
            const body = await setGoal();
            const code = body.errors?.[0]?.extensions?.code;
            if (!body.errors) samples.push(Number(process.hrtime.bigint() - at) / 1e6);
            else if (code === 'CONFLICT') conflicts++;
            else {
              otherErrors++;
              if (otherErrors === 1) log(`error: ${JSON.stringify(body.errors)}`);
            }
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      samples.sort((a, b) => a - b);
      const commands = writers * PER_WRITER;
      return {
        writers,
        commands,
        acknowledged: samples.length,
        conflicts,
        otherErrors,
        acksPerSecond: samples.length / seconds,
        conflictShare: conflicts / commands,
        p50: percentile(samples, 0.5),
        p99: percentile(samples, 0.99),
      };
    };

    await run(4); // warm-up
    const runs: ContentionRun[] = [];
    for (const writers of WRITERS) {
      const measured = await run(writers);
      runs.push(measured);
      log(
        `${writers} writers: ${measured.acknowledged}/${measured.commands} acknowledged, ` +
          `${(100 * measured.conflictShare).toFixed(1)} % CONFLICT, ${measured.otherErrors} other errors, ` +
          `${measured.acksPerSecond.toFixed(1)} acks/s, p50 ${measured.p50.toFixed(0)} ms, p99 ${measured.p99.toFixed(0)} ms`,
      );
    }
    const report = { measuredAt: new Date().toISOString(), settings: { perWriter: PER_WRITER }, runs };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'contention.json'), JSON.stringify(report, null, 2) + '\n');
  } finally {
    await app.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench contention: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
