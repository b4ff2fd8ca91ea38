import { quoteIdentifier, type SqlDatabase } from '@regie/sql';
import { ERASED_TEXT, RetentionService } from '@regie/household';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { READ_MODEL_DATABASE, TimelineProjector } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// Erasure by crypto-shredding, end to end on PostgreSQL: a child's BSN, name, birth date and the free text about
// them are recorded through the public mutations, the child is forgotten, and then no table of the schema (events,
// read models, keys, the verwerkingenlog when present) holds any of it, not even after a full rebuild.

const RECORDED = 'householdId eventIds streamRevision position';
const anna: TestActor = { userId: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const jeugdWorker: TestActor = {
  userId: 'u-jeugd-joris',
  role: 'domeinmedewerker',
  name: 'Joris Jeugdteam',
  domain: 'JEUGD',
  gemeente: '0363',
};
const wmoWorker: TestActor = { ...jeugdWorker, userId: 'u-wmo-wendy', name: 'Wendy Wmo', domain: 'WMO' };
const provider = { agbCode: '11009901', name: 'Jeugdhulp De Brug', domains: ['JEUGD'] };

/** The child, with values distinctive enough that finding one anywhere means it leaked. */
const CHILD = { bsn: '274910111', name: 'Fenna Zwartjes-Oudeland', birthDate: '2013-05-17', relation: 'KIND' };
const PARENT = { bsn: '274910925', name: 'Ilse Oudeland', birthDate: '1984-09-03', relation: 'OUDER_VERZORGER' };
const ABOUT_CHILD = {
  verzoek: 'Fenna tekent draken op het schoolbord en praat niet meer',
  contact: 'Huisbezoek: Fenna vertelde over nachtmerries over de kelder',
  correctie: 'Ingangsdatum verschoven omdat Fenna in het ziekenhuis lag',
  hulpvraag: 'Fenna kan niet alleen de trap op sinds haar val van de klimrek',
  /** An afweging's request key is free text too: a worker may write the child's name in it. */
  requestKey: 'verzoek Fenna Zwartjes ambulant',
};
const CHILD_VALUES = [CHILD.bsn, CHILD.name, CHILD.birthDate, ...Object.values(ABOUT_CHILD)];
const ABOUT_PARENT = 'Ilse zoekt hulp bij de administratie van het huishouden';

interface Recorded {
  householdId: string;
  eventIds: string[];
  position: string;
}

interface TimelineNode {
  id: string;
  type: string;
  summary: string;
  note: string | null;
  member: { id: string; name: string | null } | null;
}

describe('forgetPerson: erasure by crypto-shredding over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let childId: string;
  let parentId: string;

  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  async function post(mutation: string, input: Record<string, unknown>, actor: TestActor): Promise<Recorded> {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, Recorded>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation]!;
  }

  const db = () => api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
  const projector = () => api.app.get(TimelineProjector, { strict: false });

  async function projected(position: string): Promise<void> {
    expect(await projector().waitFor(BigInt(position), 10_000)).toBe(true);
  }

  /** Every table of the schema as text (a pg_dump of the data, in effect), searched for each value. */
  async function plaintextIn(values: readonly string[]): Promise<string[]> {
    const { rows: tables } = await db().query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
       order by table_name`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(
      expect.arrayContaining(['events', 'members', 'timeline_entries', 'personal_data_keys']),
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const { rows } = await db().query<{ row: string }>(`select t::text as row from ${quoteIdentifier(table_name)} t`);
      for (const value of values) {
        if (rows.some((row) => row.row.toLowerCase().includes(value.toLowerCase())))
          found.push(`${table_name}: ${value}`);
      }
    }
    return found;
  }

  async function household(actor: TestActor) {
    const { data, errors } = await api.graphql<{
      household: {
        name: string;
        members: { id: string; name: string }[];
        timeline: { edges: { node: TimelineNode }[] };
      };
    }>(
      `query($id: ID!, $first: Int) { household(id: $id) { name members { id name }
         timeline(first: $first) { edges { node { id type summary note member { id name } } } } } }`,
      { id: householdId, first: 200 },
      actor,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.household;
  }

  it('records a household with a child, and the event store holds none of their personal data in plaintext', async () => {
    await post('registerProvider', provider, beheerder);
    const registered = await post(
      'registerHousehold',
      { gemeente: '0363', name: 'Huishouden Oudeland', members: [PARENT, CHILD] },
      beheerder,
    );
    householdId = registered.householdId;
    await projected(registered.position);
    const { data } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
    );
    const members = data!.household.members;
    childId = members.find((member) => member.name === CHILD.name)!.id;
    parentId = members.find((member) => member.name === PARENT.name)!.id;

    await post(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
    );
    for (const [domain, worker] of [
      ['JEUGD', jeugdWorker],
      ['WMO', wmoWorker],
    ] as const) {
      await post(
        'recordSharingBasis',
        {
          householdId,
          domain,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: domain === 'JEUGD' ? 'art. 7.1.1 Jeugdwet' : 'art. 5.1 Wmo 2015',
          memberIds: [],
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
        worker,
      );
    }
    await post('setPlanGoal', { householdId, title: 'Rust in huis', domains: ['JEUGD'], memberIds: [childId] }, anna);
    const base = { householdId, memberId: childId, providerAgb: provider.agbCode };
    await post(
      'recordJeugdVerzoekOmToewijzing',
      {
        ...base,
        productcategorie: '45',
        gewensteIngangsdatum: '2026-03-01',
        verwijzer: '02',
        note: ABOUT_CHILD.verzoek,
      },
      jeugdWorker,
    );
    const toewijzing = await post(
      'recordJeugdToewijzing',
      {
        ...base,
        toewijzingNummer: 'FZ2026001',
        toewijzingsdatum: '2026-02-20',
        ingangsdatum: '2026-03-01',
        productcategorie: '45',
        verwijzer: '02',
      },
      jeugdWorker,
    );
    await post(
      'correctEntry',
      {
        householdId,
        entryId: toewijzing.eventIds[0],
        reason: ABOUT_CHILD.correctie,
        changes: { ingangsdatum: '2026-03-09' },
      },
      jeugdWorker,
    );
    await post(
      'recordJeugdZorgStart',
      { householdId, toewijzingNummer: 'FZ2026001', begindatum: '2026-03-10' },
      jeugdWorker,
    );
    const rung = { considered: true, sufficient: 'NEE' };
    await post(
      'recordAfweging',
      {
        householdId,
        domain: 'JEUGD',
        memberId: childId,
        requestKey: ABOUT_CHILD.requestKey,
        assessedOn: '2026-02-15',
        eigenKracht: rung,
        gebruikelijkeHulp: rung,
        mantelzorg: rung,
        sociaalNetwerk: rung,
        algemeneVoorziening: rung,
        outcome: 'MAATWERK',
      },
      jeugdWorker,
    );
    await post(
      'recordJeugdContactmoment',
      { ...base, datum: '2026-04-02', soort: 'HUISBEZOEK', note: ABOUT_CHILD.contact },
      jeugdWorker,
    );
    await post(
      'recordWmoMelding',
      { householdId, memberId: childId, meldingsdatum: '2026-05-04', hulpvraag: ABOUT_CHILD.hulpvraag },
      wmoWorker,
    );
    const last = await post(
      'recordWmoMelding',
      { householdId, memberId: parentId, meldingsdatum: '2026-05-05', hulpvraag: ABOUT_PARENT },
      wmoWorker,
    );
    await projected(last.position);

    // Sealed above the port: the events table holds ciphertext only.
    const { rows } = await db().query<{ data: string }>('select data::text as data from events');
    for (const value of [...CHILD_VALUES, PARENT.name, PARENT.bsn, ABOUT_PARENT]) {
      expect(rows.filter((row) => row.data.includes(value))).toEqual([]);
    }
    // ... while the read models and the timeline show them to those who may see them.
    expect(await plaintextIn([CHILD.name, ABOUT_CHILD.contact])).toEqual([
      `members: ${CHILD.name}`,
      `timeline_entries: ${CHILD.name}`,
      `timeline_entries: ${ABOUT_CHILD.contact}`,
    ]);
    const notes = (await household(jeugdWorker)).timeline.edges.map((edge) => edge.node.note);
    expect(notes).toContain(ABOUT_CHILD.contact);
  });

  it('lets only the functioneel beheerder forget a person', async () => {
    const { errors } = await api.graphql(
      `mutation($input: ForgetPersonInput!) { forgetPerson(input: $input) { position } }`,
      { input: { householdId, memberId: childId, reason: 'verzoek AVG art. 17' } },
      anna,
    );
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('forgets the child: afterwards no table holds any of their plaintext, and the timeline says "gegevens verwijderd"', async () => {
    const erased = await post(
      'forgetPerson',
      { householdId, memberId: childId, reason: 'Verzoek tot verwijdering (AVG art. 17)' },
      beheerder,
    );
    await projected(erased.position);

    expect(await plaintextIn(CHILD_VALUES)).toEqual([]);
    const { rows: keys } = await db().query<{ subject: string }>('select subject from personal_data_keys');
    expect(keys.map((key) => key.subject).filter((subject) => subject.includes(childId))).toEqual([]);
    const { rows: erasedSubjects } = await db().query<{ subject: string }>('select subject from erased_subjects');
    expect(erasedSubjects.map((row) => row.subject)).toEqual([`member:${childId}`]);

    await expectErasedInTimeline();
  });

  it('stays erased after a full rebuild of the read models', async () => {
    await projector().rebuild();
    expect(await plaintextIn(CHILD_VALUES)).toEqual([]);
    await expectErasedInTimeline();
  });

  it('refuses new data about the forgotten person', async () => {
    const { errors } = await api.graphql(
      `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
      { input: { householdId, memberId: childId, datum: '2026-06-01', soort: 'GESPREK', note: 'nieuw' } },
      jeugdWorker,
    );
    expect(errors?.[0]?.extensions.code).toBe('MEMBER_NOT_FOUND');
  });

  async function expectErasedInTimeline(): Promise<void> {
    for (const reader of [anna, jeugdWorker]) {
      const view = await household(reader);
      expect(view.members.map((member) => member.name)).toEqual([PARENT.name]);
      const aboutChild = view.timeline.edges
        .map((edge) => edge.node)
        .filter((node) => node.member?.id === childId && node.type !== 'household.PersonErased');
      expect(aboutChild.length).toBeGreaterThanOrEqual(5);
      for (const node of aboutChild) {
        expect(node.summary).toMatch(/^Gegevens verwijderd/);
        expect(node.note).toBeNull();
        expect(node.member!.name).toBe(ERASED_TEXT);
      }
      expect(JSON.stringify(view)).not.toMatch(new RegExp(CHILD_VALUES.join('|'), 'i'));
    }
    // The parent is untouched.
    const wmo = (await household(wmoWorker)).timeline.edges.map((edge) => edge.node);
    expect(wmo.find((node) => node.note === ABOUT_PARENT)?.member?.name).toBe(PARENT.name);
  }
});

describe('retention: erasing what is past its term, with a fixed "today"', () => {
  let api: TestApp;
  let householdId: string;
  const wiWorker: TestActor = { ...jeugdWorker, userId: 'u-wi', name: 'Karim', domain: 'WERK_EN_INKOMEN' };
  const REDEN = 'Bijstand afgewezen want Ilse heeft spaargeld bij oma Oudeland';
  /** The creditor of a schuldsignaal is free text: here a private landlord, a person. */
  const SCHULDEISER = 'Verhuurder Gijsbert Oudeland-Vlasblom';

  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  const post = async (mutation: string, input: Record<string, unknown>, actor: TestActor, type?: string) => {
    const inputType = type ?? `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, Recorded>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation]!;
  };
  const retention = () => api.app.get(RetentionService, { strict: false });
  const settle = async () => {
    const projector = api.app.get(TimelineProjector, { strict: false });
    await projector.catchUp(10_000);
  };
  /** The households a functioneel beheerder of the gemeente finds at an address. */
  const foundAt = async (address: Record<string, unknown>) => {
    const { data, errors } = await api.graphql<{ searchHouseholds: { households: { householdId: string }[] } }>(
      'query($input: HouseholdSearchInput!) { searchHouseholds(input: $input) { households { householdId } } }',
      { input: address },
      beheerder,
    );
    expect(errors).toBeUndefined();
    return data!.searchHouseholds.households.map((hit) => hit.householdId);
  };
  const tablesContain = async (value: string) => {
    const db = api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    const { rows: tables } = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`,
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const { rows } = await db.query<{ row: string }>(`select t::text as row from ${quoteIdentifier(table_name)} t`);
      if (rows.some((row) => row.row.includes(value))) found.push(table_name);
    }
    return found;
  };

  it('lists per domain when care ended and when the term ends; erases one domain, later the whole household', async () => {
    await post('registerProvider', provider, beheerder);
    const registered = await post(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Huishouden Oudeland',
        members: [PARENT, CHILD],
        address: { postcode: '7391 xk', huisnummer: 17 },
      },
      beheerder,
    );
    householdId = registered.householdId;
    // A move: the address the household page shows and the search finds is the last one.
    await post(
      'recordHouseholdAddress',
      { householdId, address: { postcode: '8431QR', huisnummer: 5, huisnummertoevoeging: 'ZW3' } },
      beheerder,
    );
    await settle();
    // The woonadres is in plaintext only in the household page's read model: sealed in the events, hashed in the index.
    expect(await tablesContain('7391XK')).toEqual([]);
    expect(await tablesContain('8431QR')).toEqual(['household_addresses']);
    expect(await tablesContain('ZW3')).toEqual(['household_addresses']);
    expect(await foundAt({ postcode: '8431QR', huisnummer: 5 })).toEqual([householdId]);
    const db = api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    const ids = (await db.query<{ member_id: string; name: string }>('select member_id, name from members')).rows;
    const child = ids.find((row) => row.name === CHILD.name)!.member_id;
    const parent = ids.find((row) => row.name === PARENT.name)!.member_id;
    const base = { householdId, memberId: child, providerAgb: provider.agbCode };
    await post(
      'recordJeugdToewijzing',
      {
        ...base,
        toewijzingNummer: 'R1',
        toewijzingsdatum: '2026-01-05',
        ingangsdatum: '2026-01-05',
        productcategorie: '45',
        verwijzer: '01',
        note: ABOUT_CHILD.verzoek,
      },
      jeugdWorker,
    );
    await post('recordJeugdZorgStart', { householdId, toewijzingNummer: 'R1', begindatum: '2026-01-12' }, jeugdWorker);
    await post(
      'recordJeugdZorgStop',
      { householdId, toewijzingNummer: 'R1', einddatum: '2026-06-30', redenBeeindiging: '31' },
      jeugdWorker,
    );
    await post(
      'recordBijstandBesluit',
      {
        householdId,
        memberId: parent,
        besluit: 'AANGEVRAAGD',
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: '2026-02-01',
      },
      wiWorker,
    );
    const ids2 = await db.query<{ data: { bijstandId: string } }>(
      `select data from events where event_type = 'werk-inkomen.BijstandAangevraagd'`,
    );
    await post(
      'recordBijstandBesluit',
      {
        householdId,
        memberId: parent,
        besluit: 'AFGEWEZEN',
        bijstandId: ids2.rows[0]!.data.bijstandId,
        bijstandsvorm: 'ALGEMENE_BIJSTAND',
        datum: '2026-03-02',
        reden: REDEN,
      },
      wiWorker,
    );
    await post(
      'recordSchuldsignaal',
      { householdId, memberId: parent, soort: 'HUUR', ontvangenOp: '2026-02-20', schuldeiser: SCHULDEISER },
      wiWorker,
    );
    await post('closeHousehold', { householdId, reason: 'zorg afgerond' }, beheerder, 'HouseholdReasonInput');
    await settle();

    const [review] = await retention().review({ today: '2040-01-01', householdIds: [householdId] });
    expect(review).toMatchObject({ householdId, closed: true, wholeHouseholdExpired: false });
    expect(review!.domains).toEqual([
      expect.objectContaining({ domain: 'JEUGD', careEndedOn: '2026-06-30', termEndsOn: '2046-06-30', expired: false }),
      expect.objectContaining({
        domain: 'WERK_EN_INKOMEN',
        careEndedOn: '2026-03-02',
        termEndsOn: '2036-03-02',
        expired: true,
      }),
    ]);

    // A dry run writes nothing.
    const head = await api.app.get(TimelineProjector, { strict: false }).checkpoint();
    const planned = await retention().eraseExpired({ today: '2040-01-01', dryRun: true });
    expect(planned).toEqual([{ householdId, domains: ['WERK_EN_INKOMEN'], wholeHousehold: false }]);
    await settle();
    expect(await api.app.get(TimelineProjector, { strict: false }).checkpoint()).toBe(head);

    // 2040: Werk & Inkomen (10 years) is over, Jeugd (20 years) is not.
    expect(await tablesContain(REDEN)).toEqual(['timeline_entries']);
    expect(await tablesContain(SCHULDEISER)).toEqual(expect.arrayContaining(['timeline_entries']));
    const first = await retention().eraseExpired({ today: '2040-01-01' });
    expect(first).toEqual([
      expect.objectContaining({ householdId, domains: ['WERK_EN_INKOMEN'], wholeHousehold: false }),
    ]);
    await settle();
    expect(await tablesContain(REDEN)).toEqual([]);
    expect(await tablesContain(SCHULDEISER)).toEqual([]);
    expect(await tablesContain(ABOUT_CHILD.verzoek)).toEqual(['timeline_entries']);
    expect(await tablesContain(CHILD.name)).toEqual(expect.arrayContaining(['members']));
    expect(await retention().eraseExpired({ today: '2040-01-01' })).toEqual([]);

    // 2050: Jeugd is over too, so is the closed household as a whole: identities, name and text go.
    const second = await retention().eraseExpired({ today: '2050-01-01' });
    expect(second).toEqual([expect.objectContaining({ householdId, domains: ['JEUGD'], wholeHousehold: true })]);
    await settle();
    for (const value of [
      ABOUT_CHILD.verzoek,
      CHILD.name,
      CHILD.bsn,
      CHILD.birthDate,
      PARENT.name,
      PARENT.bsn,
      'Huishouden Oudeland',
      '8431QR',
      'ZW3',
    ]) {
      expect([value, await tablesContain(value)]).toEqual([value, []]);
    }
    // The address can no longer be read or found: its key is gone, the read model and the index forgot it.
    expect(await foundAt({ postcode: '8431QR', huisnummer: 5 })).toEqual([]);
    const indexed = await db.query('select 1 from household_address_index where household_id = $1', [householdId]);
    expect(indexed.rows).toEqual([]);
    const shown = await api.graphql<{ household: { address: unknown } }>(
      'query($id: ID!) { household(id: $id) { address { postcode } } }',
      { id: householdId },
      beheerder,
    );
    expect(shown.data!.household.address).toBeNull();
    const { rows: sealed } = await db.query<{ data: { address: unknown } }>(
      `select data from events where event_type = 'household.AddressRecorded'`,
    );
    expect(sealed).toHaveLength(1);
    expect(
      await api.app.get<EventStore>(EVENT_STORE, { strict: false }).readStream(`household-${householdId}`),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'household.AddressRecorded',
          data: { address: { postcode: ERASED_TEXT, huisnummertoevoeging: ERASED_TEXT } },
        }),
      ]),
    );
    expect(
      (await db.query('select subject from personal_data_keys where subject like $1', [`%${child}%`])).rows,
    ).toEqual([]);
    const [after] = await retention().review({ today: '2050-01-01', householdIds: [householdId] });
    expect(after!.wholeHouseholdExpired).toBe(false);
    expect(after!.domains.every((domain) => domain.erased)).toBe(true);
  });

  it('erases a closed household that never involved a domain ten years after its closing', async () => {
    const lone = { bsn: '305678905', name: 'Wubbo Zonderzorg', birthDate: '1961-10-08', relation: 'OUDER_VERZORGER' };
    const { householdId: id } = await post(
      'registerHousehold',
      { gemeente: '0363', name: 'Huishouden Zonderzorg', members: [lone] },
      beheerder,
    );
    await post(
      'closeHousehold',
      { householdId: id, reason: 'aangemeld, geen hulp nodig' },
      beheerder,
      'HouseholdReasonInput',
    );
    await settle();
    const [review] = await retention().review({ householdIds: [id] });
    expect(review).toMatchObject({ closed: true, domains: [], wholeHouseholdExpired: false });
    const termEndsOn = review!.householdTermEndsOn!;
    const closedOn = review!.closedOn!;
    expect(termEndsOn).toBe(`${Number(closedOn.slice(0, 4)) + 10}${closedOn.slice(4)}`);
    const dayBefore = new Date(Date.parse(`${termEndsOn}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(await retention().eraseExpired({ today: dayBefore, householdIds: [id] })).toEqual([]);
    expect(await tablesContain('Wubbo Zonderzorg')).toEqual(expect.arrayContaining(['members']));

    const erased = await retention().eraseExpired({ today: termEndsOn, householdIds: [id] });
    expect(erased).toEqual([expect.objectContaining({ householdId: id, domains: [], wholeHousehold: true })]);
    await settle();
    for (const value of [lone.name, lone.bsn, 'Huishouden Zonderzorg', 'aangemeld, geen hulp nodig']) {
      expect([value, await tablesContain(value)]).toEqual([value, []]);
    }
    const [after] = await retention().review({ today: termEndsOn, householdIds: [id] });
    expect(after!.wholeHouseholdExpired).toBe(false);
  });
});
