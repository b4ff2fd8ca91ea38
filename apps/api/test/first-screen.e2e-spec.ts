import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * What `npm start` shows a person on a first start: the address, how to sign in, the token and a ready query, before
 * any JSON log line; the demo seed's requests and Nest's start-up chatter are not printed at info level.
 */
describe('the first screen of a first start (embedded store, demo seed, LOG_LEVEL=info)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'regie-first-screen-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is for a person, and the log lines after it are JSON', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: join(__dirname, '../../..'),
      env: { PATH: process.env.PATH, DATA_DIR: join(dir, 'data'), PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    try {
      const deadline = Date.now() + 120_000;
      while (!stdout.includes('Logs follow') && child.exitCode === null && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // A request of our own after the banner: its line is logged at info, as JSON with its trace id.
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ system { version } }"}',
      });
      // And one that is refused: HTTP 200 like any GraphQL answer, but its line says so, at warn.
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ myHouseholds { edges { cursor } } }"}',
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    const lines = stdout.split('\n');
    const bannerEnd = lines.findIndex((line) => line.startsWith('Logs follow'));
    expect(bannerEnd).toBeGreaterThan(0);
    const banner = lines.slice(0, bannerEnd + 1);
    expect(banner.filter((line) => line.startsWith('{'))).toEqual([]);
    expect(banner.join('\n')).toContain(`Regie api: http://localhost:${port}/graphql`);
    expect(banner.join('\n')).toContain('Loaded the demo household Familie De Vries');
    expect(banner.join('\n')).toContain('Sign in: send "Authorization: Bearer <token>"');
    expect(banner.some((line) => /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(line))).toBe(true);
    expect(banner.join('\n')).toMatch(/curl -s http:\/\/localhost:\d+\/graphql/);
    const logLines = lines.slice(bannerEnd + 1).filter((line) => line.trim() !== '');
    expect(logLines.length).toBeGreaterThan(0);
    const parsed = logLines.map(
      (line) => JSON.parse(line) as { msg: string; level: number; trace_id?: string; graphql?: Record<string, string> },
    );
    const requests = parsed.filter((line) => line.msg === 'request completed');
    expect(requests).toHaveLength(2);
    expect(requests[0]!.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(requests.map(({ level, graphql }) => ({ level, graphql }))).toEqual([
      { level: 30, graphql: { operation: 'query', outcome: 'ok' } },
      { level: 40, graphql: { operation: 'query', outcome: 'UNAUTHENTICATED' } },
    ]);
  }, 150_000);
});
