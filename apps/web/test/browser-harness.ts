import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { signDevelopmentToken } from '@regie/access';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

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

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}

/** Builds the web app (`npm run build:web`) unless dist/web is newer than its sources and the schema. */
export function ensureWebBuild(): string {
  const dist = join(ROOT, 'dist/web');
  const index = join(dist, 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'apps/web/src')), statSync(join(ROOT, 'schema.graphql')).mtimeMs);
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    const build = spawnSync('npm', ['run', '-s', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}\n${build.stderr}`);
  }
  return dist;
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
  const port = 42000 + Math.floor(Math.random() * 8000);
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
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 180_000;
  // The start-up banner's line for the web app (apps/api/src/start-up-banner.ts), once it serves.
  while (!output.includes('Regie web app: http')) {
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

export function launchChromium(): Promise<Browser> {
  // playwright-core gives every launch a fresh temporary profile (its --user-data-dir).
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
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

/** Exactly one h1 on the page, with this text. */
export async function headingOne(page: Page): Promise<string[]> {
  return page.locator('h1').allInnerTexts();
}
