import { randomUUID } from 'node:crypto';
import { daysBetween, todayInNetherlands, type LocalDate } from '@regie/household';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// Issue 8, "done when": one household walked over HTTP on PostgreSQL, every fact through the public mutations by
// the actor who owns it. Sanne's Wmo melding ends at an algemene voorziening instead of maatwerk, Werk & Inkomen
// weighs SchuldHulpMaatje before a schuldhulp traject, Jeugd allocates for Noah without an afweging, the regisseur
// pays a month's rent from the maatwerkbudget to prevent an eviction and sees the ZRM improve; then the cost
// overview and the worklist. All dates are relative to today so the story keeps working.

const anna: TestActor = { userId: 'u-regisseur-walkthrough', role: 'regisseur', name: 'Anna Bakker' };
const worker = (domain: string, name: string): TestActor => ({
  userId: `u-walkthrough-${domain.toLowerCase()}`,
  role: 'domeinmedewerker',
  name,
  domain,
});
const jeugd = worker('JEUGD', 'Jeroen Jeugdconsulent');
const wmo = worker('WMO', 'Wendy Wmo-consulent');
const wi = worker('WERK_EN_INKOMEN', 'Willem Schuldhulp');

const JEUGD_AGB = '21000001';
const WI_AGB = '21000003';

const today = todayInNetherlands();
const addDays = (date: LocalDate, days: number): LocalDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);
/** The calendar month before this one (YYYY-MM): wholly in the past, so expected and realised are both settled. */
const chosenMonth = (() => {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
})();
const firstOfChosenMonth = `${chosenMonth}-01`;
const daysInChosenMonth = (() => {
  const [year, month] = chosenMonth.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
})();

const considered = (sufficient: 'JA' | 'DEELS' | 'NEE', toelichting?: string) => ({
  considered: true,
  sufficient,
  ...(toelichting ? { toelichting } : {}),
});

describe('a regisseur walks one household from melding to outcome (issue 8) over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let sanne: string;
  let noah: string;
  const goalId = randomUUID();
  const meldingBoodschappen = randomUUID();
  const meldingBadkamer = randomUUID();
  const huurSignaal = randomUUID();
  const schuldhulpTraject = randomUUID();
  const voorziening: Record<string, string> = {};
  let spendId: string;

  // Noah's Jeugd toewijzing: allocated three weeks before the chosen month, to begin three days later, never
  // started. The ingangsdatum lies before the chosen month and the einddatum after today, so the month is covered;
  // the wait counts from the ingangsdatum, at least 46 days ago, so it is always over the norm of 42.
  const toegewezenOp = addDays(firstOfChosenMonth, -21);
  const jeugdIngang = addDays(firstOfChosenMonth, -18);
  // The schuldhulp traject starts on the first of the chosen month and still runs.
  const trajectStart = firstOfChosenMonth;

  const mutate = (name: string, input: Record<string, unknown>, actor: TestActor, fields = 'eventIds') => {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    return api.graphql<Record<string, Record<string, unknown>>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
      { input },
      actor,
    );
  };
  const ok = async (name: string, input: Record<string, unknown>, actor: TestActor, fields?: string) => {
    const { data, errors } = await mutate(name, input, actor, fields);
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    return data![name]!;
  };
  const headPosition = async () => {
    const { data } = await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }');
    return data!.system.headPosition;
  };
  const household = async <T>(fields: string, actor: TestActor = anna): Promise<T> => {
    const { data, errors } = await api.graphql<{ household: T }>(
      `query($id: ID!) { household(id: $id) { ${fields} } }`,
      { id: householdId },
      actor,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.household;
  };

  beforeAll(async () => {
    api = await startTestApp('postgres');
    // The functioneel beheerder: providers, the voorliggend veld, the household, its regisseur, the budget.
    await ok('registerProvider', { agbCode: JEUGD_AGB, name: 'Jeugdhulp Samen', domains: ['JEUGD'] }, beheerder);
    await ok('registerProvider', { agbCode: WI_AGB, name: 'Schuldhulp Stad', domains: ['WERK_EN_INKOMEN'] }, beheerder);
    const catalogue = [
      {
        naam: 'Boodschappendienst vrijwilligers',
        omschrijving: 'Vrijwilligers doen wekelijks boodschappen voor wie dat zelf niet kan.',
        organisatie: 'Welzijn Stad',
        replaces: [{ domain: 'WMO', category: '01' }],
        voorwaarden: 'Gratis; de boodschappen betaalt de inwoner zelf. Aanmelden via het wijkteam.',
        contact: { telefoon: '020 555 0101' },
      },
      {
        naam: 'SchuldHulpMaatje',
        omschrijving: 'Een getraind maatje helpt de administratie op orde te brengen.',
        organisatie: 'SchuldHulpMaatje Stad',
        replaces: [{ domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }],
        voorwaarden: 'Gratis, zonder indicatie; zelf aanmelden of via het wijkteam.',
        contact: { website: 'https://www.schuldhulpmaatje.nl' },
        wachttijdDagen: 14,
      },
      {
        naam: 'Opvoedspreekuur CJG',
        omschrijving: 'Inloopspreekuur voor ouders met vragen over opvoeden en gedrag.',
        organisatie: 'Centrum voor Jeugd en Gezin',
        replaces: [{ domain: 'JEUGD', category: '45' }],
        voorwaarden: 'Gratis, zonder afspraak.',
        contact: { telefoon: '020 555 0303' },
      },
    ];
    for (const entry of catalogue) {
      const recorded = await ok(
        'registerAlgemeneVoorziening',
        { ...entry, geldigVanaf: '2025-01-01' },
        beheerder,
        'voorzieningId',
      );
      voorziening[entry.naam] = recorded.voorzieningId as string;
    }
    const registered = await ok(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Familie Jansen',
        members: [
          { bsn: '111222333', name: 'Sanne Jansen', birthDate: '1986-05-14', relation: 'OUDER_VERZORGER' },
          { bsn: '856885253', name: 'Noah Jansen', birthDate: '2014-09-02', relation: 'KIND' },
        ],
      },
      beheerder,
      'householdId',
    );
    householdId = registered.householdId as string;
    const { members } = await household<{ members: { id: string; name: string }[] }>('members { id name }', beheerder);
    sanne = members.find((member) => member.name === 'Sanne Jansen')!.id;
    noah = members.find((member) => member.name === 'Noah Jansen')!.id;
    await ok(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'Multiproblematiek' },
      beheerder,
    );
    // Each domain's legal basis to share its facts about the whole household with the regisseur.
    for (const [actor, wettelijkeBepaling] of [
      [jeugd, 'art. 7.1.1 Jeugdwet'],
      [wmo, 'art. 5.1 Wmo 2015'],
      [wi, 'art. 8 Wgs'],
    ] as const) {
      await ok(
        'recordSharingBasis',
        {
          householdId,
          domain: actor.domain,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling,
          memberIds: [],
          validFrom: '2025-01-01',
          validUntil: '2099-12-31',
        },
        actor,
      );
    }
    await ok(
      'setPlanGoal',
      { householdId, goalId, title: 'Vaste lasten op tijd betaald', domains: [], memberIds: [sanne] },
      anna,
    );
  }, 90_000);

  afterAll(() => api?.close());

  it('offers the algemene voorzieningen per category in the catalogue', async () => {
    const { data, errors } = await api.graphql<{ voorliggendVeld: { naam: string }[] }>(
      `query($replaces: ReplaceableSupportInput, $activeOn: String) {
        voorliggendVeld(replaces: $replaces, activeOn: $activeOn) { naam } }`,
      { replaces: { domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }, activeOn: today },
      wi,
    );
    expect(errors).toBeUndefined();
    expect(data!.voorliggendVeld).toEqual([{ naam: 'SchuldHulpMaatje' }]);
  });

  it('Wmo: the keukentafelgesprek climbs the ladder to the boodschappendienst instead of a maatwerkvoorziening', async () => {
    await ok(
      'recordWmoMelding',
      {
        householdId,
        meldingId: meldingBoodschappen,
        memberId: sanne,
        meldingsdatum: daysAgo(50),
        hulpvraag: 'Kan sinds de knieoperatie geen boodschappen meer doen',
      },
      wmo,
    );
    await ok(
      'recordWmoOnderzoek',
      {
        householdId,
        meldingId: meldingBoodschappen,
        keukentafelgesprekOp: daysAgo(45),
        afgerondOp: daysAgo(40),
        eigenKracht: considered('NEE', 'Kan niet tillen of lang lopen'),
        gebruikelijkeHulp: considered('NEE', 'Alleenstaand, zoon is twaalf'),
        mantelzorg: considered('DEELS', 'Zus komt eens per maand'),
        sociaalNetwerk: considered('NEE'),
        algemeneVoorziening: considered('JA', 'Boodschappendienst vrijwilligers, wekelijks'),
        conclusie: 'ALGEMENE_VOORZIENING',
      },
      wmo,
    );
    await ok(
      'recordWmoBesluit',
      {
        householdId,
        meldingId: meldingBoodschappen,
        besluitdatum: daysAgo(38),
        uitkomst: 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING',
        algemeneVoorziening: 'Boodschappendienst vrijwilligers',
        motivering: 'De boodschappendienst neemt de hulpvraag volledig weg.',
      },
      wmo,
    );
    // A second melding, older, that nobody picked up.
    await ok(
      'recordWmoMelding',
      {
        householdId,
        meldingId: meldingBadkamer,
        memberId: sanne,
        meldingsdatum: daysAgo(60),
        hulpvraag: 'Kan niet meer veilig in bad stappen',
      },
      wmo,
    );

    const { afwegingen, maatwerkDecisions } = await household<{
      afwegingen: Record<string, unknown>[];
      maatwerkDecisions: { domain: string }[];
    }>(`afwegingen { domain member { id } requestKey assessedOn outcome lowerRungsConsidered
          rungs { rung considered sufficient } }
        maatwerkDecisions { domain }`);
    expect(afwegingen).toEqual([
      {
        domain: 'WMO',
        member: { id: sanne },
        requestKey: meldingBoodschappen,
        assessedOn: daysAgo(40),
        outcome: 'ALGEMENE_VOORZIENING',
        lowerRungsConsidered: true,
        rungs: [
          { rung: 'EIGEN_KRACHT', considered: true, sufficient: 'NEE' },
          { rung: 'GEBRUIKELIJKE_HULP', considered: true, sufficient: 'NEE' },
          { rung: 'MANTELZORG', considered: true, sufficient: 'DEELS' },
          { rung: 'SOCIAAL_NETWERK', considered: true, sufficient: 'NEE' },
          { rung: 'ALGEMENE_VOORZIENING', considered: true, sufficient: 'JA' },
        ],
      },
    ]);
    expect(maatwerkDecisions.filter((decision) => decision.domain === 'WMO')).toEqual([]);
  });

  it('Werk & Inkomen: a huurachterstand signal, and a schuldhulp traject only with a reason why SchuldHulpMaatje does not fit', async () => {
    await ok(
      'recordSchuldsignaal',
      {
        householdId,
        signaalId: huurSignaal,
        memberId: sanne,
        soort: 'HUUR',
        ontvangenOp: daysAgo(35),
        schuldeiser: 'Woningcorporatie Stadgenoot',
        bedragAchterstand: 85_000,
      },
      wi,
    );
    await ok(
      'recordAfweging',
      {
        householdId,
        domain: 'WERK_EN_INKOMEN',
        memberId: sanne,
        requestKey: 'schuldhulpvraag',
        assessedOn: addDays(trajectStart, -3),
        eigenKracht: considered('NEE', 'Overzicht kwijt, post ongeopend'),
        gebruikelijkeHulp: considered('NEE'),
        mantelzorg: considered('NEE'),
        sociaalNetwerk: considered('DEELS', 'Zus helpt met post openen'),
        algemeneVoorziening: considered('NEE', 'SchuldHulpMaatje is te licht'),
        outcome: 'MAATWERK',
      },
      wi,
    );
    const start = {
      householdId,
      newTrajectId: schuldhulpTraject,
      action: 'GESTART',
      memberId: sanne,
      providerAgb: WI_AGB,
      fase: 'STABILISATIE',
      datum: trajectStart,
      tarief: { perMaandCents: 45_000 },
    };
    const before = await headPosition();
    const refused = await mutate('recordSchuldhulpTraject', start, wi);
    expect(refused.data?.recordSchuldhulpTraject ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions.code).toBe('ALTERNATIVE_REASON_REQUIRED');
    expect(await headPosition()).toBe(before);

    await ok(
      'recordSchuldhulpTraject',
      { ...start, redenGeenAlternatief: 'Elf schuldeisers en een dreigende ontruiming: een maatje is te licht' },
      wi,
    );
  });

  it('Jeugd: a toewijzing for Noah with a price per eenheid and no afweging, still not started', async () => {
    await ok(
      'recordJeugdToewijzing',
      {
        householdId,
        memberId: noah,
        providerAgb: JEUGD_AGB,
        toewijzingNummer: 'JZ2026NOAH',
        toewijzingsdatum: toegewezenOp,
        ingangsdatum: jeugdIngang,
        einddatum: addDays(today, 180),
        productcategorie: '45',
        omvang: { volume: 2, eenheid: '04', frequentie: '2' },
        tariefPerEenheid: 8250,
        verwijzer: '02',
        redenGeenAlternatief: 'Het opvoedspreekuur is te licht voor deze gedragsproblemen',
      },
      jeugd,
    );
    const { maatwerkDecisions } = await household<{ maatwerkDecisions: Record<string, unknown>[] }>(
      `maatwerkDecisions { id domain member { id } category decidedOn lowerRungsConsidered alternativesOffered
        reasonGiven withoutLadder }`,
    );
    const byDomain = Object.fromEntries(maatwerkDecisions.map((decision) => [decision.domain, decision]));
    expect(maatwerkDecisions).toHaveLength(2);
    expect(byDomain.JEUGD).toEqual({
      id: 'JZ2026NOAH',
      domain: 'JEUGD',
      member: { id: noah },
      category: '45',
      decidedOn: toegewezenOp,
      lowerRungsConsidered: false,
      alternativesOffered: 1,
      reasonGiven: true,
      withoutLadder: true,
    });
    expect(byDomain.WERK_EN_INKOMEN).toEqual({
      id: schuldhulpTraject,
      domain: 'WERK_EN_INKOMEN',
      member: { id: sanne },
      category: 'SCHULDHULP',
      decidedOn: trajectStart,
      lowerRungsConsidered: true,
      alternativesOffered: 1,
      reasonGiven: true,
      withoutLadder: false,
    });
  });

  it('the regisseur pays a month of rent from the maatwerkbudget to prevent an eviction, and it worked', async () => {
    const year = Number(today.slice(0, 4));
    await ok('setMaatwerkbudget', { year, totalCents: 25_000_000, perHouseholdCents: 250_000 }, beheerder, 'year');
    const spent = await ok(
      'spendMaatwerkbudget',
      {
        householdId,
        amountCents: 85_000,
        spentOn: today,
        purpose: 'Huurachterstand van één maand betaald aan de corporatie',
        prevents: 'HUISUITZETTING',
        memberIds: [sanne],
      },
      anna,
      'spendId eventIds',
    );
    spendId = spent.spendId as string;
    const [spendEvent] = spent.eventIds as string[];
    const { timeline } = await household<{ timeline: { edges: { node: { id: string; type: string } }[] } }>(
      'timeline(first: 100) { edges { node { id type } } }',
    );
    expect(timeline.edges.map(({ node }) => node)).toContainEqual({
      id: spendEvent,
      type: 'household.MaatwerkbudgetBesteed',
    });

    await ok(
      'evaluateMaatwerkbudget',
      { householdId, spendId, evaluatedOn: today, worked: 'JA', note: 'Corporatie trok de ontruiming in' },
      anna,
    );
    const { maatwerkbudget } = await household<{ maatwerkbudget: Record<string, unknown> }>(
      `maatwerkbudget { spends { id amountCents spentOn budgetYear prevents memberIds evaluation { worked evaluatedOn } }
        totalsPerYear { year spentCents } }`,
    );
    expect(maatwerkbudget).toEqual({
      spends: [
        {
          id: spendId,
          amountCents: 85_000,
          spentOn: today,
          budgetYear: year,
          prevents: 'HUISUITZETTING',
          memberIds: [sanne],
          evaluation: { worked: 'JA', evaluatedOn: today },
        },
      ],
      totalsPerYear: [{ year, spentCents: 85_000 }],
    });
    const gemeente = await api.graphql<{ maatwerkbudget: Record<string, number> }>(
      'query($year: Int!) { maatwerkbudget(year: $year) { totalCents reservedCents remainingCents spendCount } }',
      { year },
      beheerder,
    );
    expect(gemeente.errors).toBeUndefined();
    expect(gemeente.data!.maatwerkbudget).toEqual({
      totalCents: 25_000_000,
      reservedCents: 85_000,
      remainingCents: 24_915_000,
      spendCount: 1,
    });
  });

  it('the ZRM of Sanne improves on FINANCIEN and HUISVESTING, linked to the plan goal', async () => {
    const scorings = [
      {
        scoredOn: daysAgo(60),
        scores: [
          { domain: 'FINANCIEN', score: 2 },
          { domain: 'HUISVESTING', score: 1 },
        ],
      },
      { scoredOn: daysAgo(30), scores: [{ domain: 'FINANCIEN', score: 3 }] },
      {
        scoredOn: today,
        scores: [
          { domain: 'FINANCIEN', score: 4 },
          { domain: 'HUISVESTING', score: 3 },
        ],
      },
    ];
    for (const scoring of scorings) {
      await ok('scoreZrm', { householdId, memberId: sanne, goalIds: [goalId], ...scoring }, anna);
    }
    const { zrm } = await household<{ zrm: Record<string, unknown>[] }>(
      'zrm { member { id } zrmDomain change direction points { scoredOn score goalIds } }',
    );
    const point = (scoredOn: string, score: number) => ({ scoredOn, score, goalIds: [goalId] });
    expect(zrm).toEqual([
      {
        member: { id: sanne },
        zrmDomain: 'FINANCIEN',
        change: 2,
        direction: 'BETER',
        points: [point(daysAgo(60), 2), point(daysAgo(30), 3), point(today, 4)],
      },
      {
        member: { id: sanne },
        zrmDomain: 'HUISVESTING',
        change: 2,
        direction: 'BETER',
        points: [point(daysAgo(60), 1), point(today, 3)],
      },
    ]);
  });

  // The chosen month is last calendar month, wholly inside both validities (see the dates at the top).
  // Jeugd: 2 uur per week (frequentie "2") at € 82,50 is 16,500 cents a week; per week spreads as 16,500 / 7 a day,
  // over every day of the month, rounded once: e.g. 31 days → 73,071.43 → 73,071; 30 days → 70,714. Never started,
  // so realised 0. Werk & Inkomen: 45,000 per month prorated by days, and the traject ran the whole month (started
  // on its first day, never ended): expected and realised 45,000. Wmo referred to an algemene voorziening: no cost.
  const jeugdExpected = Math.round((daysInChosenMonth * 2 * 8250) / 7);
  const wiCents = 45_000;

  it('gives the regisseur the cost per domain for the chosen month, the total the sum of the domains', async () => {
    const { data, errors } = await api.graphql<{ household: { costs: Record<string, unknown> } }>(
      `query($id: ID!, $month: String!) { household(id: $id) { costs(from: $month, to: $month) {
        expectedCents realisedCents domains { domain expectedCents realisedCents }
        months { month expectedCents realisedCents domains { domain expectedCents realisedCents } } } } }`,
      { id: householdId, month: chosenMonth },
      anna,
    );
    expect(errors).toBeUndefined();
    const domains = [
      { domain: 'JEUGD', expectedCents: jeugdExpected, realisedCents: 0 },
      { domain: 'WERK_EN_INKOMEN', expectedCents: wiCents, realisedCents: wiCents },
    ];
    expect(data!.household.costs).toEqual({
      expectedCents: jeugdExpected + wiCents,
      realisedCents: wiCents,
      domains,
      months: [{ month: chosenMonth, expectedCents: jeugdExpected + wiCents, realisedCents: wiCents, domains }],
    });
  });

  it('gives the functioneel beheerder the same month as gemeente totals, without the household', async () => {
    const { data, errors } = await api.graphql<{ gemeenteCosts: Record<string, unknown> }>(
      `query($month: String!) { gemeenteCosts(from: $month, to: $month) { expectedCents realisedCents
        months { month expectedCents realisedCents domains { domain expectedCents realisedCents } } } }`,
      { month: chosenMonth },
      beheerder,
    );
    expect(errors).toBeUndefined();
    const domains = [
      { domain: 'JEUGD', expectedCents: jeugdExpected, realisedCents: 0 },
      { domain: 'WERK_EN_INKOMEN', expectedCents: wiCents, realisedCents: wiCents },
    ];
    expect(data!.gemeenteCosts).toEqual({
      expectedCents: jeugdExpected + wiCents,
      realisedCents: wiCents,
      months: [{ month: chosenMonth, expectedCents: jeugdExpected + wiCents, realisedCents: wiCents, domains }],
    });
    expect(JSON.stringify(data)).not.toContain(householdId);
  });

  it('puts exactly what waits too long on the worklist, most overdue first, and myHouseholds agrees', async () => {
    const { data, errors } = await api.graphql<{
      signals: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(
      `{ signals(first: 20) { totalCount edges { node {
        householdId householdName kind domain memberId key since dueOn daysOverdue } } } }`,
      {},
      anna,
    );
    expect(errors).toBeUndefined();
    const items = data!.signals.edges.map(({ node }) => node);
    const waitDue = addDays(jeugdIngang, 42);
    const expected = [
      {
        kind: 'WMO_ONDERZOEK_TE_LAAT',
        domain: 'WMO',
        memberId: sanne,
        key: meldingBadkamer,
        since: daysAgo(60),
        dueOn: daysAgo(18),
        daysOverdue: 18,
      },
      {
        kind: 'TOEWIJZING_WACHT_TE_LANG',
        domain: 'JEUGD',
        memberId: noah,
        key: 'JZ2026NOAH',
        since: jeugdIngang,
        dueOn: waitDue,
        daysOverdue: daysBetween(waitDue, today),
      },
      {
        kind: 'WGS_SIGNAAL_ZONDER_OPVOLGING',
        domain: 'WERK_EN_INKOMEN',
        memberId: sanne,
        key: huurSignaal,
        since: daysAgo(35),
        dueOn: daysAgo(7),
        daysOverdue: 7,
      },
      {
        kind: 'MAATWERK_ZONDER_AFWEGING',
        domain: 'JEUGD',
        memberId: noah,
        key: 'JZ2026NOAH',
        since: toegewezenOp,
        dueOn: null,
        daysOverdue: 0,
      },
    ].map((item) => expect.objectContaining({ householdId, householdName: 'Familie Jansen', ...item }));
    // The Jeugd wait and the Wgs signal may be equally overdue on some days, so compare as a set, then the order.
    expect(data!.signals.totalCount).toBe(4);
    expect(items).toHaveLength(4);
    expect(items).toEqual(expect.arrayContaining(expected));
    const overdue = items.map((item) => item.daysOverdue as number);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(items.at(-1)!.kind).toBe('MAATWERK_ZONDER_AFWEGING');

    const counts = await api.graphql<{ myHouseholds: { edges: { node: Record<string, unknown> }[] } }>(
      `{ myHouseholds { edges { node { id openSignals overdueSignals overdueOnderzoeken overdueWaits
        maatwerkWithoutLadder } } } }`,
      {},
      anna,
    );
    expect(counts.errors).toBeUndefined();
    expect(counts.data!.myHouseholds.edges.map(({ node }) => node)).toEqual([
      {
        id: householdId,
        openSignals: 1,
        overdueSignals: 1,
        overdueOnderzoeken: 1,
        overdueWaits: 1,
        maatwerkWithoutLadder: 1,
      },
    ]);
  });
});
