import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { todayInNetherlands } from '@regie/household';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// One realistic household played through the household, Jeugd, Wmo, Werk & Inkomen (and a Wonen strand) over HTTP on PostgreSQL,
// then read back as the regisseur sees it: one combined timeline, the plan, the legal bases, the providers.

type Domain = 'HOUSEHOLD' | 'JEUGD' | 'WMO' | 'WERK_EN_INKOMEN' | 'WONEN';
const DOMAINS: readonly Domain[] = ['HOUSEHOLD', 'JEUGD', 'WMO', 'WERK_EN_INKOMEN'];

const RECORDED = 'householdId eventIds streamRevision position';

const anna: TestActor = { userId: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const bram: TestActor = { userId: 'u-regisseur-bram', role: 'regisseur', name: 'Bram Smit', gemeente: '0363' };
const jeugdWorker: TestActor = {
  userId: 'u-jeugd-joris',
  role: 'domeinmedewerker',
  name: 'Joris Jeugdteam',
  domain: 'JEUGD',
  gemeente: '0363',
};
const wmoWorker: TestActor = {
  userId: 'u-wmo-wendy',
  role: 'domeinmedewerker',
  name: 'Wendy Wmo-consulent',
  domain: 'WMO',
  gemeente: '0363',
};
const wonenWorker: TestActor = {
  userId: 'u-wonen-willemijn',
  role: 'domeinmedewerker',
  name: 'Willemijn Wooncoach',
  domain: 'WONEN',
  gemeente: '0363',
};
const wiWorker: TestActor = {
  userId: 'u-wi-karim',
  role: 'domeinmedewerker',
  name: 'Karim Inkomensconsulent',
  domain: 'WERK_EN_INKOMEN',
  gemeente: '0363',
};

interface Provider {
  agbCode: string;
  name: string;
  domains: string[];
}

const P = {
  kompas: { agbCode: '11000001', name: 'Jeugdhulp Het Kompas', domains: ['JEUGD'] },
  linde: { agbCode: '11000002', name: 'Kinderpraktijk De Linde', domains: ['JEUGD'] },
  ggz: { agbCode: '11000003', name: 'Jeugd-GGZ Zuid', domains: ['JEUGD'] },
  gezinscoach: { agbCode: '11000004', name: 'Gezinscoach Oost', domains: ['JEUGD'] },
  thuiszorg: { agbCode: '12000001', name: 'Thuiszorg Amstel', domains: ['WMO'] },
  huishoudhulp: { agbCode: '12000002', name: 'Huishoudelijke Hulp Plus', domains: ['WMO'] },
  schuldhulp: { agbCode: '13000001', name: 'Schuldhulp Amsterdam', domains: ['WERK_EN_INKOMEN'] },
  werkfit: { agbCode: '13000002', name: 'Werkfit Academie', domains: ['WERK_EN_INKOMEN'] },
  budgetcoach: { agbCode: '13000003', name: 'Budgetcoach Noord', domains: ['WERK_EN_INKOMEN'] },
  buurtteam: { agbCode: '14000001', name: 'Buurtteam Centrum', domains: ['JEUGD', 'WMO'] },
  /** Registered, never involved with this household: must not be listed. */
  dagbesteding: { agbCode: '12000009', name: 'Dagbesteding De Werkplaats', domains: ['WMO'] },
} satisfies Record<string, Provider>;

/** Providers involved with the household and the domains they were involved in. */
const INVOLVED: Record<string, string[]> = {
  [P.kompas.agbCode]: ['JEUGD'],
  [P.linde.agbCode]: ['JEUGD'],
  [P.ggz.agbCode]: ['JEUGD'],
  [P.gezinscoach.agbCode]: ['JEUGD'],
  [P.thuiszorg.agbCode]: ['WMO'],
  [P.huishoudhulp.agbCode]: ['WMO'],
  [P.schuldhulp.agbCode]: ['WERK_EN_INKOMEN'],
  [P.werkfit.agbCode]: ['WERK_EN_INKOMEN'],
  [P.budgetcoach.agbCode]: ['WERK_EN_INKOMEN'],
  [P.buurtteam.agbCode]: ['JEUGD'],
};

const MEMBERS = [
  { bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
  { bsn: '123456782', name: 'Mark de Vries', birthDate: '1986-11-02', relation: 'OUDER_VERZORGER' },
  { bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
  { bsn: '828492001', name: 'Lotte de Vries', birthDate: '2015-01-19', relation: 'KIND' },
];

const TODAY = todayInNetherlands();
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const J3_TOEGEWEZEN = '2026-09-01';
const J3_INGANG = '2026-09-15';
const W2_TOEGEWEZEN = '2026-10-01';
const W2_INGANG = '2026-10-05';

interface Recorded {
  householdId: string | null;
  eventIds: string[];
  streamRevision: string;
  position: string;
}

interface Posted extends Recorded {
  mutation: string;
  domain: Domain;
}

interface TimelineNode {
  id: string;
  domain: string;
  type: string;
  position: string;
  occurredAt: string;
  summary: string;
  status: string | null;
  provider: { agbCode: string; name: string } | null;
  member: { id: string; name: string | null } | null;
  recordedBy: { userId: string; name: string | null; role: string | null } | null;
  corrected: boolean;
  correctedBy: string[];
  withdrawn: boolean;
  withdrawnBy: string | null;
}

interface TimelinePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: TimelineNode }[];
}

const NODE = `id domain type position occurredAt summary status provider { agbCode name } member { id name }
  recordedBy { userId name role } corrected correctedBy withdrawn withdrawnBy`;

const TIMELINE_QUERY = `query($id: ID!, $first: Int, $after: String, $filter: TimelineFilter) {
  household(id: $id) {
    timeline(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${NODE} } }
    }
  }
}`;

describe('a realistic household through Jeugd, Wmo and Werk & Inkomen over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  const member: Record<'sanne' | 'mark' | 'noah' | 'lotte', string> = { sanne: '', mark: '', noah: '', lotte: '' };
  /** Every household mutation that was posted, in order. */
  const posted: Posted[] = [];
  /** Mutations whose event ids the timeline did not show right after they returned (read-your-writes). */
  const notYetVisible: { mutation: string; missing: string[] }[] = [];
  const providerResults: Recorded[] = [];
  const ids = {
    goalSchool: '',
    goalFinancien: '',
    goalHuishouden: '',
    meldingId: randomUUID(),
    besluitId: randomUUID(),
    j1Toewijzing: '',
    j1Correction: '',
    contactmomentWithdrawn: '',
    withdrawal: '',
  };

  /** Who reads the timeline after each post: the household's regisseur at that moment. */
  let currentRegisseur: TestActor | undefined;

  async function timeline(
    variables: { first?: number; after?: string | null; filter?: Record<string, unknown> } = {},
    actor: TestActor = currentRegisseur ?? bram,
  ): Promise<TimelinePage> {
    const { data, errors } = await api.graphql<{ household: { timeline: TimelinePage } | null }>(
      TIMELINE_QUERY,
      { id: householdId, first: 200, ...variables },
      actor,
    );
    if (errors) throw new Error(`timeline query failed: ${JSON.stringify(errors)}`);
    return data!.household!.timeline;
  }

  /** Posts a household mutation, fails loudly on errors, and checks read-your-writes against the timeline. */
  async function post(
    mutation: string,
    domain: Domain,
    input: Record<string, unknown>,
    actor: TestActor,
  ): Promise<Posted> {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, Recorded>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors || !data?.[mutation]) {
      throw new Error(`${mutation} failed: ${JSON.stringify(errors)} for ${JSON.stringify(input)}`);
    }
    const result: Posted = { ...data[mutation]!, mutation, domain };
    posted.push(result);
    householdId ??= result.householdId!;
    if (mutation === 'assignRegisseur') currentRegisseur = input.regisseurUserId === anna.userId ? anna : bram;
    if (!currentRegisseur) return result;
    const visible = new Set((await timeline()).edges.map((edge) => edge.node.id));
    const missing = result.eventIds.filter((id) => !visible.has(id));
    if (missing.length > 0) notYetVisible.push({ mutation, missing });
    return result;
  }

  /** The data of one event the api generated an id in (bijstandId, signaalId): see the report on this gap. */
  async function eventData<T>(eventId: string): Promise<T> {
    const store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    const event = (await store.readStream(`household-${householdId}`)).find((candidate) => candidate.id === eventId);
    if (!event) throw new Error(`event ${eventId} not in household-${householdId}`);
    return event.data as T;
  }

  const postedEventIds = () => posted.flatMap((result) => result.eventIds);
  const eventOf = (mutation: string, index = 0) => posted.filter((result) => result.mutation === mutation)[index]!;

  beforeAll(async () => {
    api = await startTestApp('postgres');

    // Providers: the functioneel beheerder registers them once, by AGB-code.
    for (const provider of Object.values(P)) {
      const { data, errors } = await api.graphql<{ registerProvider: Recorded }>(
        `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { ${RECORDED} } }`,
        { input: provider },
        beheerder,
      );
      if (errors) throw new Error(`registerProvider ${provider.agbCode}: ${JSON.stringify(errors)}`);
      providerResults.push(data!.registerProvider);
    }

    // The household, its regisseur and the legal bases.
    await post(
      'registerHousehold',
      'HOUSEHOLD',
      { gemeente: '0363', name: 'Familie De Vries', members: MEMBERS },
      beheerder,
    );
    const { data: read } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
      beheerder,
    );
    const byName = new Map(read!.household.members.map((m) => [m.name, m.id]));
    member.sanne = byName.get('Sanne de Vries')!;
    member.mark = byName.get('Mark de Vries')!;
    member.noah = byName.get('Noah de Vries')!;
    member.lotte = byName.get('Lotte de Vries')!;

    await post(
      'assignRegisseur',
      'HOUSEHOLD',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'Aanmelding via het wijkteam' },
      beheerder,
    );
    // Each domain records the legal basis to share its data with the regisseur: the domain holds the data.
    const worker: Record<string, TestActor> = { JEUGD: jeugdWorker, WMO: wmoWorker, WERK_EN_INKOMEN: wiWorker };
    const basis = (domain: string, wettelijkeBepaling: string) =>
      post(
        'recordSharingBasis',
        'HOUSEHOLD',
        {
          householdId,
          domain,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling,
          toestemmingVastgelegdOp: '2026-01-20',
          memberIds: [],
          validFrom: '2026-01-15',
          validUntil: '2027-12-31',
        },
        worker[domain]!,
      );
    await basis('JEUGD', 'art. 7.1.1 Jeugdwet');
    await basis('WMO', 'art. 5.1 Wmo 2015');
    await basis('WERK_EN_INKOMEN', 'art. 64 Participatiewet');

    // The plan: goals, one revised and one evaluated.
    ids.goalSchool = randomUUID();
    ids.goalFinancien = randomUUID();
    ids.goalHuishouden = randomUUID();
    const goal = (goalId: string, title: string, domains: string[], memberIds: string[], extra = {}) =>
      post('setPlanGoal', 'HOUSEHOLD', { householdId, goalId, title, domains, memberIds, ...extra }, anna);
    await goal(ids.goalSchool, 'Noah gaat weer elke dag naar school', ['JEUGD'], [member.noah]);
    await goal(ids.goalFinancien, 'Geen nieuwe betalingsachterstanden', ['WERK_EN_INKOMEN'], [member.sanne]);
    await goal(ids.goalHuishouden, 'Sanne houdt het huishouden weer vol', ['WMO'], [member.sanne]);

    // Jeugd: Noah's ambulant care from request to stop.
    await post(
      'recordJeugdVerzoekOmToewijzing',
      'JEUGD',
      {
        householdId,
        memberId: member.noah,
        providerAgb: P.kompas.agbCode,
        productcategorie: '45',
        gewensteIngangsdatum: '2026-03-15',
        verwijzer: '02',
        note: 'Huisarts verwijst na schoolverzuim',
      },
      jeugdWorker,
    );
    ids.j1Toewijzing = (
      await post(
        'recordJeugdToewijzing',
        'JEUGD',
        {
          householdId,
          memberId: member.noah,
          providerAgb: P.kompas.agbCode,
          toewijzingNummer: 'JT2026001',
          toewijzingsdatum: '2026-03-10',
          ingangsdatum: '2026-03-15',
          einddatum: '2026-09-30',
          productcategorie: '45',
          omvang: { volume: 2, eenheid: '04', frequentie: '2' },
          verwijzer: '02',
        },
        jeugdWorker,
      )
    ).eventIds[0]!;
    await post(
      'recordJeugdZorgStart',
      'JEUGD',
      { householdId, toewijzingNummer: 'JT2026001', begindatum: '2026-03-24' },
      jeugdWorker,
    );
    await post(
      'recordJeugdContactmoment',
      'JEUGD',
      {
        householdId,
        memberId: member.noah,
        providerAgb: P.gezinscoach.agbCode,
        datum: '2026-04-02',
        soort: 'HUISBEZOEK',
        note: 'Gesprek met ouders en Noah over het ochtendritme',
      },
      jeugdWorker,
    );
    ids.contactmomentWithdrawn = (
      await post(
        'recordJeugdContactmoment',
        'JEUGD',
        {
          householdId,
          memberId: member.lotte,
          datum: '2026-04-10',
          soort: 'TELEFONISCH',
          note: 'Per abuis bij Lotte vastgelegd',
        },
        jeugdWorker,
      )
    ).eventIds[0]!;
    // Lotte: started after 28 days, still running.
    await post(
      'recordJeugdToewijzing',
      'JEUGD',
      {
        householdId,
        memberId: member.lotte,
        providerAgb: P.linde.agbCode,
        toewijzingNummer: 'JT2026002',
        toewijzingsdatum: '2026-05-04',
        ingangsdatum: '2026-05-04',
        productcategorie: '54',
        verwijzer: '03',
      },
      jeugdWorker,
    );
    await post(
      'recordJeugdZorgStart',
      'JEUGD',
      { householdId, toewijzingNummer: 'JT2026002', begindatum: '2026-06-01' },
      jeugdWorker,
    );
    await post(
      'recordJeugdZorgStop',
      'JEUGD',
      { householdId, toewijzingNummer: 'JT2026001', einddatum: '2026-08-31', redenBeeindiging: '31' },
      jeugdWorker,
    );
    // Noah: specialist ggz assigned on 1 September, not started: waiting longer than the Treeknorm.
    await post(
      'recordJeugdToewijzing',
      'JEUGD',
      {
        householdId,
        memberId: member.noah,
        providerAgb: P.ggz.agbCode,
        toewijzingNummer: 'JT2026003',
        toewijzingsdatum: J3_TOEGEWEZEN,
        ingangsdatum: J3_INGANG,
        productcategorie: '52',
        budget: 250_000,
        verwijzer: '02',
      },
      jeugdWorker,
    );

    // Wmo: Sanne's melding, the onderzoek on every rung, the besluit, the toewijzing and the start.
    await post(
      'recordWmoMelding',
      'WMO',
      {
        householdId,
        meldingId: ids.meldingId,
        memberId: member.sanne,
        meldingsdatum: '2026-02-02',
        hulpvraag: 'Ik krijg het huishouden en de kinderen niet meer rond',
      },
      wmoWorker,
    );
    const rung = (sufficient: string, toelichting: string) => ({ considered: true, sufficient, toelichting });
    await post(
      'recordWmoOnderzoek',
      'WMO',
      {
        householdId,
        meldingId: ids.meldingId,
        afgerondOp: '2026-03-02',
        keukentafelgesprekOp: '2026-02-16',
        eigenKracht: rung('NEE', 'Vermoeidheidsklachten'),
        gebruikelijkeHulp: rung('DEELS', 'Mark werkt fulltime'),
        mantelzorg: rung('DEELS', 'Oma helpt op woensdag'),
        sociaalNetwerk: rung('NEE', 'Weinig netwerk in de buurt'),
        algemeneVoorziening: rung('NEE', 'Wachtlijst bij het buurthuis'),
        conclusie: 'MAATWERKVOORZIENING_NODIG',
      },
      wmoWorker,
    );
    await post(
      'recordWmoBesluit',
      'WMO',
      {
        householdId,
        besluitId: ids.besluitId,
        meldingId: ids.meldingId,
        besluitdatum: '2026-03-09',
        uitkomst: 'TOEGEKEND',
        productcategorie: '02',
        motivering: 'Alle treden overwogen; begeleiding nodig',
      },
      wmoWorker,
    );
    await post(
      'recordWmoToewijzing',
      'WMO',
      {
        householdId,
        memberId: member.sanne,
        providerAgb: P.thuiszorg.agbCode,
        toewijzingNummer: 'WT2026001',
        toewijzingsdatum: '2026-03-12',
        ingangsdatum: '2026-03-16',
        productcategorie: '02',
        omvang: { volume: 12, eenheid: '04', frequentie: '4' },
        besluitId: ids.besluitId,
      },
      wmoWorker,
    );
    await post(
      'recordWmoZorgStart',
      'WMO',
      { householdId, toewijzingNummer: 'WT2026001', begindatum: '2026-03-23' },
      wmoWorker,
    );
    // Mark: huishoudelijke hulp assigned, not started yet (Wmo has no waiting-time norm).
    await post(
      'recordWmoToewijzing',
      'WMO',
      {
        householdId,
        memberId: member.mark,
        providerAgb: P.huishoudhulp.agbCode,
        toewijzingNummer: 'WT2026002',
        toewijzingsdatum: W2_TOEGEWEZEN,
        ingangsdatum: W2_INGANG,
        productcategorie: '01',
      },
      wmoWorker,
    );

    // Werk & Inkomen: bijstand, two vroegsignalen (one followed up), schuldhulp and re-integratie.
    const aanvraag = await post(
      'recordBijstandBesluit',
      'WERK_EN_INKOMEN',
      {
        householdId,
        memberId: member.mark,
        besluit: 'AANGEVRAAGD',
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: '2026-02-10',
      },
      wiWorker,
    );
    const { bijstandId } = await eventData<{ bijstandId: string }>(aanvraag.eventIds[0]!);
    await post(
      'recordBijstandBesluit',
      'WERK_EN_INKOMEN',
      {
        householdId,
        memberId: member.mark,
        besluit: 'TOEGEKEND',
        bijstandId,
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: '2026-03-05',
        reden: 'Inkomen onder de bijstandsnorm na ontslag',
      },
      wiWorker,
    );
    const huur = await post(
      'recordSchuldsignaal',
      'WERK_EN_INKOMEN',
      {
        householdId,
        memberId: member.sanne,
        soort: 'HUUR',
        ontvangenOp: '2026-06-15',
        schuldeiser: 'Woningcorporatie Ymere',
        bedragAchterstand: 184_500,
      },
      wiWorker,
    );
    const { signaalId } = await eventData<{ signaalId: string }>(huur.eventIds[0]!);
    await post(
      'recordSchuldsignaalOpvolging',
      'WERK_EN_INKOMEN',
      { householdId, signaalId, stap: 'CONTACT_GELEGD', datum: '2026-06-22', note: 'Huisbezoek, afspraak gemaakt' },
      wiWorker,
    );
    await post(
      'recordSchuldhulpTraject',
      'WERK_EN_INKOMEN',
      {
        householdId,
        action: 'GESTART',
        memberId: member.sanne,
        providerAgb: P.schuldhulp.agbCode,
        fase: 'STABILISATIE',
        datum: '2026-07-01',
      },
      wiWorker,
    );
    await post(
      'recordReintegratieTraject',
      'WERK_EN_INKOMEN',
      {
        householdId,
        action: 'GESTART',
        memberId: member.mark,
        providerAgb: P.werkfit.agbCode,
        soort: 'WERKFIT',
        datum: '2026-04-01',
      },
      wiWorker,
    );
    await post(
      'recordSchuldsignaal',
      'WERK_EN_INKOMEN',
      {
        householdId,
        memberId: member.sanne,
        soort: 'ZORGVERZEKERING',
        ontvangenOp: '2026-10-20',
        schuldeiser: 'Zilveren Kruis',
      },
      wiWorker,
    );

    // Anna hands over to Bram; Bram records agreements and evaluates a goal.
    await post(
      'assignRegisseur',
      'HOUSEHOLD',
      {
        householdId,
        regisseurUserId: bram.userId,
        regisseurName: bram.name,
        reason: 'Anna gaat met zwangerschapsverlof',
      },
      beheerder,
    );
    await post(
      'setPlanGoal',
      'HOUSEHOLD',
      {
        householdId,
        goalId: ids.goalFinancien,
        title: 'Geen nieuwe betalingsachterstanden en een stabiel inkomen',
        domains: ['WERK_EN_INKOMEN'],
        memberIds: [member.sanne, member.mark],
        revisionReason: 'Mark ontvangt bijstand; doel geldt voor beide ouders',
      },
      bram,
    );
    const agreement = (input: Record<string, unknown>) =>
      post('recordPlanAgreement', 'HOUSEHOLD', { householdId, memberIds: [], ...input }, bram);
    await agreement({
      goalId: ids.goalSchool,
      description: 'Wekelijkse opvoedondersteuning thuis',
      party: 'AANBIEDER',
      providerAgb: P.buurtteam.agbCode,
      domain: 'JEUGD',
      memberIds: [member.noah],
    });
    await agreement({
      goalId: ids.goalFinancien,
      description: 'Budgetcoaching om de twee weken',
      party: 'AANBIEDER',
      providerAgb: P.budgetcoach.agbCode,
      domain: 'WERK_EN_INKOMEN',
      memberIds: [member.sanne],
    });
    await agreement({
      goalId: ids.goalFinancien,
      description: 'Sanne opent de post samen met de budgetcoach',
      party: 'HUISHOUDEN',
      memberIds: [member.sanne],
    });
    await agreement({
      goalId: ids.goalHuishouden,
      description: 'Oma haalt de kinderen op woensdag uit school',
      party: 'NETWERK',
      partyName: 'Oma Ria',
    });
    await post(
      'evaluatePlanGoal',
      'HOUSEHOLD',
      {
        householdId,
        goalId: ids.goalSchool,
        outcome: 'DEELS_BEREIKT',
        evaluatedOn: '2026-10-15',
        note: 'Vier van de vijf dagen',
      },
      bram,
    );

    // Corrections (StatusAanlevering 2 and 3) by the Jeugd team.
    ids.j1Correction = (
      await post(
        'correctEntry',
        'JEUGD',
        {
          householdId,
          entryId: ids.j1Toewijzing,
          reason: 'Einddatum na herbeoordeling vervroegd',
          changes: { einddatum: '2026-08-31', redenWijziging: '05' },
        },
        jeugdWorker,
      )
    ).eventIds[0]!;
    ids.withdrawal = (
      await post(
        'withdrawEntry',
        'JEUGD',
        { householdId, entryId: ids.contactmomentWithdrawn, reason: 'Contactmoment bij het verkeerde kind vastgelegd' },
        jeugdWorker,
      )
    ).eventIds[0]!;
  }, 120_000);

  afterAll(() => api?.close());

  it('registered eleven providers across the three domains, each with its own event', () => {
    expect(providerResults).toHaveLength(Object.keys(P).length);
    for (const result of providerResults) {
      expect(result).toEqual({
        householdId: null,
        eventIds: [expect.any(String)],
        streamRevision: '0',
        position: expect.stringMatching(/^[0-9]+$/),
      });
    }
  });

  it('shows every posted event in the timeline as soon as its mutation returns (read-your-writes)', () => {
    expect(posted.length).toBeGreaterThan(35);
    expect(notYetVisible).toEqual([]);
  });

  it('reads back members, the current regisseur and the handover with its reason', async () => {
    const { data, errors } = await api.graphql<{ household: Record<string, unknown> }>(
      `query($id: ID!) { household(id: $id) {
        id name gemeente closed
        members { id name birthDate relation }
        regisseur { userId name since }
        regisseurHistory { from { userId name } to { userId name } reason at }
      } }`,
      { id: householdId },
      bram,
    );
    expect(errors).toBeUndefined();
    const household = data!.household as {
      members: { id: string; name: string; birthDate: string; relation: string }[];
      regisseur: { userId: string; name: string; since: string };
      regisseurHistory: { from: unknown; to: unknown; reason: string; at: string }[];
    };
    expect(household).toMatchObject({ id: householdId, name: 'Familie De Vries', gemeente: '0363', closed: false });
    expect(household.members).toHaveLength(4);
    expect(household.members).toEqual(
      expect.arrayContaining(
        MEMBERS.map(({ name, birthDate, relation }) => ({ id: expect.any(String), name, birthDate, relation })),
      ),
    );
    expect(household.regisseur).toEqual({ userId: bram.userId, name: bram.name, since: expect.any(String) });
    expect(household.regisseurHistory).toEqual([
      {
        from: null,
        to: { userId: anna.userId, name: anna.name },
        reason: 'Aanmelding via het wijkteam',
        at: expect.any(String),
      },
      {
        from: { userId: anna.userId, name: anna.name },
        to: { userId: bram.userId, name: bram.name },
        reason: 'Anna gaat met zwangerschapsverlof',
        at: expect.any(String),
      },
    ]);
    expect(Date.parse(household.regisseur.since)).toBe(Date.parse(household.regisseurHistory[1]!.at));
  });

  it('reads back the plan: goals with versions and evaluation, and agreements with their providers', async () => {
    const { data, errors } = await api.graphql<{ household: { plan: Record<string, unknown[]> } }>(
      `query($id: ID!) { household(id: $id) { plan {
        goals { id status current { version title domains memberIds revisionReason }
                evaluations { outcome evaluatedOn note } versions { version title } }
        agreements { goalId description party partyName provider { agbCode name } domain memberIds }
      } } }`,
      { id: householdId },
      bram,
    );
    expect(errors).toBeUndefined();
    const { goals, agreements } = data!.household.plan;
    expect(goals).toHaveLength(3);
    expect(goals).toEqual(
      expect.arrayContaining([
        {
          id: ids.goalSchool,
          status: 'DEELS_BEREIKT',
          current: {
            version: 1,
            title: 'Noah gaat weer elke dag naar school',
            domains: ['JEUGD'],
            memberIds: [member.noah],
            revisionReason: null,
          },
          evaluations: [{ outcome: 'DEELS_BEREIKT', evaluatedOn: '2026-10-15', note: 'Vier van de vijf dagen' }],
          versions: [{ version: 1, title: 'Noah gaat weer elke dag naar school' }],
        },
        {
          id: ids.goalFinancien,
          status: 'OPEN',
          current: {
            version: 2,
            title: 'Geen nieuwe betalingsachterstanden en een stabiel inkomen',
            domains: ['WERK_EN_INKOMEN'],
            memberIds: [member.sanne, member.mark],
            revisionReason: 'Mark ontvangt bijstand; doel geldt voor beide ouders',
          },
          evaluations: [],
          versions: [
            { version: 1, title: 'Geen nieuwe betalingsachterstanden' },
            { version: 2, title: 'Geen nieuwe betalingsachterstanden en een stabiel inkomen' },
          ],
        },
        expect.objectContaining({ id: ids.goalHuishouden, status: 'OPEN' }),
      ]),
    );
    expect(agreements).toEqual([
      {
        goalId: ids.goalSchool,
        description: 'Wekelijkse opvoedondersteuning thuis',
        party: 'AANBIEDER',
        partyName: null,
        provider: { agbCode: P.buurtteam.agbCode, name: P.buurtteam.name },
        domain: 'JEUGD',
        memberIds: [member.noah],
      },
      {
        goalId: ids.goalFinancien,
        description: 'Budgetcoaching om de twee weken',
        party: 'AANBIEDER',
        partyName: null,
        provider: { agbCode: P.budgetcoach.agbCode, name: P.budgetcoach.name },
        domain: 'WERK_EN_INKOMEN',
        memberIds: [member.sanne],
      },
      {
        goalId: ids.goalFinancien,
        description: 'Sanne opent de post samen met de budgetcoach',
        party: 'HUISHOUDEN',
        partyName: null,
        provider: null,
        domain: null,
        memberIds: [member.sanne],
      },
      {
        goalId: ids.goalHuishouden,
        description: 'Oma haalt de kinderen op woensdag uit school',
        party: 'NETWERK',
        partyName: 'Oma Ria',
        provider: null,
        domain: null,
        memberIds: [],
      },
    ]);
  });

  it('reads back one legal basis per domain, currently valid', async () => {
    const { data, errors } = await api.graphql<{ household: { sharingBases: Record<string, unknown>[] } }>(
      `query($id: ID!) { household(id: $id) { sharingBases {
        domain grondslag wettelijkeBepaling toestemmingVastgelegdOp memberIds validFrom validUntil endedOn currentlyValid
      } } }`,
      { id: householdId },
      bram,
    );
    expect(errors).toBeUndefined();
    const common = {
      grondslag: 'WETTELIJKE_TAAK',
      toestemmingVastgelegdOp: '2026-01-20',
      memberIds: [],
      validFrom: '2026-01-15',
      validUntil: '2027-12-31',
      endedOn: null,
      currentlyValid: true,
    };
    expect(data!.household.sharingBases).toEqual([
      { domain: 'JEUGD', wettelijkeBepaling: 'art. 7.1.1 Jeugdwet', ...common },
      { domain: 'WERK_EN_INKOMEN', wettelijkeBepaling: 'art. 64 Participatiewet', ...common },
      { domain: 'WMO', wettelijkeBepaling: 'art. 5.1 Wmo 2015', ...common },
    ]);
  });

  it('lists every involved provider with name and domains, and their active toewijzingen and trajecten', async () => {
    interface Episode {
      key: string;
      domain: string;
      kind: string;
      label: string | null;
      member: { id: string; name: string | null } | null;
      toegewezenOp: string | null;
      gestartOp: string | null;
      wachttijdDays: number | null;
      normDays: number | null;
      overNorm: boolean;
      stillWaiting: boolean;
    }
    const { data, errors } = await api.graphql<{
      household: { providers: { agbCode: string; name: string; domains: string[]; active: Episode[] }[] };
    }>(
      `query($id: ID!) { household(id: $id) { providers {
        agbCode name domains firstActivity lastActivity
        active { key domain kind label member { id name } toegewezenOp gestartOp wachttijdDays normDays overNorm stillWaiting }
      } } }`,
      { id: householdId },
      bram,
    );
    expect(errors).toBeUndefined();
    const providers = data!.household.providers;
    const byAgb = new Map(providers.map((provider) => [provider.agbCode, provider]));
    expect([...byAgb.keys()].sort()).toEqual(Object.keys(INVOLVED).sort());
    expect(providers).toHaveLength(Object.keys(INVOLVED).length);
    expect(byAgb.has(P.dagbesteding.agbCode)).toBe(false);
    const names = new Map(Object.values(P).map((provider) => [provider.agbCode, provider.name]));
    for (const [agbCode, domains] of Object.entries(INVOLVED)) {
      expect(byAgb.get(agbCode)).toMatchObject({ agbCode, name: names.get(agbCode), domains });
    }

    const active = (agb: string) => byAgb.get(agb)!.active;
    // Noah's first care stopped: nothing active with Het Kompas.
    expect(active(P.kompas.agbCode)).toEqual([]);
    // Lotte: assigned 2026-05-04, started 2026-06-01: 28 days, within the Treeknorm of 42.
    expect(active(P.linde.agbCode)).toEqual([
      {
        key: 'JT2026002',
        domain: 'JEUGD',
        kind: 'TOEWIJZING',
        label: 'jeugd-ggz (54)',
        member: { id: member.lotte, name: 'Lotte de Vries' },
        toegewezenOp: '2026-05-04',
        gestartOp: '2026-06-01',
        wachttijdDays: daysBetween('2026-05-04', '2026-06-01'),
        normDays: 42,
        overNorm: false,
        stillWaiting: false,
      },
    ]);
    expect(active(P.linde.agbCode)[0]!.wachttijdDays).toBe(28);
    // Noah: assigned 2026-09-01, care may start from 2026-09-15; still waiting since then, past the norm.
    expect(active(P.ggz.agbCode)).toEqual([
      {
        key: 'JT2026003',
        domain: 'JEUGD',
        kind: 'TOEWIJZING',
        label: 'specialistische ggz (52)',
        member: { id: member.noah, name: 'Noah de Vries' },
        toegewezenOp: J3_TOEGEWEZEN,
        gestartOp: null,
        wachttijdDays: daysBetween(J3_INGANG, TODAY),
        normDays: 42,
        overNorm: true,
        stillWaiting: true,
      },
    ]);
    // Sanne's begeleiding: started 7 days after its ingangsdatum (11 after the toewijzing); Wmo has no norm.
    expect(active(P.thuiszorg.agbCode)).toEqual([
      expect.objectContaining({
        key: 'WT2026001',
        domain: 'WMO',
        kind: 'TOEWIJZING',
        label: 'begeleiding (02)',
        toegewezenOp: '2026-03-12',
        gestartOp: '2026-03-23',
        wachttijdDays: 7,
        normDays: null,
        overNorm: false,
        stillWaiting: false,
      }),
    ]);
    // Mark's huishoudelijke hulp: still waiting, but no norm, so never over it.
    expect(active(P.huishoudhulp.agbCode)).toEqual([
      expect.objectContaining({
        key: 'WT2026002',
        domain: 'WMO',
        toegewezenOp: W2_TOEGEWEZEN,
        gestartOp: null,
        wachttijdDays: daysBetween(W2_INGANG, TODAY),
        normDays: null,
        overNorm: false,
        stillWaiting: true,
      }),
    ]);
    // Trajecten: started, without a toewijzing date there is no waiting time.
    expect(active(P.schuldhulp.agbCode)).toEqual([
      expect.objectContaining({
        domain: 'WERK_EN_INKOMEN',
        kind: 'TRAJECT',
        member: { id: member.sanne, name: 'Sanne de Vries' },
        gestartOp: '2026-07-01',
        wachttijdDays: null,
        overNorm: false,
      }),
    ]);
    expect(active(P.werkfit.agbCode)).toEqual([
      expect.objectContaining({
        domain: 'WERK_EN_INKOMEN',
        kind: 'TRAJECT',
        member: { id: member.mark, name: 'Mark de Vries' },
        gestartOp: '2026-04-01',
      }),
    ]);
    for (const agb of [P.gezinscoach.agbCode, P.budgetcoach.agbCode, P.buurtteam.agbCode]) {
      expect(active(agb)).toEqual([]);
    }
  });

  it('reads one combined timeline: every posted event once, newest first, in Dutch, with its domain', async () => {
    const page = await timeline();
    const expectedIds = postedEventIds();
    expect(page.totalCount).toBe(expectedIds.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const nodes = page.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id).sort()).toEqual([...expectedIds].sort());

    for (let index = 1; index < nodes.length; index++) {
      const newer = nodes[index - 1]!;
      const older = nodes[index]!;
      const [newerAt, olderAt] = [Date.parse(newer.occurredAt), Date.parse(older.occurredAt)];
      expect(newerAt).toBeGreaterThanOrEqual(olderAt);
      if (newerAt === olderAt) expect(BigInt(newer.position)).toBeGreaterThan(BigInt(older.position));
    }

    const domainOfEvent = new Map(posted.flatMap((result) => result.eventIds.map((id) => [id, result.domain])));
    for (const node of nodes) {
      expect(DOMAINS).toContain(node.domain);
      expect(node.domain).toBe(domainOfEvent.get(node.id));
      expect(node.summary.trim().length).toBeGreaterThan(0);
    }

    // Fact dates become occurredAt: the oldest fact is Sanne's melding, the Jeugd stop is on its einddatum.
    const byId = new Map(nodes.map((node) => [node.id, node]));
    expect(byId.get(eventOf('recordWmoMelding').eventIds[0]!)!.occurredAt).toBe('2026-02-02T00:00:00.000Z');
    expect(byId.get(eventOf('recordJeugdZorgStop').eventIds[0]!)!.occurredAt).toBe('2026-08-31T00:00:00.000Z');
    expect(nodes.at(-1)!.id).toBe(eventOf('recordWmoMelding').eventIds[0]);

    // Lines in Dutch, in need-to-know terms, naming members and providers.
    const summaryOf = (mutation: string, index = 0) => byId.get(eventOf(mutation, index).eventIds[0]!)!.summary;
    expect(summaryOf('registerHousehold')).toBe('Huishouden Familie De Vries geregistreerd met 4 leden');
    expect(summaryOf('assignRegisseur', 1)).toBe('Regie overgedragen van Anna Bakker aan Bram Smit');
    expect(summaryOf('recordJeugdToewijzing', 1)).toContain('Kinderpraktijk De Linde voor Lotte de Vries');
    expect(summaryOf('recordJeugdZorgStop')).toBe(
      'Zorg gestopt: ambulant bij Jeugdhulp Het Kompas voor Noah de Vries (volgens plan beëindigd)',
    );
    expect(summaryOf('recordWmoBesluit')).toBe('Besluit: maatwerkvoorziening begeleiding (02) toegekend');
    expect(summaryOf('recordBijstandBesluit', 1)).toBe('Bijstand toegekend: algemene bijstand voor Mark de Vries');
    expect(summaryOf('recordSchuldsignaal')).toBe(
      'Vroegsignaal huurachterstand van Woningcorporatie Ymere (€ 1.845,00) voor Sanne de Vries',
    );
    expect(summaryOf('recordReintegratieTraject')).toBe(
      'Re-integratie gestart (werkfit) bij Werkfit Academie voor Mark de Vries',
    );

    // Who recorded it: domain workers for domain entries.
    expect(byId.get(eventOf('recordJeugdZorgStart').eventIds[0]!)!.recordedBy).toEqual({
      userId: jeugdWorker.userId,
      name: jeugdWorker.name,
      role: 'domeinmedewerker',
    });
  });

  it('writes every summary as a readable Dutch line, never a raw event type', async () => {
    const nodes = (await timeline()).edges.map((edge) => edge.node);
    const raw = nodes.filter((node) => node.summary.includes(node.type) || /\b[a-z-]+\.[A-Z]\w+/.test(node.summary));
    expect(raw.map((node) => `${node.type}: ${node.summary}`)).toEqual([]);
  });

  it('marks the corrected toewijzing with its correction and the withdrawn contactmoment with its withdrawal', async () => {
    const byId = new Map((await timeline()).edges.map((edge) => [edge.node.id, edge.node]));
    expect(byId.get(ids.j1Toewijzing)).toMatchObject({
      type: 'jeugd.ToewijzingVastgelegd',
      corrected: true,
      correctedBy: [ids.j1Correction],
      withdrawn: false,
      withdrawnBy: null,
    });
    expect(byId.get(ids.j1Correction)).toMatchObject({
      domain: 'JEUGD',
      type: 'household.EntryCorrected',
      status: 'GECORRIGEERD',
      corrected: false,
      withdrawn: false,
    });
    expect(byId.get(ids.contactmomentWithdrawn)).toMatchObject({
      type: 'jeugd.ContactmomentVastgelegd',
      withdrawn: true,
      withdrawnBy: ids.withdrawal,
      corrected: false,
      correctedBy: [],
    });
    expect(byId.get(ids.withdrawal)).toMatchObject({ domain: 'JEUGD', status: 'INGETROKKEN', withdrawn: false });
    // Nothing else was corrected or withdrawn.
    const others = [...byId.values()].filter(
      (node) => node.id !== ids.j1Toewijzing && node.id !== ids.contactmomentWithdrawn,
    );
    expect(others.filter((node) => node.corrected || node.withdrawn)).toEqual([]);
  });

  it('filters the timeline by domain JEUGD: only and all the Jeugd entries', async () => {
    const page = await timeline({ filter: { domains: ['JEUGD'] } });
    const jeugdIds = posted.filter((result) => result.domain === 'JEUGD').flatMap((result) => result.eventIds);
    expect(jeugdIds).toHaveLength(11);
    expect(page.totalCount).toBe(jeugdIds.length);
    expect(page.edges.map((edge) => edge.node.domain)).toEqual(jeugdIds.map(() => 'JEUGD'));
    expect(page.edges.map((edge) => edge.node.id).sort()).toEqual([...jeugdIds].sort());
  });

  it('pages through the timeline five at a time, each entry exactly once and in the same order', async () => {
    const all = (await timeline()).edges.map((edge) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    const maxPages = Math.ceil(all.length / 5) + 2;
    let pages = 0;
    for (; pages < maxPages; pages++) {
      const page: TimelinePage = await timeline({ first: 5, after });
      expect(page.totalCount).toBe(all.length);
      expect(page.edges.length).toBeLessThanOrEqual(5);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(5);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(all.length / 5) - 1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all);
  });

  it('lists the household for its current regisseur with the counters that follow from the facts', async () => {
    const query = `{ myHouseholds(first: 10) { totalCount edges { node {
      id name lastActivity activeProviders openSignals overdueWaits } } } }`;
    const { data, errors } = await api.graphql<{
      myHouseholds: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(query, {}, bram);
    expect(errors).toBeUndefined();
    expect(data!.myHouseholds.totalCount).toBe(1);
    expect(data!.myHouseholds.edges.map((edge) => edge.node)).toEqual([
      {
        id: householdId,
        name: 'Familie De Vries',
        lastActivity: expect.any(String),
        // Linde (JT2026002), GGZ Zuid (JT2026003), Thuiszorg (WT2026001), Huishoudhulp (WT2026002), Schuldhulp, Werkfit.
        activeProviders: 6,
        // The zorgverzekering signal; the huur signal was followed up with CONTACT_GELEGD.
        openSignals: 1,
        // Only JT2026003 waits longer than its norm; Wmo has none.
        overdueWaits: 1,
      },
    ]);
    // Anna handed over: the household is no longer hers.
    const formerly = await api.graphql<{ myHouseholds: { totalCount: number } }>(query, {}, anna);
    expect(formerly.errors).toBeUndefined();
    expect(formerly.data!.myHouseholds.totalCount).toBe(0);
  });

  it('rejects a start of zorg for an unknown toewijzing with TOEWIJZING_NOT_FOUND and writes nothing', async () => {
    const before = await timeline();
    const head = await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }');
    const { data, errors } = await api.graphql(
      `mutation($input: RecordJeugdZorgStartInput!) { recordJeugdZorgStart(input: $input) { ${RECORDED} } }`,
      { input: { householdId, toewijzingNummer: 'JT2026999', begindatum: '2026-10-01' } },
      jeugdWorker,
    );
    expect(data).toBeFalsy();
    expect(errors![0]!.extensions.code).toBe('TOEWIJZING_NOT_FOUND');
    expect(errors![0]!.message).toContain('JT2026999');
    const after = await timeline();
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.edges.map((edge) => edge.node.id)).toEqual(before.edges.map((edge) => edge.node.id));
    const headAfter = await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }');
    expect(headAfter.data!.system.headPosition).toBe(head.data!.system.headPosition);
  });
  // The Wonen strand (issue 14): a huurachterstand signal and an aanzegging reach the regisseur's worklist; the
  // regisseur pays one month's rent from the maatwerkbudget; the ontruiming is prevented and the worklist clears.
  // The spend names the signal in its purpose: a link from spend to signal is not part of this branch.
  it('Wonen: arrears signal → one month’s rent from the maatwerkbudget → eviction prevented, on timeline and worklist', async () => {
    const regisseur = currentRegisseur!;
    const shift = (days: number) =>
      new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const worklist = async () => {
      const { data, errors } = await api.graphql<{
        signals: { edges: { node: { kind: string; domain: string; householdId: string; key: string } }[] };
      }>('{ signals(first: 100) { edges { node { kind domain householdId key } } } }', {}, regisseur);
      if (errors) throw new Error(JSON.stringify(errors));
      return data!.signals.edges
        .map((edge) => edge.node)
        .filter((node) => node.householdId === householdId && node.domain === 'WONEN')
        .map((node) => [node.kind, node.key]);
    };
    // The regisseur's list of households counts the same signals per kind, in the worklist's words.
    const overdueWonen = async () => {
      const { data, errors } = await api.graphql<{
        myHouseholds: {
          edges: { node: { id: string; overdueSignalsByKind: { kind: string; label: string; count: number }[] } }[];
        };
      }>(
        '{ myHouseholds(first: 10) { edges { node { id overdueSignalsByKind { kind label count } } } } }',
        {},
        regisseur,
      );
      if (errors) throw new Error(JSON.stringify(errors));
      const node = data!.myHouseholds.edges.find((edge) => edge.node.id === householdId)!.node;
      return node.overdueSignalsByKind.filter((count) => count.kind.startsWith('WONEN_'));
    };
    const wonenPost = async (mutation: string, input: Record<string, unknown>, extra: string) => {
      const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
      const { data, errors } = await api.graphql<Record<string, Recorded & Record<string, string>>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} ${extra} } }`,
        { input: { householdId, ...input } },
        wonenWorker,
      );
      if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
      posted.push({ ...data![mutation]!, mutation, domain: 'WONEN' });
      return data![mutation]!;
    };

    await post(
      'recordSharingBasis',
      'HOUSEHOLD',
      {
        householdId,
        domain: 'WONEN',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 3 Wgs; art. 12 Huisvestingswet 2014 met de huisvestingsverordening',
        memberIds: [],
        validFrom: '2026-01-15',
        validUntil: '2027-12-31',
      },
      wonenWorker,
    );
    const { signaalId } = await wonenPost(
      'recordHuurachterstand',
      {
        memberId: member.sanne,
        verhuurder: 'Ymere',
        verhuurderSoort: 'WONINGCORPORATIE',
        bedragAchterstandCents: 164_000,
        maandenAchterstand: 2,
        ontvangenOp: shift(-30),
      },
      'signaalId',
    );
    const { ontruimingId } = await wonenPost(
      'recordOntruimingsdreiging',
      {
        memberId: member.sanne,
        fase: 'AANZEGGING',
        datum: shift(-2),
        verhuurder: 'Ymere',
        ontruimingsdatum: shift(7),
        signaalId,
      },
      'ontruimingId',
    );
    expect(await worklist()).toEqual([
      ['WONEN_ONTRUIMING_DREIGT', ontruimingId],
      ['WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING', signaalId],
    ]);
    expect(await overdueWonen()).toEqual([
      { kind: 'WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING', label: 'Huurachterstand niet op tijd opgevolgd', count: 1 },
      { kind: 'WONEN_ONTRUIMING_DREIGT', label: 'Ontruiming binnen 14 dagen, nog geen uitkomst', count: 1 },
    ]);

    const year = Number(TODAY.slice(0, 4));
    const budget = await api.graphql(
      'mutation($input: SetMaatwerkbudgetInput!) { setMaatwerkbudget(input: $input) { year } }',
      { input: { year, totalCents: 50_000_000, perHouseholdCents: 500_000 } },
      beheerder,
    );
    expect(budget.errors).toBeUndefined();
    const spend = await api.graphql<{ spendMaatwerkbudget: Recorded & { spendId: string } }>(
      `mutation($input: SpendMaatwerkbudgetInput!) { spendMaatwerkbudget(input: $input) { ${RECORDED} spendId } }`,
      {
        input: {
          householdId,
          amountCents: 82_000,
          spentOn: shift(-1),
          purpose: `Eén maand huur aan Ymere tegen de ontruiming (signaal huurachterstand ${signaalId})`,
          prevents: 'HUISUITZETTING',
          memberIds: [member.sanne],
        },
      },
      regisseur,
    );
    expect(spend.errors).toBeUndefined();
    posted.push({ ...spend.data!.spendMaatwerkbudget, mutation: 'spendMaatwerkbudget', domain: 'HOUSEHOLD' });

    await wonenPost('recordHuurachterstandOpvolging', { signaalId, stap: 'HULP_AANGEBODEN', datum: shift(-1) }, '');
    await wonenPost('recordOntruimingUitkomst', { ontruimingId, uitkomst: 'VOORKOMEN', datum: TODAY }, '');
    expect(await worklist()).toEqual([]);
    expect(await overdueWonen()).toEqual([]);

    const entries = (await timeline({}, regisseur)).edges.map((edge) => edge.node);
    const lines = entries.map((node) => [node.domain, node.summary]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['WONEN', 'Huurachterstand gemeld door Ymere (woningcorporatie): € 1.640,00, 2 maanden voor Sanne de Vries'],
        ['HOUSEHOLD', 'Maatwerkbudget: € 820 om huisuitzetting te voorkomen'],
        ['WONEN', 'Huurachterstand opgevolgd: hulp aangeboden (Sanne de Vries)'],
        ['WONEN', 'Ontruiming voorkomen (Sanne de Vries)'],
      ]),
    );
    const order = (summary: string) => entries.findIndex((node) => node.summary === summary);
    // Newest first: the prevented eviction after the spend, the spend after the signal.
    expect(order('Ontruiming voorkomen (Sanne de Vries)')).toBeLessThan(
      order('Maatwerkbudget: € 820 om huisuitzetting te voorkomen'),
    );
  });
});
