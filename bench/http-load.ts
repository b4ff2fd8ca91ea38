/**
 * GraphQL requests against the api from a worker thread of its own, over keep-alive connections (`node:http`), as
 * clients do from elsewhere: in the api's event loop the client's HTTP work would be charged to the server (with
 * `fetch` it kept the thread busy ~3 ms per request on the same two cores as the api; bench/commands.ts until
 * 2026-12-07, bench/timeline.ts until 2026-12-07 05:00 UTC). Reports each latency in ms and how long the thread was
 * busy. Used by bench/commands.ts (registrations) and bench/timeline.ts (timeline pages and the `{ __typename }` floor).
 */
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/** What every request of one run sends, and what its answer must hold. */
export type LoadRequests =
  /** `registerHousehold` with a new name per request, numbered from `first`. */
  | { readonly kind: 'registrations'; readonly first: number }
  /** The same body every time; the answer's `data` must equal `expect` at `path` (dot-separated; a number is a length). */
  | { readonly kind: 'fixed'; readonly body: string; readonly path: string; readonly expect: string | number };

export interface LoadWork {
  readonly endpoint: string;
  readonly headers: Record<string, string>;
  readonly concurrency: number;
  readonly requests: number;
  /** Sent before the measured requests, one at a time, not reported. */
  readonly warmup?: number;
  readonly send: LoadRequests;
}

export interface LoadResult {
  readonly samples: number[];
  readonly seconds: number;
  /** Milliseconds this thread's event loop was busy (sending, parsing answers) during the measured requests. */
  readonly clientBusyMs: number;
}

const REGISTER = 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }';

/**
 * A BSN of its own for the n-th registration (eight digits from n, the ninth the elfproef's check digit). A BSN is
 * one person: until 2026-12-07 every registration reused 111222333, which the api's check for a BSN of another person
 * in another household would look up in every household registered before.
 */
export function benchBsn(n: number): string {
  for (let base = 10_000_000 + 2 * n; ; base++) {
    const digits = String(base).split('').map(Number);
    const check = digits.reduce((sum, digit, i) => sum + digit * (9 - i), 0) % 11;
    if (check < 10) return `${base}${check}`;
  }
}

function registration(index: number): string {
  return JSON.stringify({
    query: REGISTER,
    variables: {
      input: {
        gemeente: '0363',
        name: `Huishouden ${index}`,
        members: [{ bsn: benchBsn(index), name: `Lid ${index}`, birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }],
      },
    },
  });
}

function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
        response.on('error', reject);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

function check(send: LoadRequests, text: string): void {
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (answer.errors) throw new Error(`graphql errors: ${JSON.stringify(answer.errors)}`);
  if (send.kind !== 'fixed') return;
  let found: unknown = answer.data;
  for (const key of send.path.split('.')) found = (found as Record<string, unknown> | null | undefined)?.[key];
  const actual = typeof send.expect === 'number' ? (found as unknown[] | undefined)?.length : found;
  if (actual !== send.expect) throw new Error(`answer has ${String(actual)} at ${send.path}, not ${send.expect}`);
}

async function load(work: LoadWork): Promise<LoadResult> {
  const url = new URL(work.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: work.concurrency });
  const body = (index: number) =>
    work.send.kind === 'registrations' ? registration(work.send.first + index) : work.send.body;
  const once = async (index: number) => check(work.send, await post(agent, url, work.headers, body(index)));
  const warmup = work.warmup ?? 0;
  for (let index = 0; index < warmup; index++) await once(index);
  const samples: number[] = [];
  let next = warmup;
  const end = warmup + work.requests;
  const busyBefore = performance.eventLoopUtilization();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: work.concurrency }, async () => {
      while (next < end) {
        const at = process.hrtime.bigint();
        await once(next++);
        samples.push(Number(process.hrtime.bigint() - at) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { samples, seconds, clientBusyMs: performance.eventLoopUtilization(busyBefore).active };
}

/** One worker thread that runs the loads given to it one after another. */
export class HttpLoad {
  private readonly worker = new Worker(join(__dirname, 'http-load.ts'), {
    workerData: { httpLoad: true },
    execArgv: ['-r', '@swc-node/register'],
  });

  run(work: LoadWork): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const done = (answer: { result?: LoadResult; error?: string }) => {
        this.worker.off('error', reject);
        if (answer.error) reject(new Error(answer.error));
        else resolve(answer.result!);
      };
      this.worker.once('message', done);
      this.worker.once('error', reject);
      this.worker.postMessage(work);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

if (parentPort && (workerData as { httpLoad?: boolean } | undefined)?.httpLoad) {
  const port = parentPort;
  port.on('message', (work: LoadWork) => {
    load(work).then(
      (result) => port.postMessage({ result }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
