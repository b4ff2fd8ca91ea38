import request from 'supertest';
import { beheerder, startTestApp, tokenFor, type TestActor, type TestApp } from './test-app';

const anna: TestActor = { userId: 'u-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const bram: TestActor = { userId: 'u-bram', role: 'regisseur', name: 'Bram Smit', gemeente: '0363' };
const auditor: TestActor = { userId: 'u-audit', role: 'auditor', name: 'Ilse Audit', gemeente: '0363' };
const otherAuditor: TestActor = { userId: 'u-audit-rdam', role: 'auditor', gemeente: '0599' };

interface LogLine {
  userId: string;
  householdId: string | null;
  personIds: string[];
  operation: string;
  action: string;
  fields: string[];
  basis: string;
  emergency: boolean;
  emergencyReason: string | null;
  correlationId: string | null;
  spanId: string | null;
  processingActivity: string | null;
}

const LOG_FIELDS =
  'userId householdId personIds operation action fields basis emergency emergencyReason correlationId spanId processingActivity';

describe('the verwerkingenlog over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Visser',
          members: [{ bsn: '111222333', name: 'Eva Visser', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    householdId = registered.data!.registerHousehold.householdId;
    await api.graphql(`mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { position } }`, {
      input: { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'intake' },
    });
  });
  afterAll(() => api?.close());

  const search = async (filter: Record<string, unknown>, actor = auditor) =>
    api.graphql<{ processingLog: { edges: { node: LogLine }[] } }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 100) { edges { node { ${LOG_FIELDS} } } } }`,
      { filter },
      actor,
    );

  it('logs every read with its basis, every refused read, and every write, with the trace id as correlation id', async () => {
    const correlationId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${await tokenFor(anna)}`)
      .set('traceparent', `00-${correlationId}-00f067aa0ba902b7-01`)
      .send({
        query: `query($id: ID!) { household(id: $id) { name members { id } timeline { edges { cursor } } } }`,
        variables: { id: householdId },
      });
    expect(response.body.errors).toBeUndefined();
    // The caller's trace continues: same trace id, a span of the api's own.
    expect(response.headers.traceparent).toMatch(
      new RegExp(`^00-${correlationId}-(?!00f067aa0ba902b7)[0-9a-f]{16}-0[01]$`),
    );
    const refused = await api.graphql(`query($id: ID!) { household(id: $id) { name } }`, { id: householdId }, bram);
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');

    const { data, errors } = await search({ householdId });
    expect(errors).toBeUndefined();
    const lines = data!.processingLog.edges.map((edge) => edge.node);
    const read = lines.find((line) => line.userId === anna.userId && line.operation === 'READ');
    expect(read).toMatchObject({
      action: 'household.read',
      fields: ['name', 'members', 'timeline'],
      basis: expect.stringContaining('regisseur van het huishouden'),
      correlationId,
      spanId: expect.stringMatching(/^[0-9a-f]{16}$/),
      processingActivity: 'urn:regie:verwerkingsactiviteit:regie:1',
      emergency: false,
    });
    expect(read!.personIds).toHaveLength(1);
    expect(lines.find((line) => line.userId === bram.userId)).toMatchObject({ operation: 'DENIED' });
    const writes = lines.filter((line) => line.operation === 'WRITE').map((line) => line.action);
    expect(writes).toEqual(expect.arrayContaining(['household.HouseholdRegistered', 'household.RegisseurAssigned']));
    // The log holds ids and categories, never the member's name or BSN.
    expect(JSON.stringify(lines)).not.toMatch(/Eva|Visser|111222333/);
  });

  it('names the fields read also when the query selects them through fragments', async () => {
    const viaFragments = await api.graphql(
      `query($id: ID!) { household(id: $id) { ...Who ... on HouseholdView { timeline(first: 1) { totalCount } } } }
       fragment Who on HouseholdView { members { name birthDate } ...Deeper }
       fragment Deeper on HouseholdView { address { postcode } }`,
      { id: householdId },
      anna,
    );
    expect(viaFragments.errors).toBeUndefined();
    const { data } = await search({ householdId });
    const read = data!.processingLog.edges
      .map((edge) => edge.node)
      .filter((line) => line.userId === anna.userId && line.action === 'household.read')
      .find((line) => line.fields.includes('address'));
    expect(read?.fields.sort()).toEqual(['address', 'members', 'timeline']);
  });

  it('keeps a household readable however many legal bases it has, and refuses an over-long noodprocedure reason', async () => {
    const jeugd: TestActor = { userId: 'u-jeugd', role: 'domeinmedewerker', domain: 'JEUGD', gemeente: '0363' };
    for (let n = 0; n < 5; n++) {
      const { errors } = await api.graphql(
        `mutation($input: RecordSharingBasisInput!) { recordSharingBasis(input: $input) { position } }`,
        {
          input: {
            householdId,
            domain: 'JEUGD',
            grondslag: 'WETTELIJKE_TAAK',
            wettelijkeBepaling: `art. 7.1.1 Jeugdwet ${n} ${'x'.repeat(270)}`,
            memberIds: [],
            validFrom: '2026-01-01',
            validUntil: '2027-12-31',
          },
        },
        jeugd,
      );
      expect(errors).toBeUndefined();
    }
    const read = await api.graphql<{ household: { name: string } }>(
      `query($id: ID!) { household(id: $id) { name sharingBases { id } } }`,
      { id: householdId },
      anna,
    );
    expect(read.errors).toBeUndefined();
    const { data } = await search({ householdId, userId: anna.userId });
    const basis = data!.processingLog.edges
      .map((edge) => edge.node)
      .find((line) => line.action === 'household.read' && line.fields.includes('sharingBases'))!.basis;
    expect(basis.length).toBeLessThanOrEqual(1000);
    expect(basis).toMatch(/andere grondslag/);

    const byBram = async () => (await search({ householdId, userId: bram.userId })).data!.processingLog.edges.length;
    const before = await byBram();
    const tooLong = await api.graphql(
      `query($id: ID!, $reason: String) { household(id: $id, emergencyReason: $reason) { name } }`,
      { id: householdId, reason: `Crisis: ${'de regisseur is niet bereikbaar '.repeat(30)}` },
      bram,
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emergencyReason' });
    // The reason stays in the append-only log after the person is erased: a BSN in it is refused.
    const withBsn = await api.graphql(
      `query($id: ID!, $reason: String) { household(id: $id, emergencyReason: $reason) { name } }`,
      { id: householdId, reason: 'Crisis rond Eva, bsn 111.222.333, regisseur onbereikbaar' },
      bram,
    );
    expect(withBsn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emergencyReason' });
    expect(withBsn.errors?.[0]?.message).toMatch(/geen BSN/);
    expect(await byBram()).toBe(before);
  });

  it('the register of verwerkingsactiviteiten is readable by any signed-in user and names what the lines cite', async () => {
    const { data, errors } = await api.graphql<{
      processingActivities: { uri: string; domain: string | null; retention: { period: string } }[];
    }>('{ processingActivities { uri domain retention { period } legalBasis { gdpr law } purpose } }', {}, anna);
    expect(errors).toBeUndefined();
    const uris = data!.processingActivities.map((activity) => activity.uri);
    expect(uris).toEqual(expect.arrayContaining(['urn:regie:verwerkingsactiviteit:regie:1']));
    expect(data!.processingActivities.find((activity) => activity.domain === 'JEUGD')?.retention.period).toBe('P20Y');
  });

  it('flags a noodprocedure read and lists it for the auditor', async () => {
    const reason = 'Veilig Thuis belt: acute zorg om de kinderen';
    const { data, errors } = await api.graphql<{ household: { emergencyAccess: boolean } }>(
      `query($id: ID!, $reason: String) { household(id: $id, emergencyReason: $reason) { emergencyAccess } }`,
      { id: householdId, reason },
      bram,
    );
    expect(errors).toBeUndefined();
    expect(data!.household.emergencyAccess).toBe(true);
    const from = new Date(Date.now() - 60_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    const listed = await api.graphql<{ emergencyAccesses: LogLine[] }>(
      `query($from: DateTime!, $to: DateTime!) { emergencyAccesses(from: $from, to: $to) { ${LOG_FIELDS} } }`,
      { from, to },
      auditor,
    );
    expect(listed.data!.emergencyAccesses).toEqual([
      expect.objectContaining({ userId: bram.userId, emergency: true, emergencyReason: reason, householdId }),
    ]);
  });

  it('shows the household who looked at its file, oldest first, and nothing to other gemeenten or roles', async () => {
    const own = await api.graphql<{ householdAccessLog: { edges: { node: LogLine }[] } }>(
      `query($id: ID!) { householdAccessLog(householdId: $id, first: 100) { edges { node { ${LOG_FIELDS} } } } }`,
      { id: householdId },
      anna,
    );
    expect(own.errors).toBeUndefined();
    const users = own.data!.householdAccessLog.edges.map((edge) => edge.node.userId);
    expect(users[0]).toBe(beheerder.userId);
    expect(users).toContain(anna.userId);
    // Rotterdam's auditor sees only Rotterdam's lines: here, the log of that very search.
    const elsewhere = (await search({ householdId }, otherAuditor)).data!.processingLog.edges.map((edge) => edge.node);
    expect(elsewhere.every((line) => line.userId === otherAuditor.userId)).toBe(true);
    const byRegisseur = await search({ householdId }, anna);
    expect(byRegisseur.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('answers an inzageverzoek by BSN: the person as recorded and the lines naming them; the BSN is never logged', async () => {
    const ask = (bsn: string, actor = auditor) =>
      api.graphql<{
        personAccessLog: {
          persons: { personId: string; householdId: string; householdName: string; name: string; birthDate: string }[];
          lines: { edges: { node: LogLine }[] };
        };
      }>(
        `query($bsn: String!) { personAccessLog(bsn: $bsn, first: 100) {
           persons { personId householdId householdName householdClosed name birthDate }
           lines { edges { node { ${LOG_FIELDS} } } } } }`,
        { bsn },
        actor,
      );
    const { data, errors } = await ask('111 222 333');
    expect(errors).toBeUndefined();
    const [eva] = data!.personAccessLog.persons;
    expect(data!.personAccessLog.persons).toEqual([
      {
        personId: expect.any(String),
        householdId,
        householdName: 'Familie Visser',
        householdClosed: false,
        name: 'Eva Visser',
        birthDate: '1984-05-02',
      },
    ]);
    const lines = data!.personAccessLog.lines.edges.map((edge) => edge.node);
    expect(lines.every((line) => line.personIds.includes(eva!.personId))).toBe(true);
    expect(lines.map((line) => line.userId)).toContain(anna.userId);
    expect(lines.some((line) => line.operation === 'DENIED' || line.action.startsWith('audit.'))).toBe(false);

    // Another gemeente's auditor finds nobody; a regisseur is refused; a BSN that fails the elfproef is an input error.
    expect((await ask('111222333', otherAuditor)).data!.personAccessLog.persons).toEqual([]);
    expect((await ask('111222333', anna)).errors![0]!.extensions.code).toBe('FORBIDDEN');
    const before = (await search({ userId: auditor.userId, operation: 'READ' })).data!.processingLog.edges.length;
    const wrong = await ask('111222334');
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bsn' });
    // The search just now wrote one line; the refused BSN wrote none.
    const after = (await search({ userId: auditor.userId, operation: 'READ' })).data!.processingLog.edges.length;
    expect(after).toBe(before + 1);

    const own = (await search({ userId: auditor.userId })).data!.processingLog.edges.map((edge) => edge.node);
    expect(own.find((line) => line.action === 'audit.personAccessLog')).toMatchObject({
      personIds: [eva!.personId],
      householdId,
      fields: ['processing_log', 'members'],
    });
    const refusal = (await search({ userId: anna.userId, operation: 'DENIED' })).data!.processingLog.edges;
    expect(refusal.map((edge) => edge.node.action)).toContain('audit.personAccessLog');
    expect(JSON.stringify(own) + JSON.stringify(refusal)).not.toContain('111222333');
  });

  it('logs an erasure as ERASE with the person it erased', async () => {
    const read = await api.graphql<{ household: { members: { id: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id } } }`,
      { id: householdId },
      beheerder,
    );
    const memberId = read.data!.household.members[0]!.id;
    const forgotten = await api.graphql(
      `mutation($input: ForgetPersonInput!) { forgetPerson(input: $input) { position } }`,
      { input: { householdId, memberId, reason: 'Verzoek tot verwijdering (AVG art. 17) toegewezen' } },
      beheerder,
    );
    expect(forgotten.errors).toBeUndefined();
    const lines = (await search({ householdId, operation: 'ERASE' })).data!.processingLog.edges.map(
      (edge) => edge.node,
    );
    expect(lines).toEqual([
      expect.objectContaining({ userId: beheerder.userId, action: 'household.PersonErased', personIds: [memberId] }),
    ]);
  });
});
