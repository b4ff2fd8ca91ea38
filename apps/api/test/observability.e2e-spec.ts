import request from 'supertest';
import { startTestApp, type TestApp } from './test-app';

describe('health and metrics over HTTP on PostgreSQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  const metric = (text: string, line: RegExp) => {
    const found = text.split('\n').find((candidate) => line.test(candidate));
    return found === undefined ? undefined : Number(found.split(' ').at(-1));
  };

  it('counts commands by name and result, GraphQL latency, and reports the projector', async () => {
    const register = (bsn: string) =>
      api.graphql(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { position } }`, {
        input: {
          gemeente: '0363',
          name: 'Familie Meijer',
          members: [{ bsn, name: 'Kees Meijer', birthDate: '1970-01-01', relation: 'OUDER_VERZORGER' }],
        },
      });
    expect((await register('111222333')).errors).toBeUndefined();
    expect((await register('111222334')).errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await api.graphql('{ system { version } }')).errors).toBeUndefined();

    const { text, headers } = await request(api.app.getHttpServer()).get('/metrics').expect(200);
    expect(headers['content-type']).toMatch(/^text\/plain/);
    expect(metric(text, /^regie_commands_total\{command="registerHousehold",result="ok"\}/)).toBe(1);
    expect(metric(text, /^regie_commands_total\{command="registerHousehold",result="BAD_USER_INPUT"\}/)).toBe(1);
    expect(text).not.toMatch(/^regie_commands_total\{command="(system|household)"/m); // queries are not commands
    expect(metric(text, /^regie_graphql_request_duration_seconds_count\{operation="mutation",outcome="ok"\}/)).toBe(1);
    expect(metric(text, /^regie_graphql_request_duration_seconds_count\{.*outcome="BAD_USER_INPUT"\}/)).toBe(1);
    expect(metric(text, /^regie_projector_active /)).toBe(1);
    expect(metric(text, /^regie_projector_lag_events /)).toBe(0);
    expect(metric(text, /^regie_projector_events_total /)).toBeGreaterThanOrEqual(1);
    expect(text).toContain('regie_process_cpu_seconds_total');
    expect(text).not.toMatch(/Meijer|111222333/);
  });

  it('reports readiness with the store, the read-model database and the projector', async () => {
    const ready = await request(api.app.getHttpServer()).get('/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({
      eventStore: { status: 'up' },
      readModel: { status: 'up' },
      projector: { status: 'up', role: 'active', lag: 0 },
    });
  });
});

describe('health and metrics outside the rate limit', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres', { RATE_LIMIT_PER_MINUTE: '600' });
  });
  afterAll(() => api?.close());

  it('answers /health/ready and /metrics after 600 anonymous requests from one address', async () => {
    const server = api.app.getHttpServer();
    for (let hit = 0; hit < 600; hit++) {
      const path = hit % 3 === 0 ? '/health/live' : hit % 3 === 1 ? '/health/ready' : '/metrics';
      expect((await request(server).get(path)).status).toBe(200);
    }
    expect((await request(server).get('/health/ready')).status).toBe(200);
    expect((await request(server).get('/health/live')).status).toBe(200);
    expect((await request(server).get('/metrics')).status).toBe(200);
    // The probes did not use this address's anonymous GraphQL budget either.
    const graphql = await request(server).post('/graphql').send({ query: '{ system { version } }' });
    expect(graphql.body.errors).toBeUndefined();
  });
});
