import { randomUUID } from 'node:crypto';
import { todayInNetherlands } from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// Wonen over HTTP on PostgreSQL: a Wonen domeinmedewerker posts every Wonen mutation; the regisseur sees the entries
// on the household's timeline (through the WONEN legal basis) and the two Wonen signals on the worklist until their
// follow-up closes them. Bad input and a write by another domain are refused with nothing written.

const RECORDED = 'householdId eventIds streamRevision position';
const anna: TestActor = { userId: 'u-wonen-anna', role: 'regisseur', name: 'Anna Regie', gemeente: '0363' };
const wonenWorker: TestActor = {
  userId: 'u-wonen-willemijn',
  role: 'domeinmedewerker',
  name: 'Willemijn Wonen',
  domain: 'WONEN',
  gemeente: '0363',
};
const jeugdWorker: TestActor = {
  userId: 'u-wonen-jeugd',
  role: 'domeinmedewerker',
  name: 'Joris Jeugd',
  domain: 'JEUGD',
  gemeente: '0363',
};
const woonbegeleider = { agbCode: '41000001', name: 'Woonbegeleiding De Brug', domains: ['WONEN'] };

const TODAY = todayInNetherlands();
const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

interface Recorded {
  householdId: string | null;
  eventIds: string[];
  streamRevision: string;
  position: string;
}
interface GraphQLErrorShape {
  message: string;
  extensions: { code: string; field?: string };
}

describe('Wonen over HTTP: mutations, the regisseur’s timeline and worklist', () => {
  let api: TestApp;
  let householdId: string;
  let sanne: string;
  let mark: string;

  async function send<T>(mutation: string, input: Record<string, unknown>, actor: TestActor, extra = '') {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    return api.graphql<Record<string, T>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} ${extra} } }`,
      { input },
      actor,
    ) as Promise<{ data?: Record<string, T>; errors?: GraphQLErrorShape[] }>;
  }

  async function post<T extends Recorded = Recorded>(
    mutation: string,
    input: Record<string, unknown>,
    actor: TestActor = wonenWorker,
    extra = '',
  ): Promise<T> {
    const { data, errors } = await send<T>(mutation, { householdId, ...input }, actor, extra);
    if (errors || !data?.[mutation]) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data[mutation]!;
  }

  const timeline = async (actor: TestActor = anna) => {
    const { data, errors } = await api.graphql<{
      household: {
        timeline: { edges: { node: { id: string; domain: string; summary: string; status: string | null } }[] };
      };
    }>(
      `query($id: ID!) { household(id: $id) { timeline(first: 100) { edges { node { id domain summary status } } } } }`,
      { id: householdId },
      actor,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.household.timeline.edges.map((edge) => edge.node);
  };

  const worklist = async () => {
    const { data, errors } = await api.graphql<{
      signals: { edges: { node: { kind: string; domain: string; key: string; dueOn: string; daysOverdue: number } }[] };
    }>(`{ signals(first: 50) { edges { node { kind domain key dueOn daysOverdue } } } }`, {}, anna);
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.signals.edges.map((edge) => edge.node).filter((node) => node.domain === 'WONEN');
  };

  const revision = async () => {
    const { data } = await api.graphql<{ household: { timeline: { totalCount: number } } }>(
      `query($id: ID!) { household(id: $id) { timeline { totalCount } } }`,
      { id: householdId },
      anna,
    );
    return data!.household.timeline.totalCount;
  };

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const provider = await api.graphql(
      `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { ${RECORDED} } }`,
      { input: woonbegeleider },
      beheerder,
    );
    if (provider.errors) throw new Error(JSON.stringify(provider.errors));
    const registered = await send<Recorded>(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Familie Wonen',
        members: [
          { bsn: '111222333', name: 'Sanne de Wit', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
          { bsn: '123456782', name: 'Mark de Wit', birthDate: '1986-11-02', relation: 'OUDER_VERZORGER' },
        ],
      },
      beheerder,
    );
    householdId = registered.data!.registerHousehold!.householdId!;
    const { data } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
      beheerder,
    );
    sanne = data!.household.members.find((m) => m.name === 'Sanne de Wit')!.id;
    mark = data!.household.members.find((m) => m.name === 'Mark de Wit')!.id;
    await post(
      'assignRegisseur',
      { regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'Dreigende huisuitzetting' },
      beheerder,
    );
    await post('recordSharingBasis', {
      domain: 'WONEN',
      grondslag: 'WETTELIJKE_TAAK',
      wettelijkeBepaling: 'art. 3 Wgs; art. 12 Huisvestingswet 2014 met de huisvestingsverordening',
      memberIds: [],
      validFrom: day(-60),
      validUntil: day(365),
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  const signaalId = randomUUID();
  let ontruimingId = '';
  let laterOntruimingId = '';

  it('records a huurachterstand and an aanzegging; both signals are on the regisseur’s worklist', async () => {
    const signaal = await post<Recorded & { signaalId: string }>(
      'recordHuurachterstand',
      {
        signaalId,
        memberId: sanne,
        verhuurder: 'Woonstad Rotterdam',
        verhuurderSoort: 'WONINGCORPORATIE',
        bedragAchterstandCents: 164_000,
        maandenAchterstand: 2,
        ontvangenOp: day(-35),
      },
      wonenWorker,
      'signaalId',
    );
    expect(signaal.signaalId).toBe(signaalId);
    ontruimingId = (
      await post<Recorded & { ontruimingId: string }>(
        'recordOntruimingsdreiging',
        {
          memberId: sanne,
          fase: 'AANZEGGING',
          datum: day(-3),
          verhuurder: 'Woonstad Rotterdam',
          ontruimingsdatum: day(10),
          signaalId,
        },
        wonenWorker,
        'ontruimingId',
      )
    ).ontruimingId;
    laterOntruimingId = (
      await post<Recorded & { ontruimingId: string }>(
        'recordOntruimingsdreiging',
        { memberId: mark, fase: 'AANZEGGING', datum: day(-1), verhuurder: 'Huisbaas B.V.', ontruimingsdatum: day(30) },
        wonenWorker,
        'ontruimingId',
      )
    ).ontruimingId;

    expect(await worklist()).toEqual([
      {
        kind: 'WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING',
        domain: 'WONEN',
        key: signaalId,
        dueOn: day(-7),
        daysOverdue: 7,
      },
      { kind: 'WONEN_ONTRUIMING_DREIGT', domain: 'WONEN', key: ontruimingId, dueOn: day(-5), daysOverdue: 5 },
    ]);
    const summaries = (await timeline()).filter((node) => node.domain === 'WONEN').map((node) => node.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Huurachterstand gemeld door Woonstad Rotterdam (woningcorporatie): € 1.640,00, 2 maanden voor Sanne de Wit',
        expect.stringMatching(
          /^Dreigende ontruiming: de deurwaarder kondigt de ontruiming aan \(aanzegging\), ontruiming op \d+ \w+ \d{4} \(Sanne de Wit\)$/,
        ),
      ]),
    );
    expect(laterOntruimingId).not.toBe(ontruimingId);
  });

  it('refuses bad input with the code and the field, and writes nothing', async () => {
    const before = await revision();
    const noDate = await send(
      'recordOntruimingsdreiging',
      { householdId, memberId: sanne, fase: 'AANZEGGING', datum: day(-1), verhuurder: 'Woonstad' },
      wonenWorker,
    );
    expect(noDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ontruimingsdatum' });
    const zeroMonths = await send(
      'recordHuurachterstand',
      {
        householdId,
        memberId: sanne,
        verhuurder: 'Woonstad',
        verhuurderSoort: 'WONINGCORPORATIE',
        bedragAchterstandCents: 1,
        maandenAchterstand: 0,
        ontvangenOp: day(-1),
      },
      wonenWorker,
    );
    expect(zeroMonths.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(zeroMonths.errors)).toContain('maandenAchterstand');
    const unknownCase = await send(
      'recordOntruimingUitkomst',
      { householdId, ontruimingId: randomUUID(), uitkomst: 'VOORKOMEN', datum: day(0) },
      wonenWorker,
    );
    expect(unknownCase.errors?.[0]?.extensions).toMatchObject({ code: 'ENTRY_NOT_FOUND', field: 'input.ontruimingId' });
    const byJeugd = await send(
      'recordHuurachterstand',
      {
        householdId,
        memberId: sanne,
        verhuurder: 'Woonstad',
        verhuurderSoort: 'WONINGCORPORATIE',
        bedragAchterstandCents: 1,
        maandenAchterstand: 1,
        ontvangenOp: day(-1),
      },
      jeugdWorker,
    );
    expect(byJeugd.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await revision()).toBe(before);
  });

  it('corrects the amount of a huurachterstand, and refuses a correction of the date its term runs on', async () => {
    const entry = (await timeline()).find((node) => node.summary.startsWith('Huurachterstand gemeld'))!;
    const correct = (changes: Record<string, unknown>) =>
      send(
        'correctEntry',
        { householdId, entryId: entry.id, reason: 'Bedrag na controle bij de corporatie', changes },
        wonenWorker,
      );
    const corrected = await correct({ bedragAchterstandCents: 82_000, maandenAchterstand: 1 });
    expect(corrected.errors).toBeUndefined();
    const refused = await correct({ ontvangenOp: day(-2) });
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('niet te corrigeren: ontvangenOp');
    const after = (await timeline()).find((node) => node.id === entry.id)!;
    expect(after.summary).toBe(entry.summary);
    expect((await worklist()).map((item) => item.key)).toContain(signaalId);
  });

  it('records urgentie, a betalingsregeling, woonbegeleiding and a Laatste kans-afspraak on the timeline', async () => {
    const urgentie = await post<Recorded & { urgentieId: string }>(
      'recordUrgentie',
      { memberId: mark, besluit: 'AANGEVRAAGD', grond: 'UITSTROOM_OPVANG_BESCHERMD_WONEN', datum: day(-20) },
      wonenWorker,
      'urgentieId',
    );
    await post('recordUrgentie', {
      memberId: mark,
      urgentieId: urgentie.urgentieId,
      besluit: 'TOEGEKEND',
      grond: 'UITSTROOM_OPVANG_BESCHERMD_WONEN',
      datum: day(-10),
      geldigTot: day(170),
      reden: 'Klaar voor zelfstandig wonen met begeleiding',
    });
    const traject = await post<Recorded & { trajectId: string }>(
      'recordWoonbegeleiding',
      {
        action: 'GESTART',
        memberId: mark,
        providerAgb: woonbegeleider.agbCode,
        soort: 'UITSTROOM_BESCHERMD_WONEN',
        datum: day(-9),
      },
      wonenWorker,
      'trajectId',
    );
    expect(traject.trajectId).toBeTruthy();
    await post('recordBetalingsregeling', {
      action: 'GETROFFEN',
      memberId: sanne,
      datum: day(-2),
      verhuurder: 'Woonstad Rotterdam',
      bedragPerMaandCents: 10_000,
    });
    await post('recordLaatsteKansAfspraak', {
      action: 'GEMAAKT',
      memberId: sanne,
      datum: day(-1),
      soort: 'LAATSTE_KANS',
      verhuurder: 'Woonstad Rotterdam',
      voorwaarden: ['BUDGETBEHEER', 'WOONBEGELEIDING'],
      einddatum: day(364),
      ontruimingId,
      note: 'Afspraak aan de keukentafel met corporatie en budgetcoach',
    });
    const wonen = (await timeline()).filter((node) => node.domain === 'WONEN');
    const summaries = wonen.map((node) => node.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        'Urgentie aangevraagd (uitstroom uit opvang of beschermd wonen) voor Mark de Wit',
        expect.stringMatching(
          /^Urgentie toegekend \(uitstroom uit opvang of beschermd wonen\) voor Mark de Wit, geldig tot /,
        ),
        'Uitstroom uit beschermd wonen gestart bij Woonbegeleiding De Brug voor Mark de Wit',
        'Betalingsregeling met Woonstad Rotterdam van € 100,00 per maand (Sanne de Wit)',
        expect.stringMatching(
          /^Laatste kans-afspraak met Woonstad Rotterdam voor Sanne de Wit, tot .*\. Voorwaarden: budgetbeheer, woonbegeleiding$/,
        ),
      ]),
    );
    expect(summaries.join(' ')).not.toContain('keukentafel');
  });

  it('takes the signals off the worklist once followed up and the eviction is prevented', async () => {
    await post('recordHuurachterstandOpvolging', { signaalId, stap: 'HULP_AANGEBODEN', datum: day(0) });
    expect((await worklist()).map((item) => item.kind)).toEqual(['WONEN_ONTRUIMING_DREIGT']);
    await post('recordOntruimingUitkomst', { ontruimingId, uitkomst: 'VOORKOMEN', datum: day(0) });
    expect(await worklist()).toEqual([]);
    const statuses = (await timeline()).filter((node) => node.domain === 'WONEN').map((node) => node.summary);
    expect(statuses).toContain('Ontruiming voorkomen (Sanne de Wit)');
  });

  it('stores the verhuurder and the amounts sealed, and a forgotten huurder reads "Gegevens verwijderd"', async () => {
    // The events table as stored (the store's own reads open sealed fields): no plaintext verhuurder or amount.
    const db = api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    const { rows } = await db.query<{ type: string; data: Record<string, unknown> }>(
      `select event_type as type, data from events where event_type like 'wonen.%' order by global_position`,
    );
    const data = rows.find((row) => row.type === 'wonen.HuurachterstandGesignaleerd')!.data;
    for (const field of ['verhuurder', 'bedragAchterstandCents', 'maandenAchterstand']) {
      expect(data[field]).toMatchObject({ $pd: 'v1' });
    }
    expect(data).toMatchObject({ signaalId, verhuurderSoort: 'WONINGCORPORATIE', ontvangenOp: day(-35) });
    expect(JSON.stringify(rows)).not.toContain('Woonstad');
    expect(JSON.stringify(rows)).not.toContain('keukentafel');

    await post('forgetPerson', { memberId: sanne, reason: 'Verzoek tot verwijdering (AVG art. 17)' }, beheerder);
    let aboutSanne: string[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      const lines = (await timeline()).filter((node) => node.domain === 'WONEN').map((node) => node.summary);
      aboutSanne = lines.filter((line) => line.includes('Woonstad') || line.startsWith('Gegevens verwijderd'));
      if (aboutSanne.every((line) => line.startsWith('Gegevens verwijderd'))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(aboutSanne.length).toBeGreaterThanOrEqual(6);
    for (const line of aboutSanne) expect(line).toMatch(/^Gegevens verwijderd/);
  });

  it('once the WONEN basis ends, the regisseur sees no Wonen entries and no Wonen worklist items', async () => {
    await post('recordHuurachterstand', {
      memberId: mark,
      verhuurder: 'Huisbaas B.V.',
      verhuurderSoort: 'PARTICULIERE_VERHUURDER',
      bedragAchterstandCents: 95_000,
      maandenAchterstand: 1,
      ontvangenOp: day(-40),
    });
    expect((await worklist()).map((item) => item.kind)).toEqual(['WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING']);
    const { data } = await api.graphql<{ household: { sharingBases: { id: string; domain: string }[] } }>(
      `query($id: ID!) { household(id: $id) { sharingBases { id domain } } }`,
      { id: householdId },
      anna,
    );
    const basisId = data!.household.sharingBases.find((basis) => basis.domain === 'WONEN')!.id;
    await post('endSharingBasis', { basisId, endedOn: day(-1), reason: 'Regie op wonen afgerond' });
    expect(await worklist()).toEqual([]);
    expect((await timeline()).filter((node) => node.domain === 'WONEN')).toEqual([]);
  });
});
