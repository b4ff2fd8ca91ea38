/**
 * Where a timeline page's time goes inside the api: for every request the server answers during a timeline bench
 * run, when each statement of `PostgresDatabase.query` started and ended, in ms after the request reached the
 * server, and when the answer was sent; averaged per kind of request (its statements in order). What the server
 * does before its first statement is HTTP, authentication and GraphQL; after its last, serialising the answer.
 * Run: DATABASE_URL=… node -r @swc-node/register bench/page-trace.ts [--events 10k]
 */
import './production-mode';
import 'reflect-metadata';
import { Server, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { PostgresDatabase } from '@regie/sql';
import { runTimelineBench } from './timeline';

interface Statement {
  readonly text: string;
  readonly start: number;
  end?: number;
}
interface Request {
  readonly at: number;
  readonly statements: Statement[];
  total?: number;
}

const requests: Request[] = [];
let current: Request | undefined;

const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
  if (event === 'request') {
    const request: Request = { at: performance.now(), statements: [] };
    current = request;
    (args[1] as ServerResponse).on('finish', () => {
      request.total = performance.now() - request.at;
      requests.push(request);
    });
  }
  return Reflect.apply(emit, this, [event, ...args]) as boolean;
} as typeof emit;

const query = PostgresDatabase.prototype.query;
PostgresDatabase.prototype.query = async function <Row>(
  this: PostgresDatabase,
  text: string,
  params?: readonly unknown[],
): Promise<{ rows: Row[] }> {
  const request = current;
  const statement: Statement = {
    text: text.replace(/\s+/g, ' ').slice(0, 60),
    start: request ? performance.now() - request.at : 0,
  };
  request?.statements.push(statement);
  try {
    return await query.call<PostgresDatabase, [string, readonly unknown[] | undefined], Promise<{ rows: Row[] }>>(
      this,
      text,
      params,
    );
  } finally {
    if (request) statement.end = performance.now() - request.at;
  }
};

function report(): void {
  const kinds = new Map<string, Request[]>();
  for (const request of requests) {
    const kind = request.statements.map((statement) => statement.text.slice(0, 24)).join(' | ') || '(no statement)';
    kinds.set(kind, [...(kinds.get(kind) ?? []), request]);
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  for (const [kind, group] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
    if (group.length < 50) continue;
    console.log(
      `\n${group.length} requests, answered after ${mean(group.map((r) => r.total!)).toFixed(2)} ms on average`,
    );
    if (kind === '(no statement)') continue;
    group[0]!.statements.forEach((statement, index) => {
      const start = mean(group.map((r) => r.statements[index]!.start));
      const end = mean(group.map((r) => r.statements[index]!.end ?? Number.NaN));
      console.log(`  ${start.toFixed(2)} -> ${end.toFixed(2)} ms  ${statement.text}`);
    });
  }
}

const index = process.argv.indexOf('--events');
const events = index >= 0 ? Number(process.argv[index + 1].replace(/k$/i, '000')) : 10_000;
runTimelineBench(events, { reps: 1, requests: 1000, warmup: 300 }).then(
  () => {
    report();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
