import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import { tokenFor, type TestActor } from './test-app';

/** Real api processes (`apps/api/src/main.ts`) on one PostgreSQL schema, for scale-out and crash tests. */

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const root = join(__dirname, '../../..');

export interface ApiProcess {
  readonly port: number;
  readonly child: ChildProcess;
  graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    actor: TestActor,
  ): Promise<{ data?: T; errors?: { extensions: { code: string } }[] }>;
  ready(): Promise<{ projector: { role: string; lag: number } } | undefined>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** What the process wrote on stdout so far. */
  stdout(): string;
}

export async function createSchema(): Promise<{ schema: string; url: string; client: Client; drop(): Promise<void> }> {
  const schema = `proc_${Math.random().toString(36).slice(2, 10)}`;
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.query(`set search_path = ${schema}`);
  const separator = DATABASE_URL.includes('?') ? '&' : '?';
  return {
    schema,
    client,
    url: `${DATABASE_URL}${separator}options=-c%20search_path%3D${schema}`,
    async drop() {
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** Starts `main.ts` and resolves once /health/live answers. */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      EVENT_STORE: 'postgres',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SEED_DEMO: 'false',
      RATE_LIMIT_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const api: ApiProcess = {
    port,
    child,
    async graphql(query, variables, actor) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(actor)}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
    async ready() {
      const response = await fetch(`${base}/health/ready`).catch(() => undefined);
      if (!response) return undefined;
      return ((await response.json()) as { details: { projector: { role: string; lag: number } } }).details;
    },
    stdout: () => stdout,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited during start-up: ${stderr}`);
    const live = await fetch(`${base}/health/live`).catch(() => undefined);
    if (live?.ok) return api;
    if (Date.now() > deadline) throw new Error(`api did not start: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Polls until `check` holds (or throws after `timeoutMs`). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check().catch(() => undefined);
    if (result) return result;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
