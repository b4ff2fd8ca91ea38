import request from 'supertest';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

const anna: TestActor = { userId: 'u-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const WRITERS = 32;

/** The value of a Prometheus counter without labels, 0 when absent. */
async function counter(api: TestApp, name: string): Promise<number> {
  const metrics = (await request(api.app.getHttpServer()).get('/metrics')).text;
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

describe('a busy household: many writers in one api process', () => {
  let api: TestApp;
  let householdId: string;

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Druk',
          members: [{ bsn: '111222333', name: 'Eva Druk', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
      beheerder,
    );
    householdId = registered.data!.registerHousehold.householdId;
    await api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`, {
      input: { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'intake' },
    });
  }, 120_000);
  afterAll(() => api?.close());

  it(`acknowledges ${WRITERS} concurrent commands on one household without a conflict or a retry`, async () => {
    const retriesBefore = await counter(api, 'regie_command_retries_total');
    const answers = await Promise.all(
      Array.from({ length: WRITERS }, (_, index) =>
        api.graphql(
          `mutation($input: SetPlanGoalInput!) { setPlanGoal(input: $input) { position } }`,
          { input: { householdId, title: `Doel ${index}`, domains: [], memberIds: [] } },
          anna,
        ),
      ),
    );
    expect(answers.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions.code)).toEqual([]);
    expect(await counter(api, 'regie_command_retries_total')).toBe(retriesBefore);
  });
});
