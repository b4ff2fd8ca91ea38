import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
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
    households: { householdId: string; name: string; members: { id: string; name: string; matched: boolean }[] }[];
  };
}

describe('searchHouseholds', () => {
  let api: TestApp;
  let mine: string;
  let notMine: string;

  async function register(
    name: string,
    bsn: string,
    memberName: string,
    birthDate: string,
    extra: { gemeente?: string; address?: Record<string, unknown> } = {},
  ): Promise<string> {
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: extra.gemeente ?? '0363',
          name,
          members: [{ bsn, name: memberName, birthDate, relation: 'OUDER_VERZORGER' }],
          ...(extra.address ? { address: extra.address } : {}),
        },
      },
      extra.gemeente ? { ...beheerder, gemeente: extra.gemeente } : beheerder,
    );
    expect(errors).toBeUndefined();
    return data!.registerHousehold.householdId;
  }

  const search = (input: Record<string, unknown>, actor: TestActor) =>
    api.graphql<SearchResult>(SEARCH, { input }, actor);

  beforeAll(async () => {
    api = await startTestApp('postgres');
    mine = await register('Familie Zoekmans', '111222333', 'Sanne Zoekmans', '1988-03-12', {
      address: { postcode: '1234 ab', huisnummer: 12, huisletter: 'a' },
    });
    notMine = await register('Familie Vindbaar', '123456782', 'Karim Vindbaar', '1985-11-02', {
      address: { postcode: '1234AB', huisnummer: 12, huisnummertoevoeging: '2' },
    });
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
    [{}, undefined, 'Vul een BSN, een naam, een geboortedatum of een postcode en huisnummer in.'],
    [
      { postcode: '123 AB', huisnummer: 12 },
      'input.postcode',
      'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.',
    ],
    [{ postcode: '1234 AB' }, 'input.huisnummer', 'Vul ook het huisnummer in.'],
    [{ postcode: '1234 AB', huisnummer: 0 }, 'input.huisnummer', 'Vul een huisnummer in van 1 tot en met 99999.'],
    [
      { postcode: '1234 AB', huisnummer: 12, toevoeging: 'A/2' },
      'input.toevoeging',
      'Vul bij toevoeging alleen letters en cijfers in, zoals A of 2.',
    ],
    [{ bsn: '111222333', name: 'Sanne' }, undefined, 'Zoek op BSN of op naam en geboortedatum, niet op allebei.'],
  ])('refuses %j with BAD_USER_INPUT naming the field', async (input, field, message) => {
    const { errors } = await search(input, regisseur);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: field ? [field] : [] });
    expect(errors![0]!.message).toBe(message);
  });

  describe('by postcode and huisnummer', () => {
    const addressQuery = `query($id: ID!) { household(id: $id) {
      address { postcode huisnummer huisletter huisnummertoevoeging } } }`;
    let moved: string;
    let otherGemeente: string;

    beforeAll(async () => {
      moved = await register('Familie Verhuisd', '542374341', 'Ilse Verhuisd', '1970-05-05');
      otherGemeente = await register('Familie Elders', '856885253', 'Bas Elders', '1990-01-01', {
        gemeente: '0599',
        address: { postcode: '1234AB', huisnummer: 12, huisletter: 'A' },
      });
    });

    const ids = (result: { data?: SearchResult | null }) =>
      result.data!.searchHouseholds.households.map((h) => h.householdId).sort();

    it('finds the households at that address the caller may see; a toevoeging narrows it down', async () => {
      const both = await search({ postcode: '1234ab', huisnummer: 12 }, jeugd);
      expect(both.errors).toBeUndefined();
      expect(both.data!.searchHouseholds.kind).toBe('POSTCODE_HUISNUMMER');
      expect(ids(both)).toEqual([mine, notMine].sort());
      // Every member of a household found lives there.
      expect(both.data!.searchHouseholds.households.flatMap((h) => h.members.map((m) => m.matched))).toEqual([
        true,
        true,
      ]);
      expect(ids(await search({ postcode: '1234 AB', huisnummer: 12, toevoeging: 'a' }, jeugd))).toEqual([mine]);
      expect(ids(await search({ postcode: '1234 AB', huisnummer: 12, toevoeging: '-2' }, jeugd))).toEqual([notMine]);
      // The regisseur sees only the household they coordinate, as for every search.
      expect(ids(await search({ postcode: '1234AB', huisnummer: 12 }, regisseur))).toEqual([mine]);
    });

    it('finds nothing at another number, another postcode or a toevoeging that is not there', async () => {
      expect(ids(await search({ postcode: '1234AB', huisnummer: 13 }, jeugd))).toEqual([]);
      expect(ids(await search({ postcode: '1234AC', huisnummer: 12 }, jeugd))).toEqual([]);
      expect(ids(await search({ postcode: '1234AB', huisnummer: 12, toevoeging: 'B' }, jeugd))).toEqual([]);
    });

    it("never finds another gemeente's household at the same address", async () => {
      expect(ids(await search({ postcode: '1234AB', huisnummer: 12, toevoeging: 'A' }, elsewhere))).toEqual([]);
      const ownBeheerder = { ...beheerder, gemeente: '0599' };
      expect(ids(await search({ postcode: '1234AB', huisnummer: 12, toevoeging: 'A' }, ownBeheerder))).toEqual([
        otherGemeente,
      ]);
      expect(ids(await search({ postcode: '1234AB', huisnummer: 12 }, jeugd))).not.toContain(otherGemeente);
    });

    it('follows a move recorded with recordHouseholdAddress, and shows the address on the household', async () => {
      const record = (input: Record<string, unknown>, actor: TestActor) =>
        api.graphql<{ recordHouseholdAddress: { householdId: string } }>(
          `mutation($input: RecordHouseholdAddressInput!) { recordHouseholdAddress(input: $input) { householdId } }`,
          { input },
          actor,
        );
      const first = await record({ householdId: moved, address: { postcode: '9999 ZZ', huisnummer: 1 } }, beheerder);
      expect(first.errors).toBeUndefined();
      expect(ids(await search({ postcode: '9999ZZ', huisnummer: 1 }, jeugd))).toEqual([moved]);
      const again = await record(
        { householdId: moved, address: { postcode: '9999ZY', huisnummer: 3, huisnummertoevoeging: 'bis' } },
        beheerder,
      );
      expect(again.errors).toBeUndefined();
      expect(ids(await search({ postcode: '9999ZZ', huisnummer: 1 }, jeugd))).toEqual([]);
      expect(ids(await search({ postcode: '9999ZY', huisnummer: 3, toevoeging: 'BIS' }, jeugd))).toEqual([moved]);
      const shown = await api.graphql<{ household: { address: Record<string, unknown> } }>(
        addressQuery,
        { id: moved },
        beheerder,
      );
      expect(shown.data!.household.address).toEqual({
        postcode: '9999ZY',
        huisnummer: 3,
        huisletter: null,
        huisnummertoevoeging: 'BIS',
      });

      const invalid = await record({ householdId: moved, address: { postcode: '99999', huisnummer: 3 } }, beheerder);
      expect(invalid.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      // The decider names `address.postcode`; the edge may put the argument (`input.`) in front.
      expect((invalid.errors![0]!.extensions as { field?: string }).field).toMatch(/^(input\.)?address\.postcode$/);
      expect(invalid.errors![0]!.message).toBe(
        'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.',
      );
      const refused = await record({ householdId: moved, address: { postcode: '1111AA', huisnummer: 3 } }, jeugd);
      expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect(ids(await search({ postcode: '1111AA', huisnummer: 3 }, jeugd))).toEqual([]);
    });

    it('logs the search by kind and number of results, never the postcode or huisnummer', async () => {
      await search({ postcode: '1234 AB', huisnummer: 12, toevoeging: 'A' }, regisseur);
      const { data } = await api.graphql<{ processingLog: { edges: { node: Record<string, unknown> }[] } }>(
        `{ processingLog(first: 100) { edges { node { action userId fields personIds householdId operation } } } }`,
        {},
        auditor,
      );
      const lines = data!.processingLog.edges
        .map((edge) => edge.node)
        .filter((line) => line.action === 'household.search' && line.userId === regisseur.userId);
      expect(lines).toContainEqual(
        expect.objectContaining({ fields: ['search.POSTCODE_HUISNUMMER', 'results.1'], householdId: mine }),
      );
      const logged = JSON.stringify(data);
      for (const term of ['1234AB', '1234 AB', '1234ab', 'Zoekmans']) expect(logged).not.toContain(term);
      expect(lines.flatMap((line) => line.fields as string[]).join(' ')).not.toMatch(/\b12\b|huisnummer\.|postcode\./);
    });

    it('keeps no postcode in the search index: only keyed blind indexes', async () => {
      const db = api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
      const { rows } = await db.query<{ number_index: string; full_index: string }>(
        'select number_index, full_index from household_address_index',
      );
      expect(rows.length).toBeGreaterThanOrEqual(4);
      const stored = JSON.stringify(rows);
      for (const clear of ['1234AB', '1234 AB', '1234ab', '9999ZY', '9999ZZ']) expect(stored).not.toContain(clear);
    });
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

  it('logs a search that shows several households as a line per household, naming every member it shows', async () => {
    const from = new Date().toISOString();
    const found = await search({ postcode: '1234AB', huisnummer: 12 }, jeugd);
    const households = found.data!.searchHouseholds.households;
    expect(households.map((h) => h.householdId).sort()).toEqual([mine, notMine].sort());
    const { data } = await api.graphql<{
      processingLog: { edges: { node: { householdId: string | null; personIds: string[]; fields: string[] } }[] };
    }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 50) {
        edges { node { householdId personIds fields } } } }`,
      { filter: { userId: jeugd.userId, from } },
      auditor,
    );
    const lines = data!.processingLog.edges
      .map((edge) => edge.node)
      .filter((l) => l.fields.includes('search.POSTCODE_HUISNUMMER') && l.fields.includes('results.2'));
    expect(lines.map((line) => line.householdId).sort()).toEqual([mine, notMine].sort());
    for (const household of households) {
      const line = lines.find((l) => l.householdId === household.householdId)!;
      expect(line.personIds.sort()).toEqual(household.members.map((member) => member.id).sort());
    }
  });
});

describe('a BSN of another household of the gemeente', () => {
  let api: TestApp;
  const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`;
  const ADD = `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { memberId } }`;
  const tim = (bsn: string, birthDate = '2015-06-01') => ({ bsn, name: 'Tim Jansen', birthDate, relation: 'KIND' });
  const head = async () =>
    (await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }')).data!.system
      .headPosition;
  let first: string;
  /** The check reads the index as it stands (it does not wait): wait until a search finds the BSN. */
  const findable = async (bsn: string, households: number) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { data } = await api.graphql<SearchResult>(SEARCH, { input: { bsn } }, beheerder);
      if (data!.searchHouseholds.households.length >= households) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${bsn} not findable in ${households} households`);
  };

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string } }>(REGISTER, {
      input: { gemeente: '0363', name: 'Familie De Vries', members: [tim('111222333', '1988-03-12')] },
    });
    expect(errors).toBeUndefined();
    first = data!.registerHousehold.householdId;
    await findable('111222333', 1);
  });
  afterAll(() => api?.close());

  it('with another birth date is refused at that member, and nothing is written', async () => {
    const before = await head();
    const refused = await api.graphql(REGISTER, {
      input: { gemeente: '0363', name: 'Familie Jansen', members: [tim('123456782'), tim('111222333')] },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BSN_OF_ANOTHER_PERSON',
      fields: ['input.members.1.bsn'],
    });
    expect(refused.errors?.[0]?.message).toMatch(/andere geboortedatum/);
    expect(await head()).toBe(before);
  });

  it('with the same birth date is the same person in a second household (co-ouderschap), and is taken', async () => {
    const second = await api.graphql(REGISTER, {
      input: { gemeente: '0363', name: 'Familie Jansen', members: [tim('123456782'), tim('111222333', '1988-03-12')] },
    });
    expect(second.errors).toBeUndefined();
    // Another gemeente's household with the same BSN is none of this gemeente's business.
    const elsewhere = await api.graphql(
      REGISTER,
      { input: { gemeente: '0599', name: 'Familie Rotterdam', members: [tim('111222333', '1970-01-01')] } },
      { ...beheerder, gemeente: '0599' },
    );
    expect(elsewhere.errors).toBeUndefined();
  });

  it('is refused for a member added too, and only told to someone who may add members', async () => {
    await findable('123456782', 1);
    const before = await head();
    const added = await api.graphql(ADD, { input: { householdId: first, member: tim('123456782', '2016-01-01') } });
    expect(added.errors?.[0]?.extensions).toMatchObject({
      code: 'BSN_OF_ANOTHER_PERSON',
      fields: ['input.member.bsn'],
    });
    expect(await head()).toBe(before);
    const stranger = { userId: 'u-reg-nobody', role: 'regisseur', gemeente: '0363' };
    const probe = await api.graphql(
      ADD,
      { input: { householdId: first, member: tim('123456782', '2016-01-01') } },
      stranger,
    );
    expect(probe.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const same = await api.graphql(ADD, { input: { householdId: first, member: tim('123456782') } });
    expect(same.errors).toBeUndefined();
  });
});
