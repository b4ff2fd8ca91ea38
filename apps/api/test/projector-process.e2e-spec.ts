import { createSchema, eventually, startApi, type ApiProcess } from './processes';
import { beheerder } from './test-app';

/**
 * The compose deployment: apis that do not project (API_PROJECTOR=false) and one projector process
 * (PROJECTOR_ONLY=true) that serves health and metrics on its port and logs JSON lines.
 */
describe('one projector process and an api that does not project (PostgreSQL)', () => {
  let schema: Awaited<ReturnType<typeof createSchema>>;
  let api: ApiProcess;
  let projector: ApiProcess;

  beforeAll(async () => {
    schema = await createSchema();
    // A level at which the projector says something: its start-up line must be JSON too.
    projector = await startApi(schema.url, { PROJECTOR_ONLY: 'true', LOG_LEVEL: 'info', NODE_ENV: 'development' });
    api = await startApi(schema.url, { API_PROJECTOR: 'false' });
  }, 120_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    await projector?.kill('SIGTERM');
    await schema?.drop();
  });

  it('the projector answers /health/live and /health/ready as the active projector', async () => {
    const ready = await eventually(async () => {
      const details = await projector.ready();
      return details?.projector.role === 'active' ? details : undefined;
    });
    expect(ready).toMatchObject({ eventStore: { status: 'up' }, readModel: { status: 'up' } });
  });

  it('the projector serves Prometheus metrics and no GraphQL', async () => {
    const base = `http://127.0.0.1:${projector.port}`;
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^regie_projector_active 1$/m);
    expect(metrics).toMatch(/^regie_projector_lag_events \d+$/m);
    expect((await fetch(`${base}/graphql`, { method: 'POST' })).status).toBe(404);
  });

  it('the api does not project: its projector is stopped, and what it writes is projected by the other process', async () => {
    expect((await api.ready())?.projector.role).toBe('stopped');
    const result = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Projector',
          members: [{ bsn: '111222333', name: 'Lid', birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }],
        },
      },
      beheerder,
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.registerHousehold.householdId;
    const read = await api.graphql<{ household: { name: string } }>(
      'query($id: ID!) { household(id: $id) { name } }',
      { id },
      beheerder,
    );
    expect(read.data?.household.name).toBe('Familie Projector');
  });

  it('the projector logs JSON lines only', async () => {
    const lines = projector.stdout().trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.map((line) => JSON.parse(line).msg)).toContainEqual(expect.stringContaining('projector running'));
  });
});
