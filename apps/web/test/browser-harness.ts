/// <reference lib="dom" />
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { signDevelopmentToken } from '@regie/access';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort } from '../../api/test/free-port';

/**
 * One real api process (`apps/api/src/main.ts`: embedded store with the demo household, the development OpenID
 * provider) and one Debian Chromium per browser suite. Nothing is mocked: sign-in runs the whole OIDC protocol.
 */

const ROOT = join(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');
export const DEMO_HOUSEHOLD_ID = 'de000000-0000-4000-8000-000000000001';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Dutch browser UI: date fields show dd-mm-jjjj, as a Dutch regisseur's browser does.
  '--lang=nl-NL',
];
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Builds the web app with the project's own build (skipped when its fingerprint is unchanged), into dist/web. */
export function ensureWebBuild(): string {
  const build = spawnSync(process.execPath, ['tools/build/build.mjs', '--only', 'web'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the web build failed:\n${build.stdout}\n${build.stderr}`);
  return join(ROOT, 'dist/web');
}

export interface RunningApi {
  readonly baseUrl: string;
  graphql<T>(
    query: string,
    variables: Record<string, unknown>,
    actor: DemoActor,
  ): Promise<{ data?: T; errors?: unknown[] }>;
  stop(): Promise<void>;
}

export interface DemoActor {
  readonly sub: string;
  readonly role: string;
  readonly name: string;
  readonly domain?: string;
  readonly gemeente: string;
}

export const FATIMA: DemoActor = {
  sub: 'u-beheer',
  role: 'functioneel_beheerder',
  name: 'Fatima Beheer',
  gemeente: '0599',
};

export const JOOST: DemoActor = {
  sub: 'u-jeugd-joost',
  role: 'domeinmedewerker',
  name: 'Joost Jeugdteam',
  domain: 'JEUGD',
  gemeente: '0599',
};

/** Starts the api as `npm start` does (NODE_ENV=test, with the development identity provider) on a free port. */
export async function startApi(): Promise<RunningApi> {
  const distDir = ensureWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-web-e2e-'));
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      EVENT_STORE: 'embedded',
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      OIDC_DEV_PROVIDER: 'true',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: distDir,
      RATE_LIMIT_PER_MINUTE: '100000',
      GEMEENTE_CONTACT: JSON.stringify({ '0599': { naam: 'Gemeente Rotterdam', telefoon: '14 010' } }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  // The banner comes after the demo seed, as a person starting `npm start` sees it.
  while (!output.includes('Regie web app: http') || !(await answers(`${baseUrl}/health/ready`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the api did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    async graphql(query, variables, actor) {
      const { sub, ...claims } = actor;
      const token = await signDevelopmentToken({ ...claims, sub });
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

export function launchChromium(): Promise<Browser> {
  // playwright-core gives every launch a fresh temporary profile (its --user-data-dir).
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

export interface BrowserSuite {
  readonly api: RunningApi;
  readonly browser: Browser;
  /** A page in a fresh browser context, not signed in (for a test of the sign-in itself); closed with the suite. */
  newPage(): Promise<Page>;
  /** A fresh browser context signed in as this demo account; closed with the suite. */
  signedInPage(accountName: RegExp): Promise<Page>;
}

/**
 * The api and Chromium of one spec file: started before its tests (hooks run in order, so a later `beforeAll` can
 * use them) and stopped after, with every context `newPage` and `signedInPage` opened. Read `suite.api` and
 * `suite.browser` inside hooks and tests, not when the file loads.
 */
export function useBrowserSuite(): BrowserSuite {
  let api: RunningApi | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite has not started: use it in a hook or test');
    return value;
  };
  const newPage = async (): Promise<Page> => {
    const context = await newContext(started(browser));
    contexts.push(context);
    return context.newPage();
  };
  beforeAll(async () => {
    [api, browser] = await Promise.all([startApi(), launchChromium()]);
  }, 300_000);
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await api?.stop();
  });
  return {
    get api() {
      return started(api);
    },
    get browser() {
      return started(browser);
    },
    newPage,
    async signedInPage(accountName) {
      const page = await newPage();
      await signIn(page, started(api).baseUrl, accountName);
      return page;
    },
  };
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
  });
}

/** Signs in through the development identity provider's account chooser, by one click on the account. */
export async function signIn(page: Page, baseUrl: string, accountName: RegExp, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('link', { name: 'Inloggen met uw gemeente-account' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kies een demo-account' }).waitFor();
  await page.getByRole('button', { name: accountName }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** axe-core with the WCAG 2.1 A and AA rules; returns the violations in a readable form (empty when clean). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('; ')}`,
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** No axe violations on the page, and exactly one h1. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect({ screen, violations: await accessibilityViolations(page) }).toEqual({ screen, violations: [] });
  expect(await headingOne(page)).toHaveLength(1);
}

/** Presses Tab until the focused element has this accessible text (a field: its label). */
export async function tabTo(page: Page, text: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return '';
      if (['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)) {
        return document.querySelector(`label[for="${element.id}"]`)?.textContent ?? '';
      }
      return element.innerText || element.getAttribute('aria-label') || '';
    });
    if (text.test(focused)) return;
  }
  throw new Error(`no element matching ${text} within ${max} Tab presses`);
}

/** Exactly one h1 on the page, with this text. */
export async function headingOne(page: Page): Promise<string[]> {
  return page.locator('h1').allInnerTexts();
}
