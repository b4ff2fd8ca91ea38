/**
 * The load of bench/commands.ts, in a worker thread of its own: `commands` registerHousehold mutations, `concurrency`
 * at a time over keep-alive connections (`node:http`). Until 2026-12-07 the load used `fetch`, which kept this thread
 * busy ~3 ms per request on the same two cores as the api; a client elsewhere costs the api nothing. Reports each
 * latency in ms and how long this thread was busy.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadWork {
  readonly endpoint: string;
  readonly headers: Record<string, string>;
  readonly concurrency: number;
  readonly commands: number;
  /** Number of the first household, so every run registers new names. */
  readonly first: number;
}

export interface LoadResult {
  readonly samples: number[];
  readonly seconds: number;
  /** Milliseconds this thread's event loop was busy (sending, parsing answers). */
  readonly clientBusyMs: number;
}

const REGISTER = 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }';

function registration(index: number): string {
  return JSON.stringify({
    query: REGISTER,
    variables: {
      input: {
        gemeente: '0363',
        name: `Huishouden ${index}`,
        members: [{ bsn: '111222333', name: `Lid ${index}`, birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }],
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

async function load(work: LoadWork): Promise<LoadResult> {
  const url = new URL(work.endpoint);
  const agent = new Agent({ keepAlive: true, maxSockets: work.concurrency });
  const samples: number[] = [];
  let next = 0;
  const busyBefore = performance.eventLoopUtilization();
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: work.concurrency }, async () => {
      while (next < work.commands) {
        const index = work.first + next++;
        const at = process.hrtime.bigint();
        const answer = JSON.parse(await post(agent, url, work.headers, registration(index))) as { errors?: unknown };
        if (answer.errors) throw new Error(`registerHousehold: ${JSON.stringify(answer.errors)}`);
        samples.push(Number(process.hrtime.bigint() - at) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { samples, seconds, clientBusyMs: performance.eventLoopUtilization(busyBefore).active };
}

if (parentPort && workerData) {
  void load(workerData as LoadWork).then((result) => parentPort!.postMessage(result));
}
