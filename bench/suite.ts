/**
 * The benchmark suite (issue 6): every figure side by side with its reference, measured in one run.
 *  1. Append: events/s through SqlEventStore vs a raw `pg` INSERT of the same rows into an equivalent plain table,
 *     1 writer and 16 concurrent writers on different streams (each append: 2 events, one household command).
 *  2. Peer: the same workload through Emmett's PostgreSQL event store (@event-driven-io/emmett-postgresql).
 *  3. Projection: TimelineProjector.rebuild vs a plain readAll of the same events in pages of 1000; peak RSS;
 *     bytes/event of the event tables and the read model.
 *  4. Timeline page: quoted from bench/results/timeline.json (bench/run.ts measures it; not re-run here).
 *  5. Embedded vs server: scenario 1 on PGlite, and the timeline page (scenario 4) at one store size on PGlite and
 *     PostgreSQL in the same run (--timeline-events, default 100k; 10k with --quick).
 * Run: node --expose-gc -r @swc-node/register bench/suite.ts [--quick] [--reps 3] [--events 4000]
 *      [--projection-events 100k]   (or: npm run bench -- --suite [--quick]); --report-only rewrites suite.md.
 * Writes bench/results/suite.json and bench/results/suite.md. Fresh schemas on DATABASE_URL, dropped afterwards.
 */
import './production-mode';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { EmbeddedDatabase, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import { Client, Pool } from 'pg';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import type { CommandRun } from './commands';
import {
  catchUp,
  generateStore,
  parseCount,
  readAllRate,
  runEmbeddedTimelineBench,
  runTimelineBench,
  type TimelineBenchResult,
} from './timeline';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RESULTS = join(__dirname, 'results');
const QUICK = process.argv.includes('--quick');
const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const REPS = Number(arg('reps') ?? 3);
const EVENTS = Number(arg('events') ?? (QUICK ? 2000 : 4000));
const PROJECTION_EVENTS = parseCount(arg('projection-events') ?? (QUICK ? '100k' : '250k'));
const TIMELINE_EVENTS = parseCount(arg('timeline-events') ?? (QUICK ? '10k' : '100k'));
const EVENTS_PER_APPEND = 2;
const WRITERS = [1, 16] as const;

const log = (line: string) => process.stderr.write(`[suite ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}
const spread = (runs: number[]): Spread => {
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs };
};

// ---------------------------------------------------------------------------------------------------------------
// Append workloads: the same rows, four ways
// ---------------------------------------------------------------------------------------------------------------

interface BenchEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}
const makeEvents = (): BenchEvent[] =>
  Array.from({ length: EVENTS_PER_APPEND }, () => ({
    id: randomUUID(),
    type: 'jeugd.ToewijzingVastgelegd',
    data: {
      toewijzingNummer: randomUUID().slice(0, 8),
      productcategorie: '45',
      ingangsdatum: '2026-01-05',
      aanbieder: '12345678',
    },
    metadata: { actor: { userId: 'bench' } },
  }));

/** One writer appends to its own stream, command after command; `append` returns the next expected revision. */
type Writer = () => Promise<(events: BenchEvent[]) => Promise<void>>;

async function rate(writers: number, writer: Writer): Promise<number> {
  const appendsPerWriter = Math.ceil(EVENTS / EVENTS_PER_APPEND / writers);
  const appenders = await Promise.all(Array.from({ length: writers }, () => writer()));
  const started = process.hrtime.bigint();
  await Promise.all(
    appenders.map(async (append) => {
      for (let i = 0; i < appendsPerWriter; i++) await append(makeEvents());
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (appendsPerWriter * writers * EVENTS_PER_APPEND) / seconds;
}

interface Target {
  open(): Promise<{ writer: Writer; close: () => Promise<void> }>;
}

async function withSchema<T>(admin: Client, prefix: string, work: (schema: string) => Promise<T>): Promise<T> {
  const schema = `${prefix}_${randomUUID().slice(0, 8)}`;
  await admin.query(`create schema ${schema}`);
  try {
    return await work(schema);
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
  }
}

const urlWithSchema = (schema: string) =>
  `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`;

function regieTarget(open: () => Promise<SqlDatabase>): Target {
  return {
    async open() {
      const store = await SqlEventStore.create(await open());
      const writer: Writer = async () => {
        const stream = `household-${randomUUID()}`;
        let expected: bigint | 'no_stream' = 'no_stream';
        return async (events) => {
          expected = (await store.append(stream, events, expected)).nextRevision;
        };
      };
      return { writer, close: () => store.close() };
    },
  };
}

/** The machine's limit: one multi-row INSERT per command, autocommit, into a table with the same columns and keys. */
function rawTarget(schema: string): Target {
  return {
    async open() {
      const pool = new Pool({ connectionString: DATABASE_URL, max: 20, options: `-c search_path=${schema}` });
      await pool.query(`create table if not exists raw_events (
        global_position bigint generated always as identity primary key,
        stream_id text not null, stream_revision bigint not null, event_id uuid not null, event_type text not null,
        data jsonb not null, metadata jsonb not null, recorded_at timestamptz not null default now(),
        unique (event_id), unique (stream_id, stream_revision))`);
      const writer: Writer = async () => {
        const stream = `household-${randomUUID()}`;
        let revision = 0;
        return async (events) => {
          const params: unknown[] = [];
          const values = events.map((event) => {
            params.push(stream, revision++, event.id, event.type, JSON.stringify(event.data), event.metadata);
            const n = params.length;
            return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
          });
          await pool.query(
            `insert into raw_events (stream_id, stream_revision, event_id, event_type, data, metadata) values ${values.join(', ')}`,
            params,
          );
        };
      };
      return { writer, close: () => pool.end() };
    },
  };
}

/**
 * Attribution: SqlEventStore's statements (one transaction: xact id, duplicate check, stream revision, insert), issued
 * by hand on a plain pool, with and without its `pg_notify`. Regie minus this = the adapter's own overhead.
 */
function rawTransactionTarget(schema: string, notify: boolean): Target {
  return {
    async open() {
      const pool = new Pool({ connectionString: DATABASE_URL, max: 20, options: `-c search_path=${schema}` });
      await pool.query(`create table if not exists tx_streams (stream_id text primary key, revision bigint not null);
        create table if not exists tx_events (
        global_position bigint generated always as identity primary key,
        stream_id text not null, stream_revision bigint not null, event_id uuid not null, event_type text not null,
        data jsonb not null, metadata jsonb not null, transaction_id xid8 not null default pg_current_xact_id(),
        recorded_at timestamptz not null default now(), unique (event_id), unique (stream_id, stream_revision))`);
      const writer: Writer = async () => {
        const stream = `household-${randomUUID()}`;
        let expected = -1;
        return async (events) => {
          const client = await pool.connect();
          try {
            await client.query('begin');
            await client.query('select pg_current_xact_id()');
            await client.query('select event_id from tx_events where event_id = any($1::uuid[])', [
              events.map((e) => e.id),
            ]);
            const sql =
              expected < 0
                ? `insert into tx_streams (stream_id, revision) values ($1, $2::bigint - 1)
                   on conflict (stream_id) do nothing returning revision`
                : `update tx_streams set revision = revision + $2::bigint
                   where stream_id = $1 and revision = $3::bigint returning revision`;
            const params = expected < 0 ? [stream, events.length] : [stream, events.length, expected];
            await client.query(sql, params);
            await client.query(
              `insert into tx_events (stream_id, stream_revision, event_id, event_type, data, metadata)
               select $1, $2::bigint + e.ordinality - 1, e.id, e.type, e.data, e.metadata
               from unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) with ordinality as e(id, type, data, metadata, ordinality)
               returning global_position`,
              [
                stream,
                expected + 1,
                events.map((e) => e.id),
                events.map((e) => e.type),
                events.map((e) => JSON.stringify(e.data)),
                events.map((e) => JSON.stringify(e.metadata)),
              ],
            );
            if (notify) await client.query("select pg_notify('bench_suite_appended', '')");
            await client.query('commit');
            expected += events.length;
          } catch (error) {
            await client.query('rollback').catch(() => undefined);
            throw error;
          } finally {
            client.release();
          }
        };
      };
      return { writer, close: () => pool.end() };
    },
  };
}

function emmettTarget(schema: string): Target {
  return {
    async open() {
      const store = getPostgreSQLEventStore(urlWithSchema(schema));
      await store.schema.migrate();
      const writer: Writer = async () => {
        const stream = `household-${randomUUID()}`;
        let expected: bigint | 'no_stream' = 'no_stream';
        return async (events) => {
          const result = await store.appendToStream(
            stream,
            events.map((event) => ({
              type: event.type,
              data: event.data,
              metadata: { ...event.metadata, id: event.id },
            })),
            { expectedStreamVersion: expected === 'no_stream' ? 'STREAM_DOES_NOT_EXIST' : expected },
          );
          expected = result.nextExpectedStreamVersion;
        };
      };
      return { writer, close: () => store.close() };
    },
  };
}

/** Per writer count: `REPS` repetitions, each on a fresh store with one warm-up pass. */
async function measureAppend(
  name: string,
  fresh: <T>(work: (target: Target) => Promise<T>) => Promise<T>,
): Promise<Record<string, Spread>> {
  const result: Record<string, Spread> = {};
  for (const writers of WRITERS) {
    const runs: number[] = [];
    for (let rep = 0; rep < REPS; rep++) {
      runs.push(
        await fresh(async (target) => {
          const { writer, close } = await target.open();
          try {
            await rate(writers, writer); // warm-up
            return await rate(writers, writer);
          } finally {
            await close();
          }
        }),
      );
    }
    result[`writers${writers}`] = spread(runs);
    log(`${name} ${writers} writer(s): ${runs.map((r) => r.toFixed(0)).join(', ')} ev/s`);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Projection: rebuild vs plain read, bytes per event
// ---------------------------------------------------------------------------------------------------------------

interface ProjectionResult {
  events: number;
  households: number;
  rebuild: Spread;
  readAll: Spread;
  peakRssMiB: number;
  rssBeforeMiB: number;
  statementsPerEvent: number;
  sizes: { table: string; bytes: number; rows: number }[];
  eventBytesPerEvent: number;
  readModelBytesPerEvent: number;
}

async function measureProjection(admin: Client): Promise<ProjectionResult> {
  return withSchema(admin, 'bench_suite_proj', async (schema) => {
    const db = new PostgresDatabase(DATABASE_URL, {
      options: `-c search_path=${schema}`,
      application_name: 'regie-bench',
    });
    try {
      await SqlEventStore.create(db);
      const writer = new Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
      await writer.connect();
      let households: number;
      try {
        await writer.query('set synchronous_commit = off');
        log(`projection: generating ${PROJECTION_EVENTS} events`);
        households = (await generateStore(writer, PROJECTION_EVENTS)).households;
        await writer.query('analyze events');
      } finally {
        await writer.end();
      }
      const store = await SqlEventStore.create(db);
      const readRuns: number[] = [];
      const rebuilds: TimelineBenchResult['catchUp'][] = [];
      for (let rep = 0; rep < REPS; rep++) {
        readRuns.push(await readAllRate(store));
        rebuilds.push(await catchUp(db)); // builds the read model anew next to the live one and switches
        log(
          `projection rep ${rep + 1}: readAll ${readRuns[rep]!.toFixed(0)} ev/s, rebuild ${rebuilds[rep]!.eventsPerSecond.toFixed(0)} ev/s`,
        );
      }
      await db.query('vacuum analyze');
      const { rows } = await db.query<{ table: string; bytes: string; rows: string }>(
        `select c.relname as table, pg_total_relation_size(c.oid)::text as bytes, c.reltuples::bigint::text as rows
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = $1 and c.relkind = 'r' order by pg_total_relation_size(c.oid) desc`,
        [schema],
      );
      const sizes = rows.map((row) => ({ table: row.table, bytes: Number(row.bytes), rows: Number(row.rows) }));
      const eventTables = new Set(['events', 'streams']);
      const sum = (keep: (table: string) => boolean) =>
        sizes.filter((s) => keep(s.table)).reduce((total, s) => total + s.bytes, 0);
      return {
        events: PROJECTION_EVENTS,
        households,
        rebuild: spread(rebuilds.map((r) => r.eventsPerSecond)),
        readAll: spread(readRuns),
        peakRssMiB: Math.max(...rebuilds.map((r) => r.peakRssMiB)),
        rssBeforeMiB: Math.min(...rebuilds.map((r) => r.rssBeforeMiB)),
        statementsPerEvent: rebuilds[0]!.statementsPerEvent,
        sizes,
        eventBytesPerEvent: sum((t) => eventTables.has(t)) / PROJECTION_EVENTS,
        readModelBytesPerEvent: sum((t) => !eventTables.has(t) && !t.startsWith('schema_')) / PROJECTION_EVENTS,
      };
    } finally {
      await db.close().catch(() => undefined);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------------

interface TimelineQuote {
  measuredAt: string;
  sizes: { events: number; page: string; httpP50: number; sqlP50: number; httpP99: number; ratio: number }[];
}

/**
 * Section 4: bench/results/timeline.json (npm run bench).
 */
function quoteTimeline(): TimelineQuote | undefined {
  const file = join(RESULTS, 'timeline.json');
  if (!existsSync(file)) return undefined;
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { measuredAt: string; sizes: TimelineBenchResult[] };
  return {
    measuredAt: saved.measuredAt,
    sizes: saved.sizes.flatMap((size) =>
      (['heavyFirst', 'lightFirst'] as const).map((page) => ({
        events: size.events,
        page,
        httpP50: size.latency.http[page].p50,
        httpP99: size.latency.http[page].p99,
        sqlP50: size.latency.sql[page].p50,
        ratio: size.latency.http[page].p50 / size.latency.sql[page].p50,
      })),
    ),
  };
}

const n0 = (value: number) => Math.round(value).toLocaleString('en-US');
const fmt = (s: Spread) => `${n0(s.median)} (${n0(s.min)}–${n0(s.max)})`;
const ratio = (a: Spread, b: Spread) => a.median / b.median;
/** The ratio's range over the repetitions: worst a over best b to best a over worst b. */
const ratioRange = (a: Spread, b: Spread) => `${(a.min / b.max).toFixed(2)}–${(a.max / b.min).toFixed(2)}`;
const verdict = (value: number, target: number, atLeast = true) =>
  (atLeast ? value >= target : value <= target) ? 'met' : 'missed';

type Report = Awaited<ReturnType<typeof measureAll>>;

/** Scenario 6 for the read side: the same generated store on PostgreSQL and on PGlite, measured in this run. */
function embeddedTimelineSection(r: Report): string[] {
  const side = r.timelineSideBySide;
  if (!side) return [];
  const { postgres: pg, pglite } = side;
  const pages = ['heavyFirst', 'heavyDeep', 'lightFirst', 'lightDeep'] as const;
  return [
    `## 6. Timeline page and rebuild, PGlite vs PostgreSQL (${n0(side.events)} events, measured in this run)`,
    '',
    'Each database gets its own generated store of the same size; PGlite as `EVENT_STORE=embedded` runs it (a data',
    "directory, the api in the same process). HTTP = the whole request as the HEAVY household's regisseur; SQL = the",
    'page query alone. Median of the repetitions.',
    '',
    '| Page | PostgreSQL HTTP p50 (ms) | PGlite HTTP p50 (ms) | PostgreSQL SQL p50 (ms) | PGlite SQL p50 (ms) | PGlite/PostgreSQL HTTP |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...pages.map(
      (page) =>
        `| ${page} | ${pg.latency.http[page].p50.toFixed(2)} | ${pglite.latency.http[page].p50.toFixed(2)} | ` +
        `${pg.latency.sql[page].p50.toFixed(2)} | ${pglite.latency.sql[page].p50.toFixed(2)} | ` +
        `${(pglite.latency.http[page].p50 / pg.latency.http[page].p50).toFixed(2)} |`,
    ),
    `| HTTP floor (\`{ __typename }\`) | ${pg.latency.httpFloor?.p50.toFixed(2) ?? '-'} | ${pglite.latency.httpFloor?.p50.toFixed(2) ?? '-'} | | | |`,
    '',
    '| | PostgreSQL | PGlite |',
    '| --- | ---: | ---: |',
    `| Generate (ev/s) | ${n0(pg.generate.eventsPerSecond)} | ${n0(pglite.generate.eventsPerSecond)} |`,
    `| readAll (ev/s) | ${n0(pg.catchUp.readAllEventsPerSecond ?? 0)} | ${n0(pglite.catchUp.readAllEventsPerSecond ?? 0)} |`,
    `| Rebuild (ev/s) | ${n0(pg.catchUp.eventsPerSecond)} | ${n0(pglite.catchUp.eventsPerSecond)} |`,
    `| Rebuild peak RSS (MiB; PGlite's database lives in the process) | ${pg.catchUp.peakRssMiB} | ${pglite.catchUp.peakRssMiB} |`,
    '',
  ];
}

/** Optional: quoted from bench/results/commands.json (bench/commands.ts), if present. */
function commandsSection(r: Report): string[] {
  const file = join(RESULTS, 'commands.json');
  if (!existsSync(file)) return [];
  const saved = JSON.parse(readFileSync(file, 'utf8')) as {
    measuredAt: string;
    settings: { commandsPerRep: number; reps: number };
    eventsPerCommand: number;
    runs: Record<string, CommandRun[]>;
  };
  const append = r.append.regie;
  return [
    '## Command end to end (quoted from bench/results/commands.json)',
    '',
    `Measured ${saved.measuredAt} by bench/commands.ts: \`registerHousehold\` over HTTP (bearer token, api with its ` +
      `projector running), ${saved.settings.commandsPerRep} commands per repetition, ${saved.settings.reps} repetitions; ` +
      `${saved.eventsPerCommand.toFixed(1)} events per command.`,
    '',
    '| Concurrency | Commands/s | p50 (ms) | p99 (ms) | Events/s vs SqlEventStore append (same writer count class) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(saved.runs).map(([key, runs]) => {
      const rate = spread(runs.map((x) => x.commandsPerSecond));
      const p50 = spread(runs.map((x) => x.p50));
      const p99 = spread(runs.map((x) => x.p99));
      const base = key === 'concurrency1' ? append['writers1']! : append['writers16']!;
      return (
        `| ${key.replace('concurrency', '')} | ${fmt(rate)} | ${p50.median.toFixed(1)} (${p50.min.toFixed(1)}–${p50.max.toFixed(1)}) | ` +
        `${p99.median.toFixed(1)} (${p99.min.toFixed(1)}–${p99.max.toFixed(1)}) | ` +
        `${((rate.median * saved.eventsPerCommand) / base.median).toFixed(2)} |`
      );
    }),
    '',
  ];
}

function markdown(r: Report): string {
  const m = r.machine;
  const lines = [
    '# Benchmark suite',
    '',
    `Measured ${r.measuredAt}${r.quick ? ' (--quick)' : ''} on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ` +
      `PostgreSQL ${m.postgres}. Load average (1 min) ${m.loadBefore.toFixed(2)} before, ${m.loadAfter.toFixed(2)} after` +
      (Math.max(m.loadBefore, m.loadAfter) > m.cores * 0.5
        ? ': above half the cores (the benchmark itself, or other work on the machine), so figures are noisy; compare ' +
          'ratios, not absolutes.'
        : '.'),
    `Every figure: median (min–max) over ${r.settings.reps} repetitions. Append: ${r.settings.eventsPerRun} events per ` +
      `repetition after a warm-up pass of the same size, ${r.settings.eventsPerAppend} events per append, each writer on its own stream.`,
    '',
    '## 1, 2, 5. Append (events/s)',
    '',
    '| Writers | Raw pg INSERT | Regie SqlEventStore (PostgreSQL) | Emmett PostgreSQL | Regie on PGlite | Regie/raw (target ≥ 0.8) | Regie/Emmett (target ≥ 1.2) | PGlite/PostgreSQL |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...WRITERS.map((w) => {
      const key = `writers${w}`;
      const [raw, regie, pglite] = [r.append.raw[key]!, r.append.regie[key]!, r.append.embedded[key]!];
      const emmett = r.append.emmett?.[key];
      const storeRaw = ratio(regie, raw);
      const peer = emmett ? ratio(regie, emmett) : undefined;
      return (
        `| ${w} | ${fmt(raw)} | ${fmt(regie)} | ${emmett ? fmt(emmett) : 'n/a'} | ${fmt(pglite)} | ` +
        `${storeRaw.toFixed(2)} (${ratioRange(regie, raw)}) ${verdict(storeRaw, 0.8)} | ` +
        `${peer === undefined ? 'n/a' : `${peer.toFixed(2)} (${ratioRange(regie, emmett!)}) ${verdict(peer, 1.2)}`} | ` +
        `${ratio(pglite, regie).toFixed(2)} |`
      );
    }),
    '',
    r.append.emmettError ? `Emmett could not run: ${r.append.emmettError}\n` : '',
    'Where the gap to raw went: the statements SqlEventStore sent per append before 2026-11-23 (begin,',
    '`pg_current_xact_id()`, duplicate check, stream revision, insert, commit), issued by hand on a plain pool, without',
    'and with a `pg_notify` inside the transaction. SqlEventStore now sends one statement (revision and insert in one',
    'CTE; the duplicate check only after a failure) and notifies other processes after the commit, coalesced:',
    '',
    '| Writers | Raw (1 statement) | Same statements, no notify | Same statements + notify | Regie SqlEventStore |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...WRITERS.map((w) => {
      const key = `writers${w}`;
      return (
        `| ${w} | ${fmt(r.append.raw[key]!)} | ${fmt(r.append.sameStatements[key]!)} | ` +
        `${fmt(r.append.sameStatementsNotify[key]!)} | ${fmt(r.append.regie[key]!)} |`
      );
    }),
    '',
    '## 3. Projection',
    '',
    `Store of ${n0(r.projection.events)} generated events (${n0(r.projection.households)} households; bench/timeline.ts generator).`,
    '',
    '| readAll, pages of 1000 (ev/s) | TimelineProjector.rebuild (ev/s) | Rebuild/read (target ≥ 0.6) | Statements/event | Peak RSS (MiB) |',
    '| ---: | ---: | ---: | ---: | ---: |',
    `| ${fmt(r.projection.readAll)} | ${fmt(r.projection.rebuild)} | ` +
      `${ratio(r.projection.rebuild, r.projection.readAll).toFixed(3)} ${verdict(ratio(r.projection.rebuild, r.projection.readAll), 0.6)} | ` +
      `${r.projection.statementsPerEvent.toFixed(2)} | ${r.projection.peakRssMiB} (before ${r.projection.rssBeforeMiB}) |`,
    '',
    `Storage (pg_total_relation_size, after VACUUM ANALYZE): event tables ${n0(r.projection.eventBytesPerEvent)} bytes/event, ` +
      `read model ${n0(r.projection.readModelBytesPerEvent)} bytes/event.`,
    '',
    '| Table | Size (MiB) | Rows |',
    '| --- | ---: | ---: |',
    ...r.projection.sizes
      .filter((s) => s.bytes > 65536)
      .map((s) => `| ${s.table} | ${(s.bytes / 2 ** 20).toFixed(1)} | ${n0(s.rows)} |`),
    '',
    '## 4. Timeline page (quoted from bench/results/timeline.json)',
    '',
    ...(r.timeline
      ? [
          `Measured ${r.timeline.measuredAt}. SQL = the read-model page query alone; HTTP = the whole request ` +
            '(a client thread, Express, JWT, GraphQL, access check, the verwerkingenlog insert where the api writes one per read).',
          '',
          '| Store | Page | HTTP p50 (ms) | HTTP p99 (ms) | SQL p50 (ms) | HTTP/SQL p50 (target ≤ 3) |',
          '| ---: | --- | ---: | ---: | ---: | ---: |',
          ...r.timeline.sizes.map(
            (s) =>
              `| ${n0(s.events)} | ${s.page} | ${s.httpP50.toFixed(2)} | ${s.httpP99.toFixed(1)} | ${s.sqlP50.toFixed(2)} | ` +
              `${s.ratio.toFixed(1)} ${verdict(s.ratio, 2, false)} |`,
          ),
        ]
      : ['No bench/results/timeline.json: run `npm run bench` first.']),
    '',
    ...embeddedTimelineSection(r),
    ...commandsSection(r),
  ];
  return lines.join('\n');
}

async function measureAll(admin: Client) {
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  const loadBefore = loadavg()[0]!;
  const onPostgres =
    (prefix: string, target: (schema: string) => Target) =>
    <T>(work: (t: Target) => Promise<T>) =>
      withSchema(admin, prefix, (schema) => work(target(schema)));

  const raw = await measureAppend('raw', onPostgres('bench_suite_raw', rawTarget));
  const regie = await measureAppend(
    'regie',
    onPostgres('bench_suite_regie', (schema) =>
      regieTarget(async () => new PostgresDatabase(DATABASE_URL, { options: `-c search_path=${schema}` })),
    ),
  );
  const sameStatements = await measureAppend(
    'same statements, no notify',
    onPostgres('bench_suite_tx', (schema) => rawTransactionTarget(schema, false)),
  );
  const sameStatementsNotify = await measureAppend(
    'same statements + notify',
    onPostgres('bench_suite_txn', (schema) => rawTransactionTarget(schema, true)),
  );
  let emmett: Record<string, Spread> | undefined;
  let emmettError: string | undefined;
  try {
    emmett = await measureAppend('emmett', onPostgres('bench_suite_emmett', emmettTarget));
  } catch (error) {
    emmettError = error instanceof Error ? error.message : String(error);
    log(`emmett failed: ${emmettError}`);
  }
  const embedded = await measureAppend('pglite', async (work) => {
    const dir = mkdtempSync(join(tmpdir(), 'regie-bench-suite-'));
    try {
      return await work(regieTarget(() => EmbeddedDatabase.open(dir)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const projection = await measureProjection(admin);
  const latencyOptions = { reps: REPS, requests: QUICK ? 100 : 200, warmup: 200 };
  log(`timeline page at ${TIMELINE_EVENTS} events: PostgreSQL`);
  const onPostgresTimeline = await runTimelineBench(TIMELINE_EVENTS, latencyOptions);
  log(`timeline page at ${TIMELINE_EVENTS} events: PGlite`);
  const onPglite = await runEmbeddedTimelineBench(TIMELINE_EVENTS, latencyOptions);
  const timelineSideBySide = { events: TIMELINE_EVENTS, postgres: onPostgresTimeline, pglite: onPglite };
  return {
    measuredAt: new Date().toISOString(),
    quick: QUICK,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
      loadBefore,
      loadAfter: loadavg()[0]!,
    },
    settings: {
      reps: REPS,
      eventsPerRun: EVENTS,
      eventsPerAppend: EVENTS_PER_APPEND,
      projectionEvents: PROJECTION_EVENTS,
    },
    append: { raw, sameStatements, sameStatementsNotify, regie, emmett, emmettError, embedded },
    projection,
    timelineSideBySide,
    timeline: quoteTimeline(),
  };
}

async function main() {
  if (process.argv.includes('--report-only')) {
    // Rewrites suite.md from suite.json (and the quoted timeline/commands files as they are now), without measuring.
    const saved = JSON.parse(readFileSync(join(RESULTS, 'suite.json'), 'utf8'), (key, value: unknown) =>
      key === 'timeline' ? undefined : value,
    ) as Report;
    const report = { ...saved, timeline: quoteTimeline() };
    writeFileSync(join(RESULTS, 'suite.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(RESULTS, 'suite.md'), markdown(report));
    console.log(markdown(report));
    return;
  }
  const admin = new Client({ connectionString: DATABASE_URL });
  await admin.connect();
  try {
    const report = await measureAll(admin);
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'suite.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(join(RESULTS, 'suite.md'), markdown(report));
    console.log(markdown(report));
  } finally {
    await admin.end();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench suite: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
