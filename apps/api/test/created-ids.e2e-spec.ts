import { todayInNetherlands } from '@regie/household';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// A client that leaves every id to Regie must still be able to follow up: each mutation that creates something
// returns the ids it created under the name the follow-up mutation takes them by.

const anna: TestActor = { userId: 'u-regisseur-ids', role: 'regisseur', name: 'Anna Bakker' };
const worker = (domain: string): TestActor => ({
  userId: `u-ids-${domain.toLowerCase()}`,
  role: 'domeinmedewerker',
  name: `Medewerker ${domain}`,
  domain,
});
const wmo = worker('WMO');
const wi = worker('WERK_EN_INKOMEN');
const jeugd = worker('JEUGD');
const WI_AGB = '21000013';
const WMO_AGB = '21000012';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const today = todayInNetherlands();
const daysAgo = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const rung = (sufficient: 'JA' | 'NEE') => ({ considered: true, sufficient });

describe('generated ids come back in the mutation result (issue 15) over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let sanne: string;

  async function ok(name: string, input: Record<string, unknown>, actor: TestActor, fields: string) {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, Record<string, unknown>>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { eventIds ${fields} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    return data![name]!;
  }

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await ok(
      'registerProvider',
      { agbCode: WI_AGB, name: 'Schuldhulp Ids', domains: ['WERK_EN_INKOMEN'] },
      beheerder,
      '',
    );
    await ok('registerProvider', { agbCode: WMO_AGB, name: 'Thuiszorg Ids', domains: ['WMO'] }, beheerder, '');
  }, 60_000);
  afterAll(() => api?.close());

  it('registerHousehold returns the household id and the members’ ids in the order given', async () => {
    const members = [
      { bsn: '111222333', name: 'Sanne Ids', birthDate: '1986-05-14', relation: 'OUDER_VERZORGER' },
      { bsn: '856885253', name: 'Noah Ids', birthDate: '2014-09-02', relation: 'KIND' },
    ];
    const registered = await ok(
      'registerHousehold',
      { gemeente: '0363', name: 'Familie Ids', members },
      beheerder,
      'householdId memberIds',
    );
    householdId = registered.householdId as string;
    const memberIds = registered.memberIds as string[];
    expect(householdId).toMatch(UUID);
    expect(memberIds).toHaveLength(2);
    sanne = memberIds[0]!;
    const { data } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
      beheerder,
    );
    expect(data!.household.members).toEqual(
      expect.arrayContaining([
        { id: memberIds[0], name: 'Sanne Ids' },
        { id: memberIds[1], name: 'Noah Ids' },
      ]),
    );
    await ok(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
      '',
    );
  });

  it('addHouseholdMember returns the member id, which removeHouseholdMember takes', async () => {
    const member = { bsn: '123456782', name: 'Opa Ids', birthDate: '1950-01-01', relation: 'OVERIG' };
    const added = await ok('addHouseholdMember', { householdId, member }, beheerder, 'memberId');
    expect(added.memberId).toMatch(UUID);
    await ok('removeHouseholdMember', { householdId, memberId: added.memberId, reason: 'verhuisd' }, beheerder, '');
  });

  it('recordSharingBasis returns the basisId, which endSharingBasis takes', async () => {
    const basis = await ok(
      'recordSharingBasis',
      {
        householdId,
        domain: 'WMO',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 5.1 Wmo 2015',
        memberIds: [],
        validFrom: '2025-01-01',
        validUntil: '2025-06-30',
      },
      wmo,
      'basisId',
    );
    expect(basis.basisId).toMatch(UUID);
    await ok(
      'endSharingBasis',
      { householdId, basisId: basis.basisId, endedOn: '2025-03-01', reason: 'vervangen' },
      wmo,
      '',
    );
  });

  it('setPlanGoal and recordPlanAgreement return goalId and agreementId', async () => {
    const goal = await ok(
      'setPlanGoal',
      { householdId, title: 'Vaste lasten betaald', domains: [], memberIds: [sanne] },
      anna,
      'goalId',
    );
    expect(goal.goalId).toMatch(UUID);
    await ok(
      'evaluatePlanGoal',
      { householdId, goalId: goal.goalId, outcome: 'DEELS_BEREIKT', evaluatedOn: today },
      anna,
      '',
    );
    const agreement = await ok(
      'recordPlanAgreement',
      { householdId, goalId: goal.goalId, description: 'Post samen openen', party: 'NETWERK', partyName: 'Zus' },
      anna,
      'agreementId',
    );
    expect(agreement.agreementId).toMatch(UUID);
    const { data } = await api.graphql<{ household: { plan: { agreements: { id: string }[] } } }>(
      `query($id: ID!) { household(id: $id) { plan { agreements { id } } } }`,
      { id: householdId },
      anna,
    );
    expect(data!.household.plan.agreements).toEqual([{ id: agreement.agreementId }]);
  });

  it('Wmo: meldingId and besluitId come back and carry the procedure to a toewijzing', async () => {
    const melding = await ok(
      'recordWmoMelding',
      { householdId, memberId: sanne, meldingsdatum: daysAgo(20), hulpvraag: 'Hulp bij het huishouden' },
      wmo,
      'meldingId',
    );
    expect(melding.meldingId).toMatch(UUID);
    const nee = { considered: true, sufficient: 'NEE' };
    await ok(
      'recordWmoOnderzoek',
      {
        householdId,
        meldingId: melding.meldingId,
        afgerondOp: daysAgo(10),
        eigenKracht: nee,
        gebruikelijkeHulp: nee,
        mantelzorg: nee,
        sociaalNetwerk: nee,
        algemeneVoorziening: nee,
        conclusie: 'MAATWERKVOORZIENING_NODIG',
      },
      wmo,
      '',
    );
    const besluit = await ok(
      'recordWmoBesluit',
      {
        householdId,
        meldingId: melding.meldingId,
        besluitdatum: daysAgo(8),
        uitkomst: 'TOEGEKEND',
        productcategorie: '01',
        motivering: 'Geen voorliggende oplossing',
      },
      wmo,
      'besluitId',
    );
    expect(besluit.besluitId).toMatch(UUID);
    await ok(
      'recordWmoToewijzing',
      {
        householdId,
        besluitId: besluit.besluitId,
        memberId: sanne,
        toewijzingNummer: 'HH1',
        toewijzingsdatum: daysAgo(7),
        ingangsdatum: daysAgo(7),
        productcategorie: '01',
        providerAgb: WMO_AGB,
      },
      wmo,
      '',
    );
  });

  it('Werk & Inkomen: signaalId, bijstandId and trajectId come back and take the follow-up steps', async () => {
    const signaal = await ok(
      'recordSchuldsignaal',
      { householdId, memberId: sanne, soort: 'HUUR', ontvangenOp: daysAgo(9), schuldeiser: 'Corporatie' },
      wi,
      'signaalId',
    );
    expect(signaal.signaalId).toMatch(UUID);
    await ok(
      'recordSchuldsignaalOpvolging',
      { householdId, signaalId: signaal.signaalId, stap: 'CONTACT_GELEGD', datum: daysAgo(8) },
      wi,
      '',
    );

    const aanvraag = await ok(
      'recordBijstandBesluit',
      { householdId, memberId: sanne, besluit: 'AANGEVRAAGD', bijstandsvorm: 'ALGEMENE_BIJSTAND', datum: daysAgo(9) },
      wi,
      'bijstandId',
    );
    expect(aanvraag.bijstandId).toMatch(UUID);
    const toegekend = await ok(
      'recordBijstandBesluit',
      {
        householdId,
        memberId: sanne,
        bijstandId: aanvraag.bijstandId,
        besluit: 'TOEGEKEND',
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: daysAgo(2),
        bedragPerMaand: 120_000,
      },
      wi,
      'bijstandId',
    );
    expect(toegekend.bijstandId).toBe(aanvraag.bijstandId);

    const traject = await ok(
      'recordSchuldhulpTraject',
      { householdId, action: 'GESTART', memberId: sanne, providerAgb: WI_AGB, fase: 'STABILISATIE', datum: daysAgo(5) },
      wi,
      'trajectId',
    );
    expect(traject.trajectId).toMatch(UUID);
    const ended = await ok(
      'recordSchuldhulpTraject',
      {
        householdId,
        action: 'BEEINDIGD',
        trajectId: traject.trajectId,
        memberId: sanne,
        providerAgb: WI_AGB,
        datum: daysAgo(1),
      },
      wi,
      'trajectId',
    );
    expect(ended.trajectId).toBe(traject.trajectId);

    const reintegratie = await ok(
      'recordReintegratieTraject',
      { householdId, action: 'GESTART', memberId: sanne, providerAgb: WI_AGB, soort: 'JOBCOACHING', datum: daysAgo(4) },
      wi,
      'trajectId',
    );
    expect(reintegratie.trajectId).toMatch(UUID);
  });

  it('recordAfweging and scoreZrm return afwegingId and zrmId', async () => {
    const afweging = await ok(
      'recordAfweging',
      {
        householdId,
        domain: 'JEUGD',
        memberId: sanne,
        assessedOn: daysAgo(3),
        eigenKracht: rung('NEE'),
        gebruikelijkeHulp: rung('NEE'),
        mantelzorg: rung('NEE'),
        sociaalNetwerk: rung('NEE'),
        algemeneVoorziening: rung('NEE'),
        outcome: 'MAATWERK',
      },
      jeugd,
      'afwegingId',
    );
    expect(afweging.afwegingId).toMatch(UUID);
    const zrm = await ok(
      'scoreZrm',
      { householdId, memberId: sanne, scoredOn: daysAgo(1), scores: [{ domain: 'FINANCIEN', score: 2 }] },
      anna,
      'zrmId',
    );
    expect(zrm.zrmId).toMatch(UUID);
  });
});
