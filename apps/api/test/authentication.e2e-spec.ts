import type { AddressInfo } from 'node:net';
import { signDevelopmentToken, TokenVerifier, UNAUTHENTICATED_MESSAGE, WS_FORBIDDEN } from '@regie/access';
import { DEVELOPMENT_JWT_SECRET } from '@regie/config';
import { DomainRegistry } from '@regie/household';
import { createClient, type Client } from 'graphql-ws';
import { SignJWT, UnsecuredJWT } from 'jose';
import request from 'supertest';
import WebSocket from 'ws';
import { RATE_LIMIT_MESSAGE } from '../src/security/rate-limit';
import { beheerder, startTestApp, tokenFor, type TestApp } from './test-app';

// Bearer JWT authentication of the real app on PostgreSQL: HTTP, graphql-ws and the per-user rate limit.

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`;
const household = (name: string) => ({
  input: {
    gemeente: '0363',
    name,
    members: [{ bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' }],
  },
});
const claims = { sub: 'u-beheer', role: 'functioneel_beheerder', name: 'Fatima Beheer', gemeente: '0363' };
const seconds = () => Math.floor(Date.now() / 1000);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}

async function post(api: TestApp, authorization: string | undefined, query: string, variables = {}) {
  const call = request(api.app.getHttpServer()).post('/graphql');
  if (authorization !== undefined) call.set('authorization', authorization);
  const response = await call.send({ query, variables });
  return { status: response.status, body: response.body as GraphQLBody, headers: response.headers };
}

describe('authentication over HTTP', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  const headPosition = async () =>
    (await post(api, undefined, '{ system { headPosition } }')).body.data!.system as { headPosition: string | null };

  const rejected: [string, () => Promise<string | undefined>][] = [
    ['no Authorization header', async () => undefined],
    ['a garbage token', async () => 'Bearer garbage'],
    ['another scheme', async () => 'Basic dXNlcjpwYXNz'],
    ['a token without the Bearer scheme', async () => tokenFor(beheerder)],
    [
      'a bad signature',
      async () => `Bearer ${await signDevelopmentToken(claims, { secret: 'not-the-api-secret-but-long-enough-1234' })}`,
    ],
    [
      'alg none',
      async () =>
        `Bearer ${new UnsecuredJWT({ ...claims }).setIssuer('regie').setAudience('regie-api').setExpirationTime('1h').encode()}`,
    ],
    [
      'HS512 with the right secret',
      async () =>
        `Bearer ${await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS512' })
          .setIssuer('regie')
          .setAudience('regie-api')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))}`,
    ],
    ['an expired token', async () => `Bearer ${await signDevelopmentToken(claims, { expiresIn: -120 })}`],
    [
      'a token without exp',
      async () =>
        `Bearer ${await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('regie')
          .setAudience('regie-api')
          .setIssuedAt(seconds())
          .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))}`,
    ],
    [
      'a lifetime over AUTH_TOKEN_MAX_HOURS (exp in the year 3000)',
      async () =>
        `Bearer ${await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('regie')
          .setAudience('regie-api')
          .setIssuedAt(seconds())
          .setExpirationTime(Date.UTC(3000, 0, 1) / 1000)
          .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))}`,
    ],
    [
      'an iat in the future',
      async () =>
        `Bearer ${await new SignJWT({ ...claims })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('regie')
          .setAudience('regie-api')
          .setIssuedAt(seconds() + 600)
          .setExpirationTime(seconds() + 3600)
          .sign(new TextEncoder().encode(DEVELOPMENT_JWT_SECRET))}`,
    ],
    ['a wrong issuer', async () => `Bearer ${await signDevelopmentToken(claims, { issuer: 'elders' })}`],
    ['a wrong audience', async () => `Bearer ${await signDevelopmentToken(claims, { audience: 'andere-api' })}`],
    ['an unknown role', async () => `Bearer ${await signDevelopmentToken({ ...claims, role: 'admin' })}`],
    [
      'a domeinmedewerker without domain',
      async () => `Bearer ${await signDevelopmentToken({ ...claims, role: 'domeinmedewerker' })}`,
    ],
    ['a malformed gemeente', async () => `Bearer ${await signDevelopmentToken({ ...claims, gemeente: '363' })}`],
    ['no gemeente', async () => `Bearer ${await signDevelopmentToken({ ...claims, gemeente: undefined })}`],
  ];

  it.each(rejected)('refuses %s with UNAUTHENTICATED, one message, no data and no write', async (_case, header) => {
    const authorization = await header();
    const before = await headPosition();
    for (const [query, variables] of [
      [REGISTER, household('Familie Geweigerd')],
      ['{ myHouseholds(first: 5) { totalCount } }', {}],
    ] as const) {
      const { status, body } = await post(api, authorization, query, variables);
      expect(status).toBe(200);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]).toMatchObject({
        message: UNAUTHENTICATED_MESSAGE,
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(Object.keys(body.errors![0]!.extensions)).toEqual(['code']);
    }
    expect(await headPosition()).toEqual(before);
  });

  it('refuses a bad token even where no actor is needed; no token at all may ask for `system`', async () => {
    const bad = await post(api, 'Bearer garbage', '{ system { version } }');
    expect(bad.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(bad.body.data ?? null).toBeNull();
    expect((await post(api, undefined, '{ system { version } }')).body).toEqual({
      data: { system: { version: expect.any(String) } },
    });
  });

  it('accepts a valid token, in any case of the Bearer scheme', async () => {
    const token = await tokenFor(beheerder);
    for (const scheme of ['Bearer', 'bearer']) {
      const { body } = await post(api, `${scheme} ${token}`, REGISTER, household('Familie Toegelaten'));
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ registerHousehold: { householdId: expect.any(String) } });
    }
  });

  it('accepts a domeinmedewerker of every domain this app runs', async () => {
    const registered = api.app.get(DomainRegistry).all.map((domain) => domain.code);
    expect(registered.length).toBeGreaterThanOrEqual(3);
    const verifier = api.app.get(TokenVerifier, { strict: false });
    for (const domain of registered) {
      expect(verifier.domains).toContain(domain);
      const token = await signDevelopmentToken({
        sub: `u-${domain}`,
        role: 'domeinmedewerker',
        domain,
        gemeente: '0363',
      });
      expect((await verifier.verify(token)).actor.domain).toBe(domain);
      // `system` needs no actor but refuses a token that does not verify.
      expect((await post(api, `Bearer ${token}`, '{ system { version } }')).body.errors).toBeUndefined();
    }
  });
});

describe('authentication over graphql-ws', () => {
  let api: TestApp;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await api.app.listen(0, '127.0.0.1');
    url = `ws://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api?.close();
  });

  /** Connects and resolves with 'connected' or the close code, whichever comes first (bounded). */
  function connect(
    connectionParams: Record<string, unknown>,
  ): Promise<{ client: Client; outcome: 'connected' | number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('graphql-ws: no answer in 5 s')), 5000);
      const client: Client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        on: {
          connected: () => (clearTimeout(timer), resolve({ client, outcome: 'connected' })),
          closed: (event) => (clearTimeout(timer), resolve({ client, outcome: (event as { code: number }).code })),
        },
        onNonLazyError: () => undefined,
      });
      clients.push(client);
    });
  }

  it('refuses a connection without a token, with garbage or with an expired token (4403)', async () => {
    expect((await connect({})).outcome).toBe(WS_FORBIDDEN);
    expect((await connect({ authorization: 'Bearer garbage' })).outcome).toBe(WS_FORBIDDEN);
    const expired = await signDevelopmentToken(claims, { expiresIn: -120 });
    expect((await connect({ authorization: `Bearer ${expired}` })).outcome).toBe(WS_FORBIDDEN);
  });

  it('accepts connectionParams.authorization or .Authorization and pushes to a subscriber with a valid token', async () => {
    expect((await connect({ Authorization: `Bearer ${await tokenFor(beheerder)}` })).outcome).toBe('connected');

    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      REGISTER,
      household('Familie Live'),
    );
    const householdId = registered.data!.registerHousehold.householdId;
    const jeugdteam = { userId: 'u-jeugd', role: 'domeinmedewerker', domain: 'JEUGD', gemeente: '0363' };
    // Jeugd's staff follow a household's timeline once Jeugd recorded something in it.
    const members = await api.graphql<{ household: { members: { id: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id } } }`,
      { id: householdId },
      beheerder,
    );
    const memberId = members.data!.household.members[0]!.id;
    const involved = await api.graphql(
      `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
      { input: { householdId, memberId, datum: '2026-04-02', soort: 'GESPREK', note: 'Kennismaking' } },
      jeugdteam,
    );
    expect(involved.errors).toBeUndefined();
    const { client, outcome } = await connect({ authorization: `Bearer ${await tokenFor(jeugdteam)}` });
    expect(outcome).toBe('connected');
    const received = new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        {
          query: `subscription($id: ID!) { timelineUpdated(householdId: $id) { summary } }`,
          variables: { id: householdId },
        },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await api.graphql(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`,
      { input: { householdId, regisseurUserId: 'u-anna', regisseurName: 'Anna Bakker', reason: 'Start regie' } },
      beheerder,
    );
    expect(await received).toEqual({ data: { timelineUpdated: { summary: 'Anna Bakker is regisseur' } } });
  });

  it('closes the connection (4403) when its token expires', async () => {
    const shortLived = await signDevelopmentToken(claims, { expiresIn: 2 });
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${shortLived}` },
        retryAttempts: 0,
        lazy: false,
        on: { closed: (event) => resolve((event as { code: number }).code) },
        onNonLazyError: () => undefined,
      });
      clients.push(client);
    });
    const started = Date.now();
    expect(await closed).toBe(WS_FORBIDDEN);
    expect(Date.now() - started).toBeGreaterThan(500);
  });
});

describe('per-user rate limit', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres', { RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(() => api?.close());

  it('trips at the configured limit with RATE_LIMITED, per user, counting one operation once', async () => {
    const anna = `Bearer ${await tokenFor({ userId: 'u-anna', role: 'regisseur', gemeente: '0363' })}`;
    const bram = `Bearer ${await tokenFor({ userId: 'u-bram', role: 'regisseur', gemeente: '0363' })}`;
    // Two top-level fields in one operation are one hit.
    const first = await post(api, anna, '{ a: myHouseholds(first: 1) { totalCount } b: system { version } }');
    expect(first.body.errors).toBeUndefined();
    expect(first.headers['x-ratelimit-limit']).toBe('5');
    for (let hit = 2; hit <= 5; hit++) {
      expect((await post(api, anna, '{ myHouseholds(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    }
    const over = await post(api, anna, '{ myHouseholds(first: 1) { totalCount } }');
    expect(over.status).toBe(200);
    expect(over.body.data ?? null).toBeNull();
    expect(over.body.errors![0]).toMatchObject({
      message: RATE_LIMIT_MESSAGE,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    // Mutations share the same budget.
    expect((await post(api, anna, REGISTER, household('X'))).body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
    // Another user has a budget of their own, and so has a caller without a token (by address).
    expect((await post(api, bram, '{ myHouseholds(first: 1) { totalCount } }')).body.errors).toBeUndefined();
    expect((await post(api, undefined, '{ system { version } }')).body.errors).toBeUndefined();
  });
});
