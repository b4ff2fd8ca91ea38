/**
 * Commands end to end: `registerHousehold` GraphQL mutations over HTTP against the real api (with its projector
 * running, as in production) on PostgreSQL in a fresh schema, at concurrency 1 and 32: commands/s and latency. The
 * load comes from a worker thread (since 2026-12-06 22:40 UTC; before, from the api's own event loop), over
 * `node:http` keep-alive connections (bench/http-load.ts; before 2026-12-07, `fetch`).
 * Run: [DATABASE_POOL_SIZE=n] node -r @swc-node/register bench/commands.ts [--commands 1000] [--warmup 200] [--reps 3]. Writes bench/results/commands.json
 * (bench/suite.ts quotes it in suite.md when present).
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
import { HttpLoad } from './http-load';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
// 1,000 per repetition after 200 of warm-up (300 after 50 until 2026-12-07): a short run measured the api while its
// JIT was still warming up (c=32: 287–325/s over 300 against 539–621/s over 1,000, one after the other, same code).
const COMMANDS = arg('commands', 1000);
const WARMUP = arg('warmup', 200);
const REPS = arg('reps', 3);
const CONCURRENCY = [1, 32] as const;
const log = (line: string) => process.stderr.write(`[commands ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

export interface CommandRun {
  commandsPerSecond: number;
  p50: number;
  p99: number;
  /** How long the load's own thread was busy per command, in ms (it shares the machine's cores with the api). */
  clientBusyMsPerCommand?: number;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  const schema = `bench_cmd_${randomUUID().slice(0, 8)}`;
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
    ...(process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE } : {}),
  });
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  const load = new HttpLoad();
  try {
    await app.listen(0, '127.0.0.1');
    const endpoint = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const token = await signDevelopmentToken(
      { sub: 'u-beheer', role: 'functioneel_beheerder', name: 'Bench Beheer', gemeente: '0363' },
      { secret: config.AUTH_JWT_SECRET, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE },
    );
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    let counter = 0;
    // The load comes from a thread of its own, as clients do from elsewhere: in the api's event loop its HTTP work
    // would be charged to the server.
    const run = async (concurrency: number, commands: number): Promise<CommandRun> => {
      const first = counter + 1;
      counter += commands;
      const { samples, seconds, clientBusyMs } = await load.run({
        endpoint,
        headers,
        concurrency,
        requests: commands,
        send: { kind: 'registrations', first },
      });
      samples.sort((a, b) => a - b);
      return {
        commandsPerSecond: commands / seconds,
        p50: percentile(samples, 0.5),
        p99: percentile(samples, 0.99),
        clientBusyMsPerCommand: clientBusyMs / commands,
      };
    };
    const result: Record<string, CommandRun[]> = {};
    for (const concurrency of CONCURRENCY) {
      await run(concurrency, Math.min(WARMUP, COMMANDS)); // warm-up
      result[`concurrency${concurrency}`] = [];
      for (let rep = 0; rep < REPS; rep++) {
        const measured = await run(concurrency, COMMANDS);
        result[`concurrency${concurrency}`]!.push(measured);
        log(
          `concurrency ${concurrency} rep ${rep + 1}: ${measured.commandsPerSecond.toFixed(0)} commands/s, ` +
            `p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, ` +
            `client busy ${measured.clientBusyMsPerCommand!.toFixed(2)} ms per command`,
        );
      }
    }
    const eventsPerCommand = Number(
      (await admin.query<{ n: string }>(`select count(*)::text as n from ${schema}.events`)).rows[0]!.n,
    );
    const report = {
      measuredAt: new Date().toISOString(),
      settings: { commandsPerRep: COMMANDS, warmup: WARMUP, reps: REPS },
      eventsPerCommand: eventsPerCommand / counter,
      runs: result,
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'commands.json'), JSON.stringify(report, null, 2) + '\n');
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await load.close();
    await app.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench commands: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
