/**
 * `npm run bench:web`: the web app in Debian's Chromium against the api on the embedded store with the demo
 * household (the same setup as the browser tests). Per run a fresh browser context (cold HTTP cache, the session
 * cookie of one sign-in):
 * - time to the first useful paint of Mijn huishoudens (the households table drawn) and of the household page
 *   (heading, members and the first timeline entries drawn), from navigation start;
 * - the JavaScript the first screen loads, raw and gzipped (gzip -6 of each file: the api serves them
 *   uncompressed; a reverse proxy in front compresses).
 * Writes bench/results/web.json and bench/results/web.md. Options: --runs N (default 7).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { DEMO_HOUSEHOLD_ID, launchChromium, newContext, signIn, startApi } from '../apps/web/test/browser-harness';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;

interface Sample {
  readonly myHouseholdsMs: number;
  readonly householdMs: number;
  readonly householdTimelineMs: number;
  readonly firstScreenJs: { files: number; rawBytes: number; gzipBytes: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function sessionCookies(browser: Browser, baseUrl: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, baseUrl, /Anna Bakker/);
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** Where the time went: the page and its scripts loaded, the GraphQL answers arrived (ms from navigation start). */
interface Breakdown {
  readonly scriptsLoadedMs: number;
  readonly graphqlDoneMs: number;
  readonly slowestGraphqlMs: number;
}
const breakdowns: Breakdown[] = [];

/** Milliseconds from navigation start until `selector` is in the page and drawn. */
async function timeTo(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(selector, { state: 'visible', timeout: 30_000 });
  const drawn = await page.evaluate(
    () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
  );
  breakdowns.push(
    await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const graphql = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) =>
        entry.name.endsWith('/graphql'),
      );
      return {
        scriptsLoadedMs: navigation.domContentLoadedEventEnd,
        graphqlDoneMs: Math.max(0, ...graphql.map((entry) => entry.responseEnd)),
        slowestGraphqlMs: Math.max(0, ...graphql.map((entry) => entry.responseEnd - entry.startTime)),
      };
    }),
  );
  return drawn;
}

async function sample(browser: Browser, baseUrl: string, cookies: Awaited<ReturnType<typeof sessionCookies>>) {
  const context = await newContext(browser);
  await context.addCookies(cookies);
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  const myHouseholdsMs = await timeTo(page, `${baseUrl}/`, 'table caption');
  const js = await Promise.all(
    scripts.map(async (url) => {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
    }),
  );
  await context.close();
  const second = await newContext(browser);
  await second.addCookies(cookies);
  const household = await second.newPage();
  // First useful paint of the household page: its heading and members (the first screenful); then the timeline.
  const householdMs = await timeTo(
    household,
    `${baseUrl}/huishoudens/${DEMO_HOUSEHOLD_ID}`,
    'table caption >> text=Leden van het huishouden',
  );
  await household.waitForSelector('.regie-timeline__entry >> nth=0', { state: 'visible', timeout: 30_000 });
  const householdTimelineMs = await household.evaluate(() => performance.now());
  await second.close();
  return {
    myHouseholdsMs,
    householdMs,
    householdTimelineMs,
    firstScreenJs: {
      files: js.length,
      rawBytes: js.reduce((sum, file) => sum + file.raw, 0),
      gzipBytes: js.reduce((sum, file) => sum + file.gzip, 0),
    },
  } satisfies Sample;
}

async function main(): Promise<void> {
  const [api, browser] = await Promise.all([startApi(), launchChromium()]);
  try {
    const cookies = await sessionCookies(browser, api.baseUrl);
    await sample(browser, api.baseUrl, cookies); // warm-up of the api (not of the browser cache)
    const samples: Sample[] = [];
    for (let run = 0; run < RUNS; run++) samples.push(await sample(browser, api.baseUrl, cookies));
    const result = {
      measuredAt: new Date().toISOString(),
      runs: RUNS,
      myHouseholdsMs: {
        median: median(samples.map((s) => s.myHouseholdsMs)),
        max: Math.max(...samples.map((s) => s.myHouseholdsMs)),
      },
      householdMs: {
        median: median(samples.map((s) => s.householdMs)),
        max: Math.max(...samples.map((s) => s.householdMs)),
      },
      householdTimelineMs: {
        median: median(samples.map((s) => s.householdTimelineMs)),
        max: Math.max(...samples.map((s) => s.householdTimelineMs)),
      },
      loadAverage: loadavg(),
      breakdownMedian: {
        scriptsLoadedMs: median(breakdowns.map((b) => b.scriptsLoadedMs)),
        graphqlDoneMs: median(breakdowns.map((b) => b.graphqlDoneMs)),
        slowestGraphqlMs: median(breakdowns.map((b) => b.slowestGraphqlMs)),
      },
      firstScreenJs: samples[0]!.firstScreenJs,
      samples,
    };
    writeFileSync(join(__dirname, 'results/web.json'), `${JSON.stringify(result, null, 2)}\n`);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    const md = [
      '# Web app benchmark (`npm run bench:web`)',
      '',
      `Measured ${result.measuredAt} in Debian's Chromium (headless), ${RUNS} runs, each with a cold HTTP cache;`,
      'api on the embedded store with the demo household. Targets: first useful paint < 1 s, first-screen JS < 250 kB gzipped.',
      '',
      '| what | median | max |',
      '| --- | --- | --- |',
      `| Mijn huishoudens: table drawn | ${result.myHouseholdsMs.median.toFixed(0)} ms | ${result.myHouseholdsMs.max.toFixed(0)} ms |`,
      `| household page: heading and members drawn | ${result.householdMs.median.toFixed(0)} ms | ${result.householdMs.max.toFixed(0)} ms |`,
      `| household page: first timeline entries drawn | ${result.householdTimelineMs.median.toFixed(0)} ms | ${result.householdTimelineMs.max.toFixed(0)} ms |`,
      '',
      `Where the time goes (median over both pages): page and scripts loaded ${result.breakdownMedian.scriptsLoadedMs.toFixed(0)} ms, ` +
        `last GraphQL answer ${result.breakdownMedian.graphqlDoneMs.toFixed(0)} ms, slowest single GraphQL request ` +
        `${result.breakdownMedian.slowestGraphqlMs.toFixed(0)} ms.`,
      '',
      `Machine load average during the run (1/5/15 min): ${result.loadAverage.map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores.`,
      '',
      `First screen JavaScript: ${result.firstScreenJs.files} file(s), ${kb(result.firstScreenJs.rawBytes)} raw, ` +
        `${kb(result.firstScreenJs.gzipBytes)} gzipped.`,
      '',
    ].join('\n');
    writeFileSync(join(__dirname, 'results/web.md'), md);
    console.log(md);
  } finally {
    await browser.close();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
