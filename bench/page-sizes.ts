/**
 * Issue 19 goal 4 with an instrument that can hold a 1.2× bound: the timeline page's p99 at a small and a large
 * store, measured in alternating rounds against two apis that run side by side (one per store), so whatever else
 * the machine does falls on both sizes alike. The p99 is taken over every round's requests pooled (6,000 samples at
 * the defaults), not as the median of per-run p99s of 1,000 requests, which moved by up to 2.6× from one run to the
 * next on this machine.
 *   1. per size: a fresh schema, the generated store, `regie rebuild --workers 2`'s path (`TimelineProjector.rebuild`),
 *      `analyze` and a `CHECKPOINT`, so neither store is measured while PostgreSQL writes a rebuild back;
 *   2. both apis start; every round measures the four pages (HEAVY and LIGHT household, first and deep page) on both
 *      stores, the small one first in odd rounds and the large one first in even rounds.
 * Run: DATABASE_URL=… node -r @swc-node/register bench/page-sizes.ts [--small 100k] [--large 10M] [--rounds 6]
 *   [--requests 1000] [--warmup 300] [--json out.json]; without --json it writes bench/results/page-sizes.{json,md}
 *   (`npm run bench -- --pages`).
 */
import './production-mode';
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import { HttpLoad } from './http-load';
import {
  CASES,
  catchUp,
  checkReadModel,
  latencyTargets,
  log,
  openBenchSchema,
  parseCount,
  readAllRate,
  startPageApi,
  stats,
  type BenchSchema,
  type LatencyCase,
  type LatencyStats,
  type LatencyTarget,
  type PageApi,
} from './timeline';

/** One store size's result: every round's p50 and p99 per page, and the pooled figures over all rounds. */
export interface PageSizeResult {
  readonly events: number;
  readonly households: number;
  readonly rebuildEventsPerSecond: number;
  /** `readAll` of the same store just before its rebuild, in pages of 1,000. */
  readonly readAllEventsPerSecond: number;
  readonly pooled: Record<LatencyCase, LatencyStats>;
  readonly rounds: Record<LatencyCase, LatencyStats>[];
}

export interface PageSizesResult {
  readonly rounds: number;
  readonly requests: number;
  readonly warmup: number;
  readonly small: PageSizeResult;
  readonly large: PageSizeResult;
  /** Large over small, pooled p99 and p50, per page. */
  readonly p99Ratio: Record<LatencyCase, number>;
  readonly p50Ratio: Record<LatencyCase, number>;
}

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

interface Side {
  readonly schema: BenchSchema;
  readonly rebuildEventsPerSecond: number;
  readonly readAllEventsPerSecond: number;
  readonly targets: Record<LatencyCase, LatencyTarget>;
  readonly samples: Record<LatencyCase, number[]>;
  readonly rounds: Record<LatencyCase, LatencyStats>[];
  api?: PageApi;
}

async function prepare(events: number): Promise<Side> {
  const schema = await openBenchSchema(events);
  try {
    const readAllEventsPerSecond = await readAllRate(await SqlEventStore.create(schema.db));
    const rebuilt = await catchUp(schema.db, 2);
    await checkReadModel(schema.db, schema.generated);
    await schema.db.query('checkpoint');
    const targets = await latencyTargets(schema.db, schema.generated);
    const samples = Object.fromEntries(CASES.map((name) => [name, [] as number[]])) as Record<LatencyCase, number[]>;
    return {
      schema,
      rebuildEventsPerSecond: rebuilt.eventsPerSecond,
      readAllEventsPerSecond,
      targets,
      samples,
      rounds: [],
    };
  } catch (error) {
    await schema.drop();
    throw error;
  }
}

function resultOf(events: number, side: Side): PageSizeResult {
  return {
    events,
    households: side.schema.generated.households,
    rebuildEventsPerSecond: side.rebuildEventsPerSecond,
    readAllEventsPerSecond: side.readAllEventsPerSecond,
    pooled: Object.fromEntries(CASES.map((name) => [name, stats(side.samples[name])])) as Record<
      LatencyCase,
      LatencyStats
    >,
    rounds: side.rounds,
  };
}

export async function runPageSizes(options: {
  small: number;
  large: number;
  rounds: number;
  requests: number;
  warmup: number;
}): Promise<PageSizesResult> {
  const small = await prepare(options.small);
  let large: Side | undefined;
  const load = new HttpLoad();
  try {
    large = await prepare(options.large);
    for (const side of [small, large]) {
      side.api = await startPageApi(
        { EVENT_STORE: 'postgres', DATABASE_URL: side.schema.url },
        side.schema.generated,
        load,
      );
    }
    const sides = { small, large };
    for (let round = 1; round <= options.rounds; round++) {
      const order = round % 2 === 1 ? (['small', 'large'] as const) : (['large', 'small'] as const);
      for (const name of order) {
        const side = sides[name];
        const measured = {} as Record<LatencyCase, LatencyStats>;
        for (const page of CASES) {
          const samples = await side.api!.page(side.targets[page], options);
          side.samples[page].push(...samples);
          measured[page] = stats(samples);
        }
        side.rounds.push(measured);
        log(
          `round ${round}/${options.rounds} ${name}: p99 ${CASES.map((page) => `${page} ${measured[page].p99.toFixed(1)}`).join(', ')} ms`,
        );
      }
    }
    const smallResult = resultOf(options.small, small);
    const largeResult = resultOf(options.large, large);
    const ratio = (pick: (stats: LatencyStats) => number) =>
      Object.fromEntries(
        CASES.map((page) => [page, pick(largeResult.pooled[page]) / pick(smallResult.pooled[page])]),
      ) as Record<LatencyCase, number>;
    return {
      rounds: options.rounds,
      requests: options.requests,
      warmup: options.warmup,
      small: smallResult,
      large: largeResult,
      p99Ratio: ratio((stats) => stats.p99),
      p50Ratio: ratio((stats) => stats.p50),
    };
  } finally {
    for (const side of [small, large]) {
      await side?.api?.close();
      await side?.schema.drop();
    }
    await load.close();
  }
}

const PAGES: Record<LatencyCase, string> = {
  heavyFirst: 'HEAVY, first page',
  heavyDeep: 'HEAVY, deep page',
  lightFirst: 'LIGHT, first page',
  lightDeep: 'LIGHT, deep page',
};

const label = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : `${n}`;

export function report(result: PageSizesResult, machine: string): string {
  const { small, large } = result;
  const ms = (value: number) => value.toFixed(2);
  const spread = (side: PageSizeResult, page: LatencyCase) => {
    const values = side.rounds.map((round) => round[page].p99);
    return `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  };
  const rebuild = (side: PageSizeResult) =>
    `${Math.round(side.rebuildEventsPerSecond)} events/s at ${label(side.events)} (` +
    `${(side.rebuildEventsPerSecond / side.readAllEventsPerSecond).toFixed(3)} of readAll's ` +
    `${Math.round(side.readAllEventsPerSecond)})`;
  const verdict = (ratio: number) => (ratio <= 1.2 ? 'met' : '**missed**');
  return [
    `# Timeline page p99 at ${label(small.events)} and ${label(large.events)} events (issue 19 goal 4)`,
    '',
    `${machine}. ${result.rounds} alternating rounds of ${result.requests} requests per page and store (after ` +
      `${result.warmup} of warm-up), two apis side by side, one HttpLoad client thread; p50 and p99 over all rounds ` +
      `pooled (${result.rounds * result.requests} requests per page and store). Rebuild before (2 workers): ` +
      rebuild(small) +
      ' and ' +
      rebuild(large) +
      '.',
    '',
    `| Page | p50 ${label(small.events)} / ${label(large.events)} (ms) | p99 ${label(small.events)} / ${label(large.events)} (ms) | p99 ${label(large.events)} / ${label(small.events)} (≤ 1.2) | per-round p99 ${label(small.events)} | per-round p99 ${label(large.events)} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...CASES.map(
      (page) =>
        `| ${PAGES[page]} | ${ms(small.pooled[page].p50)} / ${ms(large.pooled[page].p50)} | ${ms(small.pooled[page].p99)} / ${ms(large.pooled[page].p99)} | ${result.p99Ratio[page].toFixed(2)} ${verdict(result.p99Ratio[page])} | ${spread(small, page)} | ${spread(large, page)} |`,
    ),
    '',
  ].join('\n');
}

async function main() {
  const result = await runPageSizes({
    small: parseCount(arg('small') ?? '100k'),
    large: parseCount(arg('large') ?? '10M'),
    rounds: Number(arg('rounds') ?? 6),
    requests: Number(arg('requests') ?? 1000),
    warmup: Number(arg('warmup') ?? 300),
  });
  const out = arg('json');
  if (out) {
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const results = join(__dirname, 'results');
  mkdirSync(results, { recursive: true });
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 16)} UTC`;
  writeFileSync(join(results, 'page-sizes.json'), JSON.stringify({ machine, ...result }, null, 2) + '\n');
  writeFileSync(join(results, 'page-sizes.md'), report(result, machine));
  log('wrote bench/results/page-sizes.{json,md}');
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(`bench page-sizes: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    },
  );
}
