import { startTestApp, type TestApp } from './test-app';

const RECORDED = 'householdId eventIds streamRevision position';
const members = [
  { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
  { bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
];

describe('household mutations over HTTP on PostgreSQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  async function registerHousehold(): Promise<string> {
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      { input: { gemeente: '0363', name: 'Familie De Vries', members } },
    );
    expect(errors).toBeUndefined();
    return data!.registerHousehold.householdId;
  }

  async function headPosition(): Promise<string | null> {
    const { data } = await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }');
    return data!.system.headPosition;
  }

  it('registers a household and returns event ids, stream revision and global position as strings', async () => {
    const { data } = await api.graphql<{ registerHousehold: Record<string, unknown> }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      { input: { gemeente: '0363', name: 'Familie Jansen', members } },
    );
    expect(data!.registerHousehold).toEqual({
      householdId: expect.any(String),
      eventIds: [expect.any(String)],
      streamRevision: '0',
      position: expect.stringMatching(/^[0-9]+$/),
    });
  });

  it.each([
    ['a BSN failing the elfproef', { ...members[0], bsn: '111222334' }, 'BAD_USER_INPUT'],
    ['a malformed birth date', { ...members[0], birthDate: '12-03-1988' }, 'BAD_USER_INPUT'],
  ])('rejects %s with a stable code and writes nothing', async (_label, member, code) => {
    const before = await headPosition();
    const { data, errors } = await api.graphql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      { input: { gemeente: '0363', name: 'X', members: [member] } },
    );
    expect(data).toBeFalsy();
    expect(errors![0]!.extensions.code).toBe(code);
    expect(errors![0]!.message).toMatch(/\S/);
    expect(JSON.stringify(errors)).not.toMatch(/stack|at \w+ \(|select|insert/i);
    expect(await headPosition()).toBe(before);
  });

  it('names refused fields by their path in extensions.fields, with the message per field in problems', async () => {
    const { errors } = await api.graphql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      { input: { gemeente: '0363', name: 'X', members: [{ ...members[0], birthDate: '12-03-1988' }] } },
    );
    const extensions = errors![0]!.extensions as unknown as { fields: string[]; problems: { field: string }[] };
    expect(extensions.fields).toEqual(['input.members.0.birthDate']);
    expect(extensions.problems).toEqual([{ field: 'input.members.0.birthDate', message: expect.any(String) }]);
  });

  it('rejects a mutation without a caller as UNAUTHENTICATED', async () => {
    const { errors } = await api.graphql(
      `mutation { closeHousehold(input: { householdId: "00000000-0000-4000-8000-000000000009", reason: "x" }) { position } }`,
      {},
      { userId: '', role: '' },
    );
    expect(errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers FORBIDDEN for an unknown household, so a refusal never tells whether it exists', async () => {
    const { errors } = await api.graphql(
      `mutation { closeHousehold(input: { householdId: "00000000-0000-4000-8000-000000000009", reason: "x" }) { position } }`,
    );
    expect(errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('hands the regisseur over, and refuses posts to a closed household until it is reopened', async () => {
    const householdId = await registerHousehold();
    const assign = (userId: string, name: string) =>
      api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { streamRevision } }`, {
        input: { householdId, regisseurUserId: userId, regisseurName: name, reason: 'start' },
      });
    expect((await assign('u-anna', 'Anna Bakker')).errors).toBeUndefined();
    expect((await assign('u-bram', 'Bram Smit')).errors).toBeUndefined();
    const close = await api.graphql(
      `mutation($id: ID!) { closeHousehold(input: { householdId: $id, reason: "klaar" }) { streamRevision } }`,
      {
        id: householdId,
      },
    );
    expect(close.errors).toBeUndefined();
    const { errors } = await assign('u-anna', 'Anna Bakker');
    expect(errors![0]!.extensions.code).toBe('HOUSEHOLD_CLOSED');
    const reopen = await api.graphql(
      `mutation($id: ID!) { reopenHousehold(input: { householdId: $id, reason: "terug" }) { streamRevision } }`,
      {
        id: householdId,
      },
    );
    expect(reopen.data).toEqual({ reopenHousehold: { streamRevision: '4' } });
  });

  it('retries concurrent writers on one household instead of overwriting: every goal lands', async () => {
    const householdId = await registerHousehold();
    const anna = { userId: 'u-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
    await api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { streamRevision } }`, {
      input: { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'intake' },
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        api.graphql(
          `mutation($input: SetPlanGoalInput!) { setPlanGoal(input: $input) { streamRevision } }`,
          { input: { householdId, title: `Doel ${index}`, domains: [], memberIds: [] } },
          anna,
        ),
      ),
    );
    expect(results.filter((result) => result.errors)).toEqual([]);
    const revisions = results.map((result) =>
      Number((result.data as { setPlanGoal: { streamRevision: string } }).setPlanGoal.streamRevision),
    );
    expect(revisions.sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('registers a provider once by AGB-code', async () => {
    const register = () =>
      api.graphql(
        `mutation { registerProvider(input: { agbCode: "98765432", name: "Buurtteam Oost", domains: [] }) { eventIds } }`,
      );
    const first = await register();
    expect(first.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT'); // no domains
  });
});
