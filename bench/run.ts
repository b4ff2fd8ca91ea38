/**
 * `npm run bench`: the read-side benchmark (bench/timeline.ts) per store size, each size in its own process so peak
 * RSS is per size. Writes bench/results/timeline.json and bench/results/timeline.md (after every size, so a run cut
 * short keeps what it measured).
 * Run: npm run bench [-- --quick | --scale 250k] [--reps 3]   (--report-only: rewrite timeline.md from timeline.json)
 *   npm run bench -- --suite [--quick]: the side-by-side suite instead (bench/suite.ts, writes suite.{json,md}).
 *   npm run bench -- --berichten [--messages 10000]: the iJw/iWmo import against GraphQL mutations (bench/berichten.ts).
 *   npm run bench -- --pages [--small 100k --large 10M --rounds 6]: the page's p99 at two store sizes in alternating
 *     rounds (bench/page-sizes.ts, writes page-sizes.{json,md}).
 *   default: 100k, 1M and 10M events (about an hour); --quick: 10k and 100k; --scale n: only n (10k / 1M suffixes).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { LatencyCase, TimelineBenchResult } from './timeline';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const RESULTS = join(__dirname, 'results');

const arg = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};

/** 10k, 100k, 1M, 250000 (the same as bench/timeline.ts; not imported, so this process stays small). */
function parseCount(text: string): number {
  const match = /^([0-9]+(?:\.[0-9]+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text}`);
  return Math.round(Number(match[1]) * (match[2] ? (match[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1));
}

function sizes(): number[] {
  const scale = arg('scale');
  if (scale) return [parseCount(scale)];
  return process.argv.includes('--quick') ? [10_000, 100_000] : [100_000, 1_000_000, 10_000_000];
}

const label = (n: number) =>
  n >= 1e6 && n % 1e6 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 1e3 === 0 ? `${n / 1e3}k` : `${n}`;

function runSize(events: number, out: string): Promise<TimelineBenchResult> {
  const args = ['--expose-gc', '-r', '@swc-node/register', join(__dirname, 'timeline.ts'), '--events', `${events}`];
  args.push('--json', out, '--reps', arg('reps') ?? '3');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: join(__dirname, '..') });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench/timeline.ts --events ${events} exited with ${code}`));
      resolve(JSON.parse(readFileSync(out, 'utf8')) as TimelineBenchResult);
    });
  });
}

async function machine() {
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    return {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: version,
    };
  } finally {
    await client.end();
  }
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const CASE_LABELS: Record<LatencyCase, string> = {
  heavyFirst: 'HEAVY first page',
  heavyDeep: 'HEAVY deep page',
  lightFirst: 'LIGHT first page',
  lightDeep: 'LIGHT deep page',
};

/** Within 1.5x, or within 1 ms for sub-millisecond figures: "about the same". */
const similar = (a: number, b: number) => Math.max(a, b) <= 1.5 * Math.min(a, b) || Math.abs(a - b) < 1;

function interpretation(results: TimelineBenchResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const http = result.latency.http;
    const heavy = Math.max(http.heavyFirst.p50, http.heavyDeep.p50);
    const light = Math.max(http.lightFirst.p50, http.lightDeep.p50);
    lines.push(
      `${label(result.events)}: HEAVY (5,000 entries; a page carries 50) vs LIGHT (5 entries; a page carries 5) ` +
        `page p50 ${ms(heavy)} vs ${ms(light)} ms over HTTP ` +
        `(SQL ${ms(Math.max(result.latency.sql.heavyFirst.p50, result.latency.sql.heavyDeep.p50))} vs ` +
        `${ms(Math.max(result.latency.sql.lightFirst.p50, result.latency.sql.lightDeep.p50))} ms): ` +
        (similar(heavy, light)
          ? 'independent of household size.'
          : 'the HEAVY page carries 10x the entries to fetch, join and serialise' +
            (similar(http.heavyFirst.p50, http.heavyDeep.p50)
              ? '; its deep page (after 4,000 entries) costs the same as its first, so the size of the household ' +
                'itself does not count.'
              : `; its deep page costs ${ms(http.heavyDeep.p50)} vs ${ms(http.heavyFirst.p50)} ms for the first.`)),
    );
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results[results.length - 1]!;
    const cases = (['heavyFirst', 'heavyDeep', 'lightFirst'] as const).map((name) => ({
      name,
      from: first.latency.http[name].p50,
      to: last.latency.http[name].p50,
    }));
    const grown = cases.filter((c) => !similar(c.from, c.to)).map((c) => CASE_LABELS[c.name]);
    lines.push(
      `Store ${label(first.events)} -> ${label(last.events)}: page p50 ` +
        cases.map((c) => `${CASE_LABELS[c.name]} ${ms(c.from)} -> ${ms(c.to)} ms`).join(', ') +
        (grown.length === 0
          ? ': independent of store size.'
          : `: grows with store size for ${grown.join(', ')}; the others are independent of it.`),
    );
  }
  return lines;
}

function markdown(
  report: { measuredAt: string; machine: Awaited<ReturnType<typeof machine>> },
  results: TimelineBenchResult[],
) {
  const m = report.machine;
  const lines = [
    '# Timeline read side',
    '',
    `Measured ${report.measuredAt} on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}.`,
    'Generated stores: 200 providers, households with Jeugd/Wmo/W&I histories (8-40 events each), one HEAVY household',
    '(5,000 entries, 40 providers, spread over the whole store) and one LIGHT household (5 entries).',
    'Catch-up: `TimelineProjector.rebuild` (blue/green) from empty over the whole store, then again over 2 household partitions. Latency: `household(id) { timeline(first: 50) }`',
    'over HTTP against the real api (node:http keep-alive from a thread of its own; before 7 Dec 2026 fetch in the api process), and `TimelineReadModel.timeline` (the page query) directly;',
    `${results[0]?.latency.requests ?? 1000} requests after ${results[0]?.latency.warmup ?? 300} warm-up, median of ${results[0]?.latency.reps ?? 3} repetitions. Deep page: after entry 4,000 (HEAVY) / 2 (LIGHT).`,
    '',
    '| Store | Households | Generate ev/s | readAll ev/s | Catch-up ev/s | Catch-up/readAll (target ≥ 0.6) | Catch-up time | Statements/event | Peak RSS (MiB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) =>
      [r.catchUp, ...(r.catchUpTwoWorkers ? [r.catchUpTwoWorkers] : [])].map((c) => {
        const read = c.readAllEventsPerSecond;
        const workers = (c.workers ?? 1) > 1 ? ` (${c.workers} workers)` : '';
        return (
          `| ${label(r.events)}${workers} | ${r.households} | ${Math.round(r.generate.eventsPerSecond)} | ${read ? Math.round(read) : '-'} | ` +
          `${Math.round(c.eventsPerSecond)} | ${read ? (c.eventsPerSecond / read).toFixed(3) : '-'} | ` +
          `${c.seconds.toFixed(1)} s | ${c.statementsPerEvent.toFixed(2)} | ${c.peakRssMiB} (before ${c.rssBeforeMiB}) |`
        );
      }),
    ),
    '',
    '| Store | Page | HTTP p50 (ms) | HTTP p99 (ms) | SQL p50 (ms) | SQL p99 (ms) | HTTP/SQL p50 (target ≤ 3) | HTTP floor p50 (ms) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) =>
      (Object.keys(CASE_LABELS) as LatencyCase[]).map(
        (name) =>
          `| ${label(r.events)} | ${CASE_LABELS[name]} | ${ms(r.latency.http[name].p50)} | ${ms(r.latency.http[name].p99)} | ` +
          `${ms(r.latency.sql[name].p50)} | ${ms(r.latency.sql[name].p99)} | ` +
          `${(r.latency.http[name].p50 / r.latency.sql[name].p50).toFixed(1)} | ${r.latency.httpFloor ? ms(r.latency.httpFloor.p50) : '-'} |`,
      ),
    ),
    '',
    'HTTP floor: `{ __typename }` over the same HTTP path with the same token (client thread, Express, JWT, Apollo, armor):',
    'what any GraphQL request costs on this machine before it reads a household.',
    '',
    ...interpretation(results).map((line) => `- ${line}`),
    '',
    "SQL = `TimelineReadModel.timeline`: the page query. `totalCount` is a separate `count(*)` of the household's entries",
    'that runs only when a client selects it (the benchmark query does not). EXPLAIN ANALYZE, HEAVY deep page:',
    '',
    '| Store | Page query (ms) | count(*) query (ms) |',
    '| ---: | ---: | ---: |',
    ...results.map((r) => {
      const [page, count] = [...r.explainHeavyDeep.matchAll(/Execution Time: ([0-9.]+) ms/g)].map((m) => m[1]);
      return `| ${label(r.events)} | ${page ?? '?'} | ${count ?? '?'} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  for (const [flag, file, nodeArgs] of [
    ['--berichten', 'berichten.ts', []],
    ['--suite', 'suite.ts', ['--expose-gc']],
    ['--pages', 'page-sizes.ts', []],
  ] as const) {
    if (!process.argv.includes(flag)) continue;
    const rest = process.argv.slice(2).filter((a) => a !== flag);
    const args = [...nodeArgs, '-r', '@swc-node/register', join(__dirname, file), ...rest];
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: join(__dirname, '..') });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    if (code !== 0) throw new Error(`bench/${file} exited with ${code}`);
    return;
  }
  if (process.argv.includes('--report-only')) {
    // Rewrites timeline.md (and the interpretation) from an existing timeline.json, without measuring.
    const saved = JSON.parse(readFileSync(join(RESULTS, 'timeline.json'), 'utf8')) as {
      measuredAt: string;
      machine: Awaited<ReturnType<typeof machine>>;
      sizes: TimelineBenchResult[];
    };
    const json = { ...saved, interpretation: interpretation(saved.sizes) };
    writeFileSync(join(RESULTS, 'timeline.json'), JSON.stringify(json, null, 2) + '\n');
    writeFileSync(join(RESULTS, 'timeline.md'), markdown(saved, saved.sizes));
    console.log(readFileSync(join(RESULTS, 'timeline.md'), 'utf8'));
    return;
  }
  const report = { measuredAt: new Date().toISOString(), machine: await machine() };
  const results: TimelineBenchResult[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'regie-bench-timeline-'));
  mkdirSync(RESULTS, { recursive: true });
  try {
    for (const events of sizes()) {
      console.error(`bench: timeline at ${label(events)} events`);
      results.push(await runSize(events, join(scratch, `timeline-${events}.json`)));
      const json = { ...report, sizes: results, interpretation: interpretation(results) };
      writeFileSync(join(RESULTS, 'timeline.json'), JSON.stringify(json, null, 2) + '\n');
      writeFileSync(join(RESULTS, 'timeline.md'), markdown(report, results));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(readFileSync(join(RESULTS, 'timeline.md'), 'utf8'));
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
