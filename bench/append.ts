/**
 * Append throughput of the SQL event store on PostgreSQL and embedded PGlite: one writer, and 16 concurrent
 * writers on different streams. Each append is one household-sized command result (2 events).
 * Run: npm run bench:append [-- --events 4000 --runs 3 --stores postgres,embedded]. Writes bench/results/append.json.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import { Client } from 'pg';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const EVENTS = arg('events', 4000);
const RUNS = arg('runs', 3);
const EVENTS_PER_APPEND = 2;
const storesIndex = process.argv.indexOf('--stores');
const STORES = storesIndex >= 0 ? process.argv[storesIndex + 1]!.split(',') : ['postgres', 'embedded'];
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const payload = () => ({
  toewijzingNummer: randomUUID().slice(0, 8),
  productcategorie: '45',
  ingangsdatum: '2026-01-05',
  aanbieder: '12345678',
});

async function appendRate(store: SqlEventStore, writers: number): Promise<number> {
  const appendsPerWriter = Math.ceil(EVENTS / EVENTS_PER_APPEND / writers);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const stream = `household-${randomUUID()}`;
      let expected: bigint | 'no_stream' = 'no_stream';
      for (let i = 0; i < appendsPerWriter; i++) {
        const events = Array.from({ length: EVENTS_PER_APPEND }, () => ({
          id: randomUUID(),
          type: 'jeugd.ToewijzingVastgelegd',
          data: payload(),
          metadata: { actor: { userId: 'bench' } },
        }));
        expected = (await store.append(stream, events, expected)).nextRevision;
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (appendsPerWriter * writers * EVENTS_PER_APPEND) / seconds;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(name: string, open: () => Promise<{ db: SqlDatabase; cleanup: () => Promise<void> }>) {
  const result: Record<string, { median: number; min: number; max: number; runs: number[] }> = {};
  for (const writers of [1, 16]) {
    const runs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const { db, cleanup } = await open();
      const store = await SqlEventStore.create(db);
      await appendRate(store, writers); // warm-up
      runs.push(await appendRate(store, writers));
      await store.close();
      await cleanup();
    }
    result[`writers_${writers}`] = { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
    console.log(
      `${name} ${writers} writer(s): median ${median(runs).toFixed(0)} events/s (runs ${runs.map((r) => r.toFixed(0)).join(', ')})`,
    );
  }
  return result;
}

async function main() {
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  const version = (await admin.query('show server_version')).rows[0].server_version as string;
  const postgres = !STORES.includes('postgres')
    ? undefined
    : await measure('postgres', async () => {
        const schema = `bench_${randomUUID().slice(0, 8)}`;
        await admin.query(`create schema ${schema}`);
        return {
          db: new PostgresDatabase(DATABASE_URL, { options: `-c search_path=${schema}` }),
          cleanup: async () => void (await admin.query(`drop schema ${schema} cascade`)),
        };
      });
  const embedded = !STORES.includes('embedded')
    ? undefined
    : await measure('embedded', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'regie-bench-'));
        return {
          db: await EmbeddedDatabase.open(dir),
          cleanup: async () => rmSync(dir, { recursive: true, force: true }),
        };
      });
  await admin.end();
  const report = {
    measuredAt: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
    },
    settings: { eventsPerRun: EVENTS, eventsPerAppend: EVENTS_PER_APPEND, runs: RUNS },
    eventsPerSecond: { postgres, embedded },
  };
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'append.json'), JSON.stringify(report, null, 2) + '\n');
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
