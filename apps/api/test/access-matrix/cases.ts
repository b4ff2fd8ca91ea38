import { ROLES, type MatrixActor, type Role } from './actors';
import type { GraphQLResponse, MatrixClient } from './fixtures';

// Sending one case, classifying the answer, and keeping score: outcomes for the summary table, failures (the product
// disagrees with the expected table, or a set-up problem) and leaks (text a reader must not see).

/** The message of every refusal, the same for a household that does not exist (authorize-write.ts). */
export const FORBIDDEN_MESSAGE = 'Geen toegang.';

export type Expected = 'ALLOW' | 'DENY';

export interface CaseSpec {
  /** Row of the table (operation, or operation variant). */
  readonly op: string;
  /** Root field whose data must be null on a denial. */
  readonly field: string;
  readonly actor: MatrixActor;
  /** The target as seen from the actor, e.g. `H2 (colleague's)`. */
  readonly target: string;
  readonly expected: Expected;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export interface CaseResult extends CaseSpec {
  readonly response: GraphQLResponse;
  /** ALLOW (no errors), DENY (only FORBIDDEN errors) or `ERROR <codes>`. */
  readonly observed: string;
}

export interface Failure {
  readonly case: string;
  readonly problem: string;
  readonly request?: { query: string; variables: Record<string, unknown> };
  readonly response?: string;
}

export interface Leak {
  readonly case: string;
  readonly text: string;
  readonly why: string;
}

const messagesOf = (result: CaseResult) =>
  JSON.stringify([...new Set(result.response.errors!.map((error) => error.message))].sort());

export const describeCase = (spec: CaseSpec) => `${spec.op} by ${spec.actor.label} on ${spec.target}`;

const compact = (text: string) => text.replace(/\s+/g, ' ').trim();
const truncate = (text: string, length = 700) => (text.length > length ? `${text.slice(0, length)}…` : text);

export function classify(response: GraphQLResponse): string {
  const errors = response.errors ?? [];
  if (errors.length === 0) return 'ALLOW';
  if (errors.every((error) => error.extensions?.code === 'FORBIDDEN')) return 'DENY';
  return `ERROR ${[...new Set(errors.map((error) => error.extensions?.code ?? '?'))].join(',')}`;
}

export class Scoreboard {
  readonly results: CaseResult[] = [];
  readonly failures: Failure[] = [];
  readonly leaks: Leak[] = [];

  constructor(private readonly client: MatrixClient) {}

  async run(spec: CaseSpec): Promise<CaseResult> {
    return this.record(spec, await this.client.send(spec.actor, spec.query, spec.variables));
  }

  record(spec: CaseSpec, response: GraphQLResponse): CaseResult {
    const result: CaseResult = { ...spec, response, observed: classify(response) };
    this.results.push(result);
    return result;
  }

  fail(result: CaseSpec & { response?: GraphQLResponse }, problem: string): void {
    this.failures.push({
      case: describeCase(result),
      problem,
      request: { query: truncate(compact(result.query), 300), variables: result.variables },
      ...(result.response ? { response: truncate(JSON.stringify(result.response)) } : {}),
    });
  }

  /** Text that must not appear anywhere in the response. */
  scan(result: CaseResult, hide: readonly { text: string; why: string }[]): void {
    const body = JSON.stringify(result.response);
    for (const { text, why } of hide) {
      if (body.includes(text)) this.leaks.push({ case: describeCase(result), text, why });
    }
  }

  /** Text that must appear (the reader is entitled to it; its absence means the check proved nothing). */
  expectShown(result: CaseResult, show: readonly { text: string; why: string }[]): void {
    const body = JSON.stringify(result.response);
    const missing = show.filter(({ text }) => !body.includes(text));
    if (missing.length > 0) {
      this.fail(
        result,
        `allowed read lacks what the reader may see: ${missing.map((m) => `${m.why} [${m.text}]`).join('; ')}`,
      );
    }
  }

  /** An expected denial: FORBIDDEN, the one message, no data. */
  checkDenied(result: CaseResult): void {
    if (result.observed !== 'DENY') {
      this.fail(result, `expected DENY (FORBIDDEN), got ${result.observed}`);
      return;
    }
    const messages = [...new Set(result.response.errors!.map((error) => error.message))];
    if (messages.length !== 1 || messages[0] !== FORBIDDEN_MESSAGE) {
      this.fail(result, `denial message ${JSON.stringify(messages)} is not ${JSON.stringify(FORBIDDEN_MESSAGE)}`);
    }
    const data = result.response.data as Record<string, unknown> | null | undefined;
    if (data != null && data[result.field] != null) this.fail(result, 'denied, yet data was returned');
  }

  /** An expected success: no FORBIDDEN and no domain rejection either (that would mean the input is wrong). */
  checkAllowed(result: CaseResult): boolean {
    if (result.observed === 'ALLOW') return true;
    this.fail(
      result,
      result.observed === 'DENY'
        ? 'expected ALLOW, got FORBIDDEN'
        : `expected ALLOW, got ${result.observed} (a domain rejection: the test's input is wrong)`,
    );
    return false;
  }

  /** Every denial of an operation by an actor must read exactly like the one for a household that does not exist. */
  checkSameMessageAsMissing(): void {
    const missing = new Map<string, string>();
    for (const result of this.results) {
      if (result.target === 'non-existent household' && result.observed === 'DENY') {
        missing.set(`${result.op}|${result.actor.userId}`, messagesOf(result));
      }
    }
    for (const result of this.results) {
      if (result.observed !== 'DENY') continue;
      const reference = missing.get(`${result.op}|${result.actor.userId}`);
      const messages = messagesOf(result);
      if (reference !== undefined && messages !== reference) {
        this.fail(result, `denial ${messages} differs from the one for a non-existent household ${reference}`);
      }
    }
  }

  /** role × op → `allowed/total`, from what the product answered (or, with `expected`, from the expected table). */
  summary(source: 'observed' | 'expected' = 'observed'): Record<string, string> {
    const table = new Map<string, Map<Role, { allowed: number; total: number }>>();
    for (const result of this.results) {
      const row = table.get(result.op) ?? new Map();
      table.set(result.op, row);
      const cell = row.get(result.actor.role) ?? { allowed: 0, total: 0 };
      row.set(result.actor.role, cell);
      cell.total++;
      if ((source === 'observed' ? result.observed : result.expected) === 'ALLOW') cell.allowed++;
    }
    return Object.fromEntries(
      [...table].map(([op, row]) => [
        op,
        ROLES.map((role) => `${ROLE_LETTER[role]} ${row.get(role)?.allowed ?? 0}/${row.get(role)?.total ?? 0}`).join(
          ' · ',
        ),
      ]),
    );
  }
}

export const ROLE_LETTER: Readonly<Record<Role, string>> = {
  regisseur: 'R',
  domeinmedewerker: 'D',
  functioneel_beheerder: 'B',
  auditor: 'A',
};

/** Runs `task` over `items` with at most `size` running at once; results in the order of `items`. */
export async function inBatches<T, R>(items: readonly T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
