import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// The write side of the ladder, maatwerk decisions, tariffs and the ZRM over HTTP on PostgreSQL: the mutations,
// who may call them, their stable refusal codes, and what the maatwerk decisions store.

const anna: TestActor = { userId: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker' };
const domainWorker = (domain: string): TestActor => ({
  userId: `u-${domain.toLowerCase()}`,
  role: 'domeinmedewerker',
  name: `Medewerker ${domain}`,
  domain,
});
const jeugd = domainWorker('JEUGD');
const wmo = domainWorker('WMO');
const wi = domainWorker('WERK_EN_INKOMEN');

const nee = { considered: true, sufficient: 'NEE' };
const rungs = {
  eigenKracht: nee,
  gebruikelijkeHulp: nee,
  mantelzorg: nee,
  sociaalNetwerk: nee,
  algemeneVoorziening: nee,
};

describe('the ladder, maatwerk decisions, tariffs and the ZRM over HTTP', () => {
  let api: TestApp;
  let householdId: string;
  let noah: string;
  let sanne: string;
  let goalId: string;

  const mutate = async (name: string, input: Record<string, unknown>, actor: TestActor) => {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    return api.graphql<Record<string, { eventIds: string[] }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { eventIds } }`,
      { input },
      actor,
    );
  };
  const ok = async (name: string, input: Record<string, unknown>, actor: TestActor) => {
    const { data, errors } = await mutate(name, input, actor);
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    return data![name]!.eventIds;
  };
  const codeOf = async (name: string, input: Record<string, unknown>, actor: TestActor) => {
    const { data, errors } = await mutate(name, input, actor);
    expect(data?.[name]).toBeFalsy();
    return errors?.[0]?.extensions.code;
  };
  const storedData = async (eventId: string) => {
    const store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    const event = (await store.readStream(`household-${householdId}`)).find((candidate) => candidate.id === eventId);
    return event!.data as Record<string, unknown>;
  };

  beforeAll(async () => {
    api = await startTestApp('postgres');
    for (const [agbCode, domain] of [
      ['21000001', 'JEUGD'],
      ['21000002', 'WMO'],
      ['21000003', 'WERK_EN_INKOMEN'],
    ]) {
      await ok('registerProvider', { agbCode, name: `Aanbieder ${domain}`, domains: [domain] }, beheerder);
    }
    const members = [
      { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
      { bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
    ];
    const { data } = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      { input: { gemeente: '0363', name: 'Familie De Vries', members } },
    );
    householdId = data!.registerHousehold.householdId;
    const read = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      'query($id: ID!) { household(id: $id) { members { id name } } }',
      { id: householdId },
    );
    const byName = Object.fromEntries(read.data!.household.members.map((m) => [m.name.split(' ')[0], m.id]));
    noah = byName.Noah!;
    sanne = byName.Sanne!;
    await ok(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
    );
    for (const [actor, domain] of [
      [jeugd, 'JEUGD'],
      [wmo, 'WMO'],
      [wi, 'WERK_EN_INKOMEN'],
    ] as const) {
      await ok(
        'recordSharingBasis',
        {
          householdId,
          domain,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: 'art. 1',
          memberIds: [],
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
        actor,
      );
    }
    goalId = '4b1c0000-0000-4000-8000-000000000001';
    await ok('setPlanGoal', { householdId, goalId, title: 'Huur betaald', domains: [], memberIds: [sanne] }, anna);
  }, 60_000);

  afterAll(() => api?.close());

  it('records a Jeugd afweging by the Jeugd team, and a toewijzing that cites it with its price per eenheid', async () => {
    const afwegingInput = { householdId, domain: 'JEUGD', memberId: noah, assessedOn: '2026-02-23', ...rungs };
    const [afwegingEvent] = await ok('recordAfweging', { ...afwegingInput, outcome: 'MAATWERK' }, jeugd);
    const afweging = await storedData(afwegingEvent!);
    const [toewijzingEvent] = await ok(
      'recordJeugdToewijzing',
      {
        householdId,
        memberId: noah,
        providerAgb: '21000001',
        toewijzingNummer: 'JZ1',
        toewijzingsdatum: '2026-03-02',
        ingangsdatum: '2026-03-09',
        einddatum: '2026-12-31',
        productcategorie: '45',
        omvang: { volume: 2, eenheid: '04', frequentie: '2' },
        tariefPerEenheid: 8250,
        verwijzer: '02',
      },
      jeugd,
    );
    expect(await storedData(toewijzingEvent!)).toMatchObject({
      tariefPerEenheidCents: 8250,
      afweging: { afwegingId: afweging.afwegingId, lowerRungsConsidered: true, alternatives: [] },
    });
  });

  it('refuses an afweging with stable codes: Wmo, another domain, an incoherent outcome, a malformed input', async () => {
    const input = { householdId, memberId: noah, assessedOn: '2026-02-23', ...rungs, outcome: 'MAATWERK' };
    expect(await codeOf('recordAfweging', { ...input, domain: 'WMO' }, wmo)).toBe('AFWEGING_IN_WMO_ONDERZOEK');
    expect(await codeOf('recordAfweging', { ...input, domain: 'JEUGD' }, wmo)).toBe('FORBIDDEN');
    expect(await codeOf('recordAfweging', { ...input, domain: 'JEUGD' }, anna)).toBe('FORBIDDEN');
    const suffices = { ...input, domain: 'JEUGD', mantelzorg: { considered: true, sufficient: 'JA' } };
    expect(await codeOf('recordAfweging', suffices, jeugd)).toBe('BAD_USER_INPUT');
    const { eigenKracht: _missing, ...withoutRung } = { ...input, domain: 'JEUGD' };
    expect(await codeOf('recordAfweging', withoutRung, jeugd)).toBe('BAD_USER_INPUT');
  });

  it('stores a schuldhulp start with its monthly tarief, and refuses a tarief with two bases', async () => {
    const start = {
      householdId,
      action: 'GESTART',
      memberId: sanne,
      providerAgb: '21000003',
      fase: 'STABILISATIE',
      datum: '2026-05-18',
    };
    expect(
      await codeOf('recordSchuldhulpTraject', { ...start, tarief: { perMaandCents: 1, budgetCents: 1 } }, wi),
    ).toBe('BAD_USER_INPUT');
    const [event] = await ok('recordSchuldhulpTraject', { ...start, tarief: { perMaandCents: 45000 } }, wi);
    expect(await storedData(event!)).toMatchObject({
      tarief: { kind: 'PER_MAAND', monthlyCents: 45000 },
      afweging: { lowerRungsConsidered: false, alternatives: [] },
    });
  });

  it('lets only the regisseur score the ZRM, only the domains that matter, linked to plan goals', async () => {
    const input = {
      householdId,
      memberId: sanne,
      scoredOn: '2026-05-18',
      scores: [{ domain: 'FINANCIEN', score: 1 }],
      goalIds: [goalId],
    };
    const [event] = await ok('scoreZrm', input, anna);
    expect(await storedData(event!)).toMatchObject({ scores: [{ domain: 'FINANCIEN', score: 1 }], goalIds: [goalId] });
    expect(await codeOf('scoreZrm', input, wi)).toBe('FORBIDDEN');
    expect(await codeOf('scoreZrm', { ...input, scores: [{ domain: 'FINANCIEN', score: 6 }] }, anna)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf('scoreZrm', { ...input, scores: [] }, anna)).toBe('BAD_USER_INPUT');
    expect(await codeOf('scoreZrm', { ...input, goalIds: ['4b1c0000-0000-4000-8000-000000000009'] }, anna)).toBe(
      'GOAL_NOT_FOUND',
    );
  });

  it('a correction of the omvang or budget of a toewijzing moves its expected cost (issue 13 item 23)', async () => {
    const write = async (name: string, input: Record<string, unknown>) => {
      const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
      const { data, errors } = await api.graphql<Record<string, { eventIds: string[]; position: string }>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { eventIds position } }`,
        { input },
        jeugd,
      );
      if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
      return data![name]!.eventIds[0]!;
    };
    const expectedJeugd = async () => {
      const { data, errors } = await api.graphql<{
        household: { costs: { domains: { domain: string; expectedCents: number }[] } };
      }>(
        `query($id: ID!) { household(id: $id) { costs(from: "2026-01", to: "2026-12") { domains { domain expectedCents } } } }`,
        { id: householdId },
        jeugd,
      );
      if (errors) throw new Error(JSON.stringify(errors));
      return data!.household.costs.domains.find((domain) => domain.domain === 'JEUGD')?.expectedCents ?? 0;
    };
    const toewijzing = {
      householdId,
      memberId: noah,
      providerAgb: '21000001',
      toewijzingsdatum: '2026-01-20',
      ingangsdatum: '2026-02-02',
      einddatum: '2026-11-29',
      productcategorie: '45',
      verwijzer: '02',
    };
    const correct = (entryId: string, changes: Record<string, unknown>) =>
      write('correctEntry', { householdId, entryId, reason: 'Verkeerd overgenomen uit de beschikking', changes });

    const before = await expectedJeugd();
    const perUur = await write('recordJeugdToewijzing', {
      ...toewijzing,
      toewijzingNummer: 'JZOMVANG',
      omvang: { volume: 1, eenheid: '04', frequentie: '2' },
      tariefPerEenheid: 7000,
    });
    const oneHour = (await expectedJeugd()) - before;
    expect(oneHour).toBeGreaterThan(0);
    await correct(perUur, { omvang: { volume: 3, eenheid: '04', frequentie: '2' } });
    const threeHours = (await expectedJeugd()) - before;
    // Each month is rounded to whole cents, so a sum over a year may be a few cents off.
    const near = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(12);
    near(threeHours, 3 * oneHour);

    const afterOmvang = await expectedJeugd();
    const budget = await write('recordJeugdToewijzing', {
      ...toewijzing,
      toewijzingNummer: 'JZBUDGET',
      budget: 120_000,
    });
    near((await expectedJeugd()) - afterOmvang, 120_000);
    await correct(budget, { budget: 300_000 });
    near((await expectedJeugd()) - afterOmvang, 300_000);
    // Without an omvang price or a budget a toewijzing has no cost: the correction takes it away.
    await correct(budget, { budget: null });
    expect((await expectedJeugd()) - afterOmvang).toBe(0);
  });
});
