import { EVENT_STORE, sqlDatabaseOf, type EventStore } from '@regie/event-store';
import { HouseholdEventType, householdStream, todayInNetherlands } from '@regie/household';
import { beheerder, startTestApp, type TestActor, type TestApp } from '../../../apps/api/test/test-app';
import { budgetStream, BudgetEventType } from '../src/budget.events';

const today = todayInNetherlands();
const year = Number(today.slice(0, 4));
const regisseurA: TestActor = { userId: 'u-regie-a', role: 'regisseur', name: 'Anna Regie', gemeente: '0363' };
const regisseurB: TestActor = { userId: 'u-regie-b', role: 'regisseur', name: 'Bram Regie', gemeente: '0363' };
const wmoMedewerker: TestActor = { userId: 'u-wmo', role: 'domeinmedewerker', domain: 'WMO', gemeente: '0363' };

const SET = `mutation($input: SetMaatwerkbudgetInput!) {
  setMaatwerkbudget(input: $input) { year totalCents perHouseholdCents reservedCents remainingCents spendCount } }`;
const SPEND = `mutation($input: SpendMaatwerkbudgetInput!) {
  spendMaatwerkbudget(input: $input) { spendId householdId eventIds streamRevision position } }`;
const EVALUATE = `mutation($input: EvaluateMaatwerkbudgetInput!) {
  evaluateMaatwerkbudget(input: $input) { householdId eventIds position } }`;
const OVERVIEW = `query($year: Int!) {
  maatwerkbudget(year: $year) { year totalCents perHouseholdCents reservedCents remainingCents spendCount } }`;

interface Household {
  householdId: string;
  memberIds: string[];
}

describe('maatwerkbudget over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let store: EventStore;
  let a: Household;
  let b: Household;

  beforeAll(async () => {
    api = await startTestApp('postgres');
    store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    a = await householdOf(regisseurA, 'Familie De Vries');
    b = await householdOf(regisseurB, 'Familie Jansen');
  });
  afterAll(() => api?.close());

  async function householdOf(regisseur: TestActor, name: string): Promise<Household> {
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name,
          members: [{ bsn: '111222333', name: 'Sanne', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const householdId = registered.data!.registerHousehold.householdId;
    const assigned = await api.graphql(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`,
      { input: { householdId, regisseurUserId: regisseur.userId, regisseurName: regisseur.name, reason: 'intake' } },
    );
    expect(assigned.errors).toBeUndefined();
    const [first] = await store.readStream(householdStream(householdId));
    const memberIds = (first!.data as { members: { memberId: string }[] }).members.map((member) => member.memberId);
    return { householdId, memberIds };
  }

  const spendInput = (household: Household, amountCents: number) => ({
    householdId: household.householdId,
    amountCents,
    spentOn: today,
    purpose: 'Huurachterstand van een maand betaald aan de corporatie',
    prevents: 'HUISUITZETTING',
    memberIds: household.memberIds,
  });

  /** Both streams, to show a refused spend wrote nothing anywhere. */
  const streamLengths = async () => ({
    budget: (await store.readStream(budgetStream('0363'))).length,
    a: (await store.readStream(householdStream(a.householdId))).length,
    b: (await store.readStream(householdStream(b.householdId))).length,
  });

  it('runs a year of the maatwerkbudget: set, spend, refuse, evaluate, overview', async () => {
    // The functioneel beheerder sets the budget; a regisseur may not.
    expect(
      (await api.graphql(SET, { input: { year, totalCents: 100_000, perHouseholdCents: 80_000 } }, regisseurA))
        .errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');
    const set = await api.graphql(SET, { input: { year, totalCents: 100_000, perHouseholdCents: 80_000 } }, beheerder);
    expect(set).toEqual({
      data: {
        setMaatwerkbudget: {
          year,
          totalCents: 100_000,
          perHouseholdCents: 80_000,
          reservedCents: 0,
          remainingCents: 100_000,
          spendCount: 0,
        },
      },
    });

    // The regisseur of household A spends; the household stream holds the spend.
    const spent = await api.graphql<{ spendMaatwerkbudget: { spendId: string; position: string } }>(
      SPEND,
      { input: spendInput(a, 60_000) },
      regisseurA,
    );
    expect(spent.errors).toBeUndefined();
    const { spendId, position } = spent.data!.spendMaatwerkbudget;
    expect(position).toMatch(/^[0-9]+$/);
    const householdEvents = await store.readStream(householdStream(a.householdId));
    expect(householdEvents.at(-1)).toMatchObject({
      type: HouseholdEventType.maatwerkbudgetSpent,
      data: { spendId, amountCents: 60_000, budgetYear: year, prevents: 'HUISUITZETTING', memberIds: a.memberIds },
    });

    // The purpose is personal data: sealed at rest, readable through the store.
    const { rows } = await sqlDatabaseOf(store)!.query<{ data: unknown }>(
      'select data from events where event_type = $1',
      [HouseholdEventType.maatwerkbudgetSpent],
    );
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.data)).not.toContain('Huurachterstand');

    // Refusals write nothing in either stream.
    const before = await streamLengths();
    const refused = async (input: object, actor: TestActor) =>
      (await api.graphql(SPEND, { input }, actor)).errors?.[0]?.extensions.code;
    expect(await refused(spendInput(a, 30_000), regisseurA)).toBe('HOUSEHOLD_BUDGET_EXCEEDED');
    expect(await refused(spendInput(b, 50_000), regisseurB)).toBe('BUDGET_EXCEEDED');
    expect(await refused(spendInput(a, 1_000), wmoMedewerker)).toBe('FORBIDDEN');
    expect(await refused(spendInput(a, 1_000), regisseurB)).toBe('FORBIDDEN');
    // Both refusals are in the verwerkingenlog, as the auditor sees it.
    const auditor: TestActor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };
    const log = await api.graphql<{ processingLog: { edges: { node: { userId: string; operation: string } }[] } }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 100) {
         edges { node { userId operation } } } }`,
      { filter: { householdId: a.householdId, operation: 'DENIED' } },
      auditor,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.processingLog.edges.map(({ node }) => node.userId)).toEqual(
      expect.arrayContaining([wmoMedewerker.userId, regisseurB.userId]),
    );
    expect(await refused({ ...spendInput(b, 1_000), prevents: 'VAKANTIE' }, regisseurB)).toBe('BAD_USER_INPUT');
    expect(await refused({ ...spendInput(b, 1_000), purpose: 'kort' }, regisseurB)).toBe('BAD_USER_INPUT');
    expect(await streamLengths()).toEqual(before);

    // Lowering the budget below what is reserved is refused.
    const lowered = await api.graphql(SET, { input: { year, totalCents: 59_999, perHouseholdCents: 0 } }, beheerder);
    expect(lowered.errors?.[0]?.extensions.code).toBe('BUDGET_BELOW_RESERVED');

    // The regisseur evaluates the spend later (here: the same day).
    const evaluated = await api.graphql(
      EVALUATE,
      { input: { householdId: a.householdId, spendId, evaluatedOn: today, worked: 'JA', note: 'Huur loopt weer' } },
      regisseurA,
    );
    expect(evaluated.errors).toBeUndefined();
    expect((await store.readStream(householdStream(a.householdId))).at(-1)).toMatchObject({
      type: HouseholdEventType.maatwerkbudgetEvaluated,
      data: { spendId, worked: 'JA', note: 'Huur loopt weer' },
    });
    const foreignEvaluation = await api.graphql(
      EVALUATE,
      { input: { householdId: a.householdId, spendId, evaluatedOn: today, worked: 'NEE' } },
      regisseurB,
    );
    expect(foreignEvaluation.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    // The totals, for the beheerder and the regisseurs of the gemeente; not for a domeinmedewerker.
    const totals = {
      year,
      totalCents: 100_000,
      perHouseholdCents: 80_000,
      reservedCents: 60_000,
      remainingCents: 40_000,
      spendCount: 1,
    };
    expect((await api.graphql(OVERVIEW, { year }, regisseurB)).data).toEqual({ maatwerkbudget: totals });
    expect((await api.graphql(OVERVIEW, { year }, beheerder)).data).toEqual({ maatwerkbudget: totals });
    expect((await api.graphql(OVERVIEW, { year }, wmoMedewerker)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const otherGemeente = { ...beheerder, gemeente: '0599' };
    expect((await api.graphql(OVERVIEW, { year }, otherGemeente)).data).toEqual({
      maatwerkbudget: {
        year,
        totalCents: null,
        perHouseholdCents: null,
        reservedCents: 0,
        remainingCents: null,
        spendCount: 0,
      },
    });

    const budgetEvents = await store.readStream(budgetStream('0363'));
    expect(budgetEvents.map((event) => event.type)).toEqual([BudgetEventType.set, BudgetEventType.reserved]);
  });
});
