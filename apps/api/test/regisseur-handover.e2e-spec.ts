import { TimelineProjector } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// A regisseur leaves, falls ill or the wijken are divided anew: the functioneel beheerder sees who coordinates which
// open households (`regisseurs`, `regisseurCaseload`) and hands them over one by one with assignRegisseur, guarded by
// `expectedRegisseurUserId` so a list that is out of date hands nothing over twice.

const beheerderElders: TestActor = { userId: 'u-beheer-b', role: 'functioneel_beheerder', gemeente: '0599' };
const auditor: TestActor = { userId: 'u-audit', role: 'auditor', name: 'Ali Audit', gemeente: '0363' };
const anna = { userId: 'u-anna', name: 'Anna Regie' };
const bram = { userId: 'u-bram', name: 'Bram Regie' };
const cor = { userId: 'u-cor', name: 'Cor Regie' };
const annaActor: TestActor = { userId: anna.userId, role: 'regisseur', name: anna.name, gemeente: '0363' };
const member = { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' };

const ASSIGN = `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`;
const CASELOAD = `query($id: ID!, $first: Int, $after: String) {
  regisseurCaseload(regisseurUserId: $id, first: $first, after: $after) {
    totalCount edges { node { id name regisseurSince lastActivity } } pageInfo { hasNextPage endCursor } } }`;

interface Caseload {
  totalCount: number;
  edges: { node: { id: string; name: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('handing a regisseur’s households over (functioneel beheerder) on PostgreSQL', () => {
  let api: TestApp;
  let last = '0';
  const households: Record<string, string> = {};

  const ok = async <T>(call: Promise<{ data?: T; errors?: unknown[] }>): Promise<T> => {
    const { data, errors } = await call;
    if (errors) throw new Error(JSON.stringify(errors));
    return data!;
  };
  const assign = (householdId: string, to: { userId: string; name: string }, expected?: string) =>
    api.graphql<{ assignRegisseur: { position: string } }>(ASSIGN, {
      input: {
        householdId,
        regisseurUserId: to.userId,
        regisseurName: to.name,
        reason: 'Overdracht: verlof',
        ...(expected ? { expectedRegisseurUserId: expected } : {}),
      },
    });
  const register = async (name: string, regisseur: { userId: string; name: string }) => {
    const { registerHousehold } = await ok(
      api.graphql<{ registerHousehold: { householdId: string } }>(
        `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
        { input: { gemeente: '0363', name, members: [member] } },
      ),
    );
    households[name] = registerHousehold.householdId;
    last = (await ok(assign(registerHousehold.householdId, regisseur))).assignRegisseur.position;
    return registerHousehold.householdId;
  };
  const projected = async () =>
    expect(await api.app.get(TimelineProjector, { strict: false }).waitFor(BigInt(last), 10_000)).toBe(true);
  const caseload = async (userId: string, actor: TestActor = beheerder, first?: number, after?: string) =>
    (await ok(api.graphql<{ regisseurCaseload: Caseload }>(CASELOAD, { id: userId, first, after }, actor)))
      .regisseurCaseload;
  const regisseurs = (actor: TestActor = beheerder) =>
    api.graphql<{ regisseurs: { userId: string; name: string; openHouseholds: number }[] }>(
      '{ regisseurs { userId name openHouseholds } }',
      {},
      actor,
    );

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await register('Familie Aydin', anna);
    await register('Familie Bakker', anna);
    await register('Familie Claes', bram);
    const closed = await register('Familie Dekker', anna);
    last = (
      await ok(
        api.graphql<{ closeHousehold: { position: string } }>(
          `mutation($input: HouseholdReasonInput!) { closeHousehold(input: $input) { position } }`,
          { input: { householdId: closed, reason: 'Doelen bereikt' } },
        ),
      )
    ).closeHousehold.position;
    await projected();
  }, 60_000);
  afterAll(() => api?.close());

  it('lists the regisseurs of the own gemeente with their open households, and nothing of another gemeente', async () => {
    expect((await ok(regisseurs())).regisseurs).toEqual([
      { userId: anna.userId, name: anna.name, openHouseholds: 2 },
      { userId: bram.userId, name: bram.name, openHouseholds: 1 },
    ]);
    expect((await ok(regisseurs(beheerderElders))).regisseurs).toEqual([]);
  });

  it('lists a regisseur’s open households (not the closed one) and logs each as read', async () => {
    const list = await caseload(anna.userId);
    expect(list.edges.map((edge) => edge.node.name).sort()).toEqual(['Familie Aydin', 'Familie Bakker']);
    expect(list.totalCount).toBe(2);
    expect((await caseload(anna.userId, beheerderElders)).edges).toEqual([]);

    const { processingLog } = await ok(
      api.graphql<{ processingLog: { edges: { node: { householdId: string; action: string; basis: string } }[] } }>(
        `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 200) {
          edges { node { householdId action basis } } } }`,
        { filter: { userId: beheerder.userId, operation: 'READ' } },
        auditor,
      ),
    );
    const lines = processingLog.edges.map((edge) => edge.node).filter((line) => line.action === 'household.caseload');
    expect(lines.map((line) => line.householdId).sort()).toEqual(
      [households['Familie Aydin'], households['Familie Bakker']].sort(),
    );
    expect(lines[0]!.basis).toBe('functioneel beheer: regisseur overdragen');
  });

  it('pages with a cursor, and refuses a forged one and a page size out of range with BAD_USER_INPUT', async () => {
    const first = await caseload(anna.userId, beheerder, 1);
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await caseload(anna.userId, beheerder, 1, first.pageInfo.endCursor!);
    expect(second.edges).toHaveLength(1);
    expect(second.edges[0]!.node.id).not.toBe(first.edges[0]!.node.id);
    expect(second.pageInfo.hasNextPage).toBe(false);

    for (const variables of [{ after: 'bm90LWEtY3Vyc29y' }, { first: 0 }, { first: 1000 }]) {
      const { errors } = await api.graphql(CASELOAD, { id: anna.userId, ...variables });
      expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('is the functioneel beheerder’s only: a regisseur and an auditor get FORBIDDEN', async () => {
    for (const actor of [annaActor, auditor]) {
      expect((await regisseurs(actor)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const { data, errors } = await api.graphql(CASELOAD, { id: anna.userId }, actor);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(data).toBeFalsy();
    }
  });

  it('hands over while the listed regisseur is still the one; refuses with REGISSEUR_CHANGED once it is not', async () => {
    const aydin = households['Familie Aydin']!;
    const bakker = households['Familie Bakker']!;
    // Another beheerder handed Bakker to Bram meanwhile; this beheerder's list still shows Anna.
    last = (await ok(assign(bakker, bram))).assignRegisseur.position;

    last = (await ok(assign(aydin, cor, anna.userId))).assignRegisseur.position;
    const stale = await assign(bakker, cor, anna.userId);
    expect(stale.data).toBeFalsy();
    expect(stale.errors?.[0]?.extensions).toMatchObject({
      code: 'REGISSEUR_CHANGED',
      fields: ['input.expectedRegisseurUserId'],
    });
    expect(stale.errors?.[0]?.message).toBe(
      'De regisseur van dit huishouden is intussen veranderd (nu: Bram Regie). Er is niets overgedragen.',
    );
    await projected();

    expect((await caseload(anna.userId)).edges).toEqual([]);
    expect((await caseload(cor.userId)).edges.map((edge) => edge.node.id)).toEqual([aydin]);
    expect((await caseload(bram.userId)).edges.map((edge) => edge.node.name).sort()).toEqual([
      'Familie Bakker',
      'Familie Claes',
    ]);
    expect((await ok(regisseurs())).regisseurs).toEqual([
      { userId: bram.userId, name: bram.name, openHouseholds: 2 },
      { userId: cor.userId, name: cor.name, openHouseholds: 1 },
    ]);
  });
});
