import { beheerder, startTestApp, type TestApp, type TestActor } from './test-app';

const SEARCH = `query($input: HouseholdSearchInput!) { searchHouseholds(input: $input) { kind truncated
  households { householdId name members { id name birthDate relation matched } } } }`;

const regisseur: TestActor = { userId: 'u-reg-search', role: 'regisseur', name: 'Rita Regie', gemeente: '0363' };
const jeugd: TestActor = { userId: 'u-jeugd-search', role: 'domeinmedewerker', domain: 'JEUGD', gemeente: '0363' };
const elsewhere: TestActor = { userId: 'u-reg-other', role: 'regisseur', gemeente: '0599' };
const auditor: TestActor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };

interface SearchResult {
  searchHouseholds: {
    kind: string;
    truncated: boolean;
    households: { householdId: string; name: string; members: { name: string; matched: boolean }[] }[];
  };
}

describe('searchHouseholds', () => {
  let api: TestApp;
  let mine: string;
  let notMine: string;

  async function register(name: string, bsn: string, memberName: string, birthDate: string): Promise<string> {
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: { gemeente: '0363', name, members: [{ bsn, name: memberName, birthDate, relation: 'OUDER_VERZORGER' }] },
      },
    );
    expect(errors).toBeUndefined();
    return data!.registerHousehold.householdId;
  }

  const search = (input: Record<string, unknown>, actor: TestActor) =>
    api.graphql<SearchResult>(SEARCH, { input }, actor);

  beforeAll(async () => {
    api = await startTestApp('postgres');
    mine = await register('Familie Zoekmans', '111222333', 'Sanne Zoekmans', '1988-03-12');
    notMine = await register('Familie Vindbaar', '123456782', 'Karim Vindbaar', '1985-11-02');
    const assigned = await api.graphql(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { householdId } }`,
      { input: { householdId: mine, regisseurUserId: regisseur.userId, regisseurName: 'Rita Regie', reason: 'Start' } },
      beheerder,
    );
    expect(assigned.errors).toBeUndefined();
  });
  afterAll(() => api?.close());

  it('finds a household by BSN through the blind index, for a regisseur only their own', async () => {
    const own = await search({ bsn: '111222333' }, regisseur);
    expect(own.errors).toBeUndefined();
    expect(own.data!.searchHouseholds).toMatchObject({
      kind: 'BSN',
      truncated: false,
      households: [
        { householdId: mine, name: 'Familie Zoekmans', members: [{ name: 'Sanne Zoekmans', matched: true }] },
      ],
    });
    const other = await search({ bsn: '123456782' }, regisseur);
    expect(other.data!.searchHouseholds.households).toEqual([]);
  });

  it('finds by part of a name and by birth date, only what the caller may see', async () => {
    const byName = await search({ name: 'vindb' }, jeugd);
    expect(byName.data!.searchHouseholds.households.map((h) => h.householdId)).toEqual([notMine]);
    const byDate = await search({ birthDate: '1988-03-12' }, regisseur);
    expect(byDate.data!.searchHouseholds).toMatchObject({ kind: 'GEBOORTEDATUM', households: [{ householdId: mine }] });
    const both = await search({ name: 'Sanne', birthDate: '1985-11-02' }, jeugd);
    expect(both.data!.searchHouseholds).toMatchObject({ kind: 'NAAM_EN_GEBOORTEDATUM', households: [] });
    const escaped = await search({ name: '%%' }, jeugd);
    expect(escaped.data!.searchHouseholds.households).toEqual([]);
  });

  it('never crosses gemeenten, and refuses the auditor', async () => {
    const other = await search({ bsn: '111222333' }, elsewhere);
    expect(other.data!.searchHouseholds.households).toEqual([]);
    const refused = await search({ name: 'Sanne' }, auditor);
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    [{ bsn: '111222334' }, 'input.bsn', 'Dit BSN klopt niet. Controleer de negen cijfers.'],
    [{ name: 'a' }, 'input.name', 'Vul minstens twee letters van de naam in.'],
    [{ birthDate: '12-03-1988' }, 'input.birthDate', 'Vul een geldige geboortedatum in, zoals 12-03-1988.'],
    [{}, undefined, 'Vul een BSN, een naam of een geboortedatum in.'],
    [{ bsn: '111222333', name: 'Sanne' }, undefined, 'Zoek op BSN of op naam en geboortedatum, niet op allebei.'],
  ])('refuses %j with BAD_USER_INPUT naming the field', async (input, field, message) => {
    const { errors } = await search(input, regisseur);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: field ? [field] : [] });
    expect(errors![0]!.message).toBe(message);
  });

  it('logs every search with its kind and number of results, never the terms', async () => {
    await search({ bsn: '111222333' }, regisseur);
    const { data } = await api.graphql<{ processingLog: { edges: { node: Record<string, unknown> }[] } }>(
      `{ processingLog(first: 50) { edges { node { action userId fields personIds householdId operation } } } }`,
      {},
      auditor,
    );
    const lines = data!.processingLog.edges
      .map((edge) => edge.node)
      .filter((line) => line.action === 'household.search');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines).toContainEqual(
      expect.objectContaining({
        userId: regisseur.userId,
        fields: ['search.BSN', 'results.1'],
        householdId: mine,
        operation: 'READ',
      }),
    );
    expect(JSON.stringify(data)).not.toMatch(/111222333|Sanne|Zoekmans/);
  });
});
