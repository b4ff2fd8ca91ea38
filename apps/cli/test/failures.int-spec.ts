import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase } from '@regie/sql';
import { freePort } from '../../api/test/free-port';

// Every failure of the built programs is one line on stderr and exit code 1: no silence, no stack trace.

const root = join(__dirname, '../../..');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const missing = new URL(DATABASE_URL);
missing.pathname = `/regie_missing_${Date.now()}`;

function run(program: 'cli' | 'api', args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [`dist/apps/${program}/src/main.js`, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'test', SEED_DEMO: 'false', ...env },
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneLine(result: ReturnType<typeof run>, line: RegExp) {
  expect(result.status).toBe(1);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(line);
  expect(result.stderr).not.toContain(String.fromCharCode(27)); // no colours
  expect(result.stderr).not.toMatch(/\n\s+at |ExceptionHandler/);
}

beforeAll(() => {
  // The programs under test are the prebuilt ones (`npm run prepare`): bring dist/ up to date first.
  const build = spawnSync(process.execPath, ['tools/build/build.mjs', '--only', 'server', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(build.status).toBe(0);
}, 120_000);

describe('regie (the built cli) against a database that does not exist', () => {
  const env = { EVENT_STORE: 'postgres', DATABASE_URL: missing.toString() };

  it.each([
    ['migrate', ['migrate']],
    [
      'audit-export',
      ['audit-export', '--gemeente', '0363', '--from', '2026-01-01', '--to', '2026-02-01', '--by', 'u-x'],
    ],
    ['rebuild', ['rebuild']],
    ['retention', ['retention']],
    [
      'forget-person',
      [
        'forget-person',
        '--household',
        '00000000-0000-4000-8000-000000000001',
        '--member',
        'm-1',
        '--reason',
        'verzoek',
      ],
    ],
  ])('%s says so in one line and exits 1', (command, args) => {
    expectOneLine(
      run('cli', args, env),
      new RegExp(`^regie: ${command} failed: database "regie_missing_\\d+" does not exist$`),
    );
  });
});

describe('the built api', () => {
  it('with a DATABASE_URL nobody answers on: one line and exit 1', async () => {
    const result = run('api', [], {
      EVENT_STORE: 'postgres',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/regie',
      PORT: String(await freePort()),
    });
    expectOneLine(result, /^regie: cannot start: .*ECONNREFUSED.* \(DATABASE_URL 127\.0\.0\.1:1\/regie\)$/);
  });

  it('with a database that takes the connection but never answers: one line naming it after the connect timeout', async () => {
    // The kernel accepts the connection even while spawnSync holds this process: the server just never replies.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const result = run('api', [], {
        EVENT_STORE: 'postgres',
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/regie`,
        PORT: String(await freePort()),
      });
      expectOneLine(
        result,
        new RegExp(`^regie: cannot start: .*timeout.* \\(DATABASE_URL 127\\.0\\.0\\.1:${port}/regie\\)$`),
      );
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });

  it('on a data directory another process holds: one line naming the directory and exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regie-locked-'));
    const holder = await EmbeddedDatabase.open(dir);
    try {
      const result = run('api', [], {
        EVENT_STORE: 'embedded',
        DATA_DIR: dir,
        PORT: String(await freePort()),
      });
      expectOneLine(
        result,
        new RegExp(`^regie: cannot start: data dir .*${dir.split('/').at(-1)} in use by pid ${process.pid} on host `),
      );
    } finally {
      await holder.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
