import { startTestApp, type TestActor, type TestApp } from './test-app';

// Malformed dates and cursors are the caller's mistake: BAD_USER_INPUT with a message, never INTERNAL_SERVER_ERROR.

const auditor: TestActor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };
const regisseur: TestActor = { userId: 'u-regisseur-anna', role: 'regisseur', gemeente: '0363' };
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

const BAD_DATES = [
  '0000-00-00',
  'not a date',
  '99999-01-01T00:00:00Z',
  '+099999-01-01T00:00:00.000Z',
  '2026-01-01T00:00:00+25:00',
  '2026-02-30',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '',
];

describe('DateTime arguments and cursors (PostgreSQL)', () => {
  let api: TestApp;
  let householdId: string;
  beforeAll(async () => {
    api = await startTestApp('postgres');
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Datum',
          members: [{ bsn: '111222333', name: 'Sanne', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    householdId = registered.data!.registerHousehold.householdId;
    await api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`, {
      input: { householdId, regisseurUserId: regisseur.userId, regisseurName: 'Anna Bakker', reason: 'intake' },
    });
  });
  afterAll(() => api?.close());

  const expectBadUserInput = (result: { errors?: { message: string; extensions: { code: string } }[] }) => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  };

  it.each(BAD_DATES)('refuses the DateTime %j in the verwerkingenlog filter with BAD_USER_INPUT', async (from) => {
    const result = await api.graphql(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 5) { edges { cursor } } }`,
      { filter: { from } },
      auditor,
    );
    expectBadUserInput(result);
  });

  it.each(BAD_DATES)('refuses the DateTime %j in emergencyAccesses and the timeline filter', async (date) => {
    expectBadUserInput(
      await api.graphql(
        `query($from: DateTime!, $to: DateTime!) { emergencyAccesses(from: $from, to: $to) { id } }`,
        { from: date, to: '2026-01-01T00:00:00Z' },
        auditor,
      ),
    );
    expectBadUserInput(
      await api.graphql(
        `query($id: ID!, $to: DateTime) { household(id: $id) { timeline(first: 5, filter: { to: $to }) { totalCount } } }`,
        { id: householdId, to: date },
        regisseur,
      ),
    );
  });

  it('still takes a date, a UTC date-time and one with an offset', async () => {
    for (const from of [
      '2026-01-01',
      '2026-01-01T10:00:00Z',
      '2026-01-01T10:00:00.123+02:00',
      '2026-01-01t10:00:00z',
    ]) {
      const result = await api.graphql(
        `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 5) { edges { cursor } } }`,
        { filter: { from } },
        auditor,
      );
      expect(result.errors).toBeUndefined();
    }
  });

  it.each([
    ['a log cursor over the bigint range', 'processingLog', cursorOf(['pl', '9999999999999999999'])],
    ['a worklist cursor with a huge number', 'signals', cursorOf([1e300, 'x'])],
    ['a worklist cursor over the integer range', 'signals', cursorOf([2 ** 40, 'x'])],
    ['a timeline cursor in the year 275760', 'timeline', cursorOf(['+275760-09-13T00:00:00.000Z', 'x'])],
    [
      'a timeline cursor over the bigint range',
      'timeline',
      cursorOf(['2026-12-07T18:46:08.770Z', '99999999999999999999']),
    ],
    ['a timeline cursor with 1e5 as position', 'timeline', cursorOf(['2026-12-07T18:46:08.770Z', '1e5'])],
    ['a worklist cursor with a NUL', 'signals', cursorOf([189, '\u0000'])],
    ['a household-list cursor with a NUL', 'myHouseholds', cursorOf(['2026-12-07T18:46:08.770Z', '\u0000'])],
  ])('refuses %s with BAD_USER_INPUT', async (_label, field, after) => {
    const queries: Record<string, [string, Record<string, unknown>, TestActor]> = {
      processingLog: [
        `query($after: String) { processingLog(first: 5, after: $after) { edges { cursor } } }`,
        { after },
        auditor,
      ],
      signals: [
        `query($after: String) { signals(first: 5, after: $after) { edges { cursor } } }`,
        { after },
        regisseur,
      ],
      myHouseholds: [
        `query($after: String) { myHouseholds(first: 5, after: $after) { edges { cursor } } }`,
        { after },
        regisseur,
      ],
      timeline: [
        `query($id: ID!, $after: String) { household(id: $id) { timeline(first: 5, after: $after) { totalCount } } }`,
        { id: householdId, after },
        regisseur,
      ],
    };
    const [query, variables, actor] = queries[field]!;
    expectBadUserInput(await api.graphql(query, variables, actor));
  });
});
