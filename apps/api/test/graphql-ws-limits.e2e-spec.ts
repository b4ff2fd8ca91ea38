import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevelopmentToken } from '@regie/access';
import { GRAPHQL_LIMITS } from '../src/graphql/graphql-armor';
import { RATE_LIMIT_MESSAGE } from '../src/security/rate-limit';
import { beheerder, startTestApp, tokenFor, type TestApp } from './test-app';

// graphql-ws gets the HTTP path's limits: document rules, a message limit, subscriptions only, the rate limit.

const HOUSEHOLD = '00000000-0000-4000-8000-000000000001';
type Outcome = { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown };

async function listening(api: TestApp): Promise<string> {
  await api.app.listen(0, '127.0.0.1');
  return `ws://127.0.0.1:${(api.app.getHttpServer() as { address(): AddressInfo }).address().port}/graphql`;
}

/** One operation over a fresh graphql-ws connection: the first result or the error it ends with (bounded). */
async function overWs(url: string, query: string, clients: Client[], token?: string): Promise<Outcome> {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token ?? (await tokenFor(beheerder))}` },
    retryAttempts: 0,
  });
  clients.push(client);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('graphql-ws: no answer in 5 s')), 5000);
    client.subscribe(
      { query },
      {
        next: (result) => (clearTimeout(timer), resolve(result as Outcome)),
        error: (error) => (clearTimeout(timer), resolve({ errors: error as Outcome['errors'] })),
        complete: () => (clearTimeout(timer), resolve({})),
      },
    );
  });
}

const codeOf = (outcome: Outcome) => outcome.errors?.[0]?.extensions?.code;
const subscription = (selection: string) =>
  `subscription { timelineUpdated(householdId: "${HOUSEHOLD}") { ${selection} } }`;

describe('graphql-ws under the HTTP limits', () => {
  let api: TestApp;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp('postgres');
    url = await listening(api);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api?.close();
  });

  it('refuses a query or a mutation over graphql-ws: only subscriptions, the rest goes over HTTP', async () => {
    const query = await overWs(url, '{ system { version } }', clients);
    expect(query.data).toBeUndefined();
    expect(codeOf(query)).toBe('BAD_REQUEST');
    expect(query.errors![0]!.message).toMatch(/alleen subscriptions/);
    const mutation = await overWs(
      url,
      'mutation { registerHousehold(input: { gemeente: "0363", name: "X", members: [] }) { position } }',
      clients,
    );
    expect(codeOf(mutation)).toBe('BAD_REQUEST');
  });

  it('refuses one alias over the limit (3,000 aliases ran 18 s before)', async () => {
    const aliases = (count: number) => Array.from({ length: count }, (_, index) => `a${index}: id`).join(' ');
    const over = await overWs(url, subscription(aliases(GRAPHQL_LIMITS.maxAliases + 1)), clients);
    expect(codeOf(over)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(over.errors![0]!.message).toContain(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded`);
    // At the limit the subscription starts, and then the household's access rule answers.
    const atLimit = await overWs(url, subscription(aliases(GRAPHQL_LIMITS.maxAliases)), clients);
    expect(codeOf(atLimit)).not.toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document too deep, too costly, with too many tokens, and hides field suggestions', async () => {
    let deep = 'id';
    for (let level = 2; level < GRAPHQL_LIMITS.maxDepth + 1; level++) deep = `... on TimelineEntry { ${deep} }`;
    const tooDeep = await overWs(url, subscription(deep), clients);
    expect(tooDeep.errors![0]!.message).toContain(`Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`);
    expect(codeOf(tooDeep)).toBe('GRAPHQL_VALIDATION_FAILED');

    // Fragments that each spread the next ten times: 10^2 copies of 200 fields, over the limit in few tokens.
    const names = ['A', 'B', 'C'];
    const fragments = names.map((name, index) => {
      const next = names[index + 1];
      return `fragment ${name} on TimelineEntry { ${next ? `...${next} `.repeat(10) : 'id '.repeat(200)} }`;
    });
    const tooCostly = await overWs(url, `${subscription('...A')} ${fragments.join(' ')}`, clients);
    expect(codeOf(tooCostly)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooCostly.errors![0]!.message).toContain(`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded`);

    const tooLong = await overWs(url, subscription('id '.repeat(GRAPHQL_LIMITS.maxTokens)), clients);
    expect(codeOf(tooLong)).toBe('GRAPHQL_PARSE_FAILED');
    expect(tooLong.errors![0]!.message).toContain(`more that ${GRAPHQL_LIMITS.maxTokens} tokens`);

    const typo = await overWs(url, subscription('summar'), clients);
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0]!.message).not.toContain('Did you mean');
  });

  it('closes a connection whose message is over 100 kB (1009) instead of reading up to 100 MiB', async () => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => {
      const timer = setTimeout(() => resolve(-1), 5000); // -1: still open after 5 s
      socket.once('close', (code) => (clearTimeout(timer), resolve(code)));
    });
    const token = await tokenFor(beheerder);
    socket.send(
      JSON.stringify({
        type: 'connection_init',
        payload: { authorization: `Bearer ${token}`, pad: 'x'.repeat(110_000) },
      }),
    );
    expect(await closed).toBe(1009);
  });
});

describe('graphql-ws operations count against the rate limit', () => {
  let api: TestApp;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp('postgres', { RATE_LIMIT_PER_MINUTE: '3' });
    url = await listening(api);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api?.close();
  });

  it('trips after the budget: each subscription start is one operation', async () => {
    const outcomes: Outcome[] = [];
    for (let operation = 0; operation < 4; operation++) {
      outcomes.push(await overWs(url, subscription('id summary'), clients));
    }
    expect(outcomes.slice(0, 3).map(codeOf)).not.toContain('RATE_LIMITED');
    expect(outcomes[3]!.errors![0]).toMatchObject({
      message: RATE_LIMIT_MESSAGE,
      extensions: { code: 'RATE_LIMITED' },
    });
  });
});

describe('graphql-ws with NODE_ENV=production', () => {
  let api: TestApp;
  let url: string;
  const clients: Client[] = [];
  const secret = `graphql-ws-e2e-${'x'.repeat(32)}`;

  beforeAll(async () => {
    api = await startTestApp('postgres', {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      AUTH_JWT_SECRET: secret,
      SEARCH_INDEX_KEY: `graphql-ws-e2e-search-${'s'.repeat(32)}`,
    });
    url = await listening(api);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api?.close();
  });

  it('refuses introspection as HTTP does', async () => {
    const { userId, ...claims } = beheerder;
    const token = await signDevelopmentToken({ ...claims, sub: userId, gemeente: '0363' }, { secret });
    const introspection = await overWs(url, '{ __schema { queryType { name } } }', clients, token);
    expect(codeOf(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.errors![0]!.message).toMatch(/introspection/i);
  });
});
