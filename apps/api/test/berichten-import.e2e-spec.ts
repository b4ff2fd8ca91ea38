import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessingLog } from '@regie/audit';
import {
  BerichtenImport,
  BerichtenQueueRetention,
  MAX_WAITING_LARGE_MESSAGES,
  type ImportAnswer,
} from '@regie/berichten-import';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
import request from 'supertest';
import { startTestApp, tokenFor, type TestActor, type TestApp } from './test-app';

// Issue 17: a Jeugd strand fed entirely by iJw messages (JW315 → JW301 → JW305 → JW323 → JW307) on one household,
// read by the regisseur (timeline, providers, wachttijd, expected and realised cost); the same files again change
// nothing; an unknown BSN waits sealed in the beheerder's queue and is shredded when the person is forgotten.

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'berichten', 'test', 'fixtures');
const file = (name: string) => readFileSync(join(FIXTURES, name));

const GEMEENTE = '0599';
const beheerder: TestActor = {
  userId: 'u-beheer-0599',
  role: 'functioneel_beheerder',
  name: 'Bea Beheer',
  gemeente: GEMEENTE,
};
const regisseur: TestActor = { userId: 'u-reg-0599', role: 'regisseur', name: 'Rik Regie', gemeente: GEMEENTE };

/** The strand in the order the messages travel; jw305-correctie withdraws the first start and sends it again. */
const STRAND = [
  'jw315-verzoek-om-toewijzing.xml',
  'jw301-toewijzing.xml',
  'jw305-start-zorg.xml',
  'jw305-correctie.xml',
  'jw323-declaratie.xml',
  'jw307-stop-zorg.xml',
];

interface TimelineNode {
  type: string;
  summary: string;
  withdrawn: boolean;
  provider: { agbCode: string } | null;
  recordedBy: { userId: string } | null;
}

describe('berichten import: a Jeugd strand fed by iJw messages, over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let importer: BerichtenImport;
  let store: EventStore;
  let householdId: string;
  const importFile = (name: string) => importer.importBericht(file(name), { gemeente: GEMEENTE });

  /** A message's row as the table holds it: status, who handled it, and whether a sealed copy is still there. */
  async function receivedRow(id: string | undefined) {
    const { rows } = await api.app
      .get<symbol, SqlDatabase>(READ_MODEL_DATABASE)
      .query<{ status: string; handled_by: string | null; xml: string | null; sealed: boolean }>(
        `select status, handled_by, xml, xml_sealed is not null as sealed from berichten_ontvangen where id = $1::uuid`,
        [id],
      );
    return rows[0];
  }

  async function gql<T>(query: string, variables: Record<string, unknown>, actor: TestActor): Promise<T> {
    const { data, errors } = await api.graphql<T>(query, variables, actor);
    expect(errors).toBeUndefined();
    return data!;
  }

  /** A person added to the household by the beheerder; their member id. */
  async function addMember(bsn: string, name: string, birthDate: string): Promise<string> {
    const added = await gql<{ addHouseholdMember: { memberId: string } }>(
      `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { memberId } }`,
      { input: { householdId, member: { bsn, name, birthDate, relation: 'OVERIG' } } },
      beheerder,
    );
    return added.addHouseholdMember.memberId;
  }

  async function timeline(expected: number): Promise<TimelineNode[]> {
    for (let attempt = 0; ; attempt++) {
      const data = await gql<{ household: { timeline: { edges: { node: TimelineNode }[] } } }>(
        `query($id: ID!, $first: Int) { household(id: $id) { timeline(first: $first, filter: { domains: [JEUGD] }) {
          edges { node { type summary withdrawn provider { agbCode } recordedBy { userId } } } } } }`,
        { id: householdId, first: 100 },
        regisseur,
      );
      const nodes = data.household.timeline.edges.map((edge) => edge.node);
      if (nodes.length >= expected || attempt > 50) return nodes;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    api = await startTestApp('postgres');
    importer = api.app.get(BerichtenImport);
    store = api.app.get(EVENT_STORE);
    await gql(
      `mutation { registerProvider(input: { agbCode: "75751234", name: "Jeugdhulp Rijnmond", domains: [JEUGD] }) { eventIds } }`,
      {},
      beheerder,
    );
    await gql(
      `mutation { registerProvider(input: { agbCode: "98765432", name: "Thuiszorg Zuid", domains: [WMO] }) { eventIds } }`,
      {},
      beheerder,
    );
    const registered = await gql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: GEMEENTE,
          name: 'Familie Jansen',
          members: [
            { bsn: '999990019', name: 'Sem Jansen', birthDate: '2014-05-12', relation: 'KIND' },
            { bsn: '999990032', name: 'Lotte Jansen', birthDate: '1986-11-02', relation: 'OUDER_VERZORGER' },
          ],
        },
      },
      beheerder,
    );
    householdId = registered.registerHousehold.householdId;
    await gql(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { householdId } }`,
      { input: { householdId, regisseurUserId: regisseur.userId, regisseurName: 'Rik Regie', reason: 'Start' } },
      beheerder,
    );
    await gql(
      `mutation($input: RecordSharingBasisInput!) { recordSharingBasis(input: $input) { eventIds } }`,
      {
        input: {
          householdId,
          domain: 'JEUGD',
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
          memberIds: [],
          validFrom: '2026-01-01',
          validUntil: '2027-12-31',
        },
      },
      { userId: 'u-jeugd-0599', role: 'domeinmedewerker', domain: 'JEUGD', gemeente: GEMEENTE },
    );
  });
  afterAll(() => api?.close());

  async function activeEpisodes(): Promise<
    { key: string; toegewezenOp: string; gestartOp: string | null; wachttijdDays: number }[]
  > {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const data = await gql<{ household: { providers: { active: never[] }[] } }>(
      `query($id: ID!) { household(id: $id) { providers { active { key toegewezenOp gestartOp wachttijdDays } } } }`,
      { id: householdId },
      regisseur,
    );
    return data.household.providers.flatMap((provider) => provider.active);
  }

  it('accepts the strand message by message; the wachttijd comes from the message dates', async () => {
    const answers: ImportAnswer[] = [];
    for (const name of STRAND) {
      answers.push(await importFile(name));
      if (name === 'jw305-correctie.xml') {
        // Toegewezen on the 301's Toewijzingsdatum (9 March), to begin on its Ingangsdatum (16 March), started on the
        // corrected 305's Begindatum (19 March): the wachttijd counts from the Ingangsdatum.
        expect((await activeEpisodes()).find((episode) => episode.key === '4100021')).toMatchObject({
          toegewezenOp: '2026-03-09',
          gestartOp: '2026-03-19',
          wachttijdDays: 3,
        });
      }
    }
    expect(answers.map((answer) => [answer.berichtType, answer.outcome, answer.householdId, answer.events])).toEqual([
      ['JW315', 'ACCEPTED', householdId, 1],
      ['JW301', 'ACCEPTED', householdId, 2],
      ['JW305', 'ACCEPTED', householdId, 1],
      ['JW305', 'ACCEPTED', householdId, 2],
      ['JW323', 'ACCEPTED', householdId, 2],
      ['JW307', 'ACCEPTED', householdId, 1],
    ]);
  });

  it('shows the regisseur expected and realised cost: declared for March, estimated where no declaration covers', async () => {
    await timeline(9);
    const data = await gql<{
      household: {
        costs: {
          months: {
            month: string;
            expectedCents: number;
            realisedCents: number;
            declaredCents: number;
            estimatedCents: number;
            estimated: boolean;
          }[];
          declaredCents: number;
        };
      };
    }>(
      `query($id: ID!) { household(id: $id) { costs(from: "2026-03", to: "2026-04") {
        months { month expectedCents realisedCents declaredCents estimatedCents estimated } declaredCents } } }`,
      { id: householdId },
      regisseur,
    );
    const [march, april] = data.household.costs.months;
    // The JW323 declares € 330 (4 uur × € 82,50) and € 450 (budget) for 16–31 March: that is March's realised cost.
    expect(march).toMatchObject({ month: '2026-03', declaredCents: 78_000, estimatedCents: 0, estimated: false });
    expect(march!.realisedCents).toBe(78_000);
    expect(march!.expectedCents).toBeGreaterThan(0);
    expect(april).toMatchObject({ month: '2026-04', declaredCents: 0 });
    expect(april!.realisedCents).toBe(april!.estimatedCents);
    expect(data.household.costs.declaredCents).toBe(78_000);
  });

  it('shows the regisseur the strand on the timeline, recorded by the berichten import, and the provider', async () => {
    const nodes = await timeline(9);
    expect(nodes.map((node) => [node.type, node.withdrawn]).sort()).toEqual(
      [
        ['household.EntryWithdrawn', false],
        ['jeugd.DeclaratieOntvangen', false],
        ['jeugd.DeclaratieOntvangen', false],
        ['jeugd.VerzoekOmToewijzingOntvangen', false],
        ['jeugd.ToewijzingVastgelegd', false],
        ['jeugd.ToewijzingVastgelegd', false],
        ['jeugd.ZorgGestart', true],
        ['jeugd.ZorgGestart', false],
        ['jeugd.ZorgGestopt', false],
      ].sort(),
    );
    expect(new Set(nodes.map((node) => node.recordedBy?.userId))).toEqual(new Set(['system:berichten']));
    expect(new Set(nodes.map((node) => node.provider?.agbCode))).toEqual(new Set(['75751234']));
    const providers = await gql<{ household: { providers: { agbCode: string; name: string; domains: string[] }[] } }>(
      `query($id: ID!) { household(id: $id) { providers { agbCode name domains } } }`,
      { id: householdId },
      regisseur,
    );
    expect(providers.household.providers).toEqual([
      { agbCode: '75751234', name: 'Jeugdhulp Rijnmond', domains: ['JEUGD'] },
    ]);
  });

  it('keeps the message identity on the events', async () => {
    const events = await store.readStream(`household-${householdId}`);
    const start = events.find((event) => event.type === 'jeugd.ZorgGestart');
    expect(start?.data).toMatchObject({
      bericht: { berichtType: 'JW305', afzender: '75751234', identificatie: 'SZ20260320', dagtekening: '2026-03-20' },
    });
  });

  it('answers "already received" for every file read again and writes nothing', async () => {
    const head = await store.headPosition();
    for (const name of STRAND) {
      expect(await importFile(name)).toMatchObject({ outcome: 'ALREADY_RECEIVED', events: 0, householdId });
    }
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses another message under an identity already used by that afzender (9056), and one of another gemeente', async () => {
    const changed = file('jw305-start-zorg.xml').toString('utf8').replace('2026-03-18', '2026-03-17');
    expect(await importer.importBericht(changed, { gemeente: GEMEENTE })).toMatchObject({
      outcome: 'REJECTED',
      rejections: [
        { code: 'IDENTIFICATIE_NOT_UNIQUE', retourcode: '9056', path: 'Header/BerichtIdentificatie/Identificatie' },
      ],
    });
    expect(await importer.importBericht(file('jw305-start-zorg.xml'), { gemeente: '0363' })).toMatchObject({
      outcome: 'REJECTED',
      rejections: [{ code: 'GEMEENTE_MISMATCH', path: 'Header/Ontvanger' }],
    });
  });

  it('refuses a 305 for a toewijzing Regie does not have, naming the element, and writes nothing', async () => {
    const head = await store.headPosition();
    const answer = await importFile('jw305-voor-toewijzing.xml');
    expect(answer).toMatchObject({
      outcome: 'REJECTED',
      rejections: [{ code: 'TOEWIJZING_NOT_FOUND', path: 'Client/StartProducten/StartProduct[1]/ToewijzingNummer' }],
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('answers PROVIDER_NOT_FOUND at the header for an aanbieder not registered (for this domain), not an unknown toewijzing', async () => {
    const head = await store.headPosition();
    // A JW305 from an AGB-code in no register: re-sending after a 301 would never help.
    const unregistered = file('jw305-start-zorg.xml')
      .toString('utf8')
      .replaceAll('75751234', '11112222')
      .replace('SZ20260320', 'SZ-AGB-0001');
    expect(await importer.importBericht(unregistered, { gemeente: GEMEENTE })).toMatchObject({
      outcome: 'REJECTED',
      rejections: [
        {
          code: 'PROVIDER_NOT_FOUND',
          path: 'Header/Afzender',
          reason: expect.stringContaining('AGB-code 11112222 staat niet in het aanbiedersregister van deze gemeente'),
        },
      ],
    });
    // A JW301 to Thuiszorg Zuid, registered here for Wmo only: the AGB-code of a 301 is its Ontvanger.
    const wmoOnly = file('jw301-toewijzing.xml')
      .toString('utf8')
      .replaceAll('75751234', '98765432')
      .replace('TW20260309A', 'TW-AGB-0001');
    expect(await importer.importBericht(wmoOnly, { gemeente: GEMEENTE })).toMatchObject({
      outcome: 'REJECTED',
      rejections: [
        {
          code: 'PROVIDER_NOT_FOUND',
          path: 'Header/Ontvanger',
          reason: expect.stringContaining(
            'Thuiszorg Zuid (AGB-code 98765432) is in deze gemeente niet geregistreerd voor Jeugd',
          ),
        },
      ],
    });
    expect(await store.headPosition()).toBe(head);
  });

  it('refuses a hostile file with a clear reason', async () => {
    const answer = await importFile('hostile/billion-laughs.xml');
    expect(answer).toMatchObject({ outcome: 'REJECTED', rejections: [{ code: 'XML_DOCTYPE_FORBIDDEN', path: '' }] });
  });

  it('keeps a message for an unknown BSN in the beheerder’s queue; discarding takes it out with a reason', async () => {
    const head = await store.headPosition();
    const waiting = await importFile('wmo305-onbekend-bsn.xml');
    expect(waiting).toMatchObject({ outcome: 'WAITING', berichtType: 'WMO305', events: 0 });
    expect(await store.headPosition()).toBe(head);
    const queue = await gql<{ berichtenQueue: { id: string; berichtType: string; bsn: string }[] }>(
      '{ berichtenQueue { id berichtType afzender identificatie dagtekening bsn receivedAt } }',
      {},
      beheerder,
    );
    expect(queue.berichtenQueue).toEqual([
      expect.objectContaining({ id: waiting.berichtId, berichtType: 'WMO305', bsn: '999990044' }),
    ]);
    const refused = await api.graphql('{ berichtenQueue { id } }', {}, regisseur);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const linked = await api.graphql(
      `mutation($input: LinkBerichtInput!) { linkBericht(input: $input) { outcome } }`,
      { input: { berichtId: waiting.berichtId, householdId } },
      beheerder,
    );
    expect(linked.errors?.[0]?.extensions.code).toBe('MEMBER_NOT_FOUND');
    // Without a reason: the service's own Dutch answer at the field, and nothing is discarded.
    for (const reason of ['', '   ']) {
      const noReason = await api.graphql(
        `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
        { input: { berichtId: waiting.berichtId, reason } },
        beheerder,
      );
      expect(noReason.errors?.[0]?.message).toBe('Geef een reden waarom het bericht niet wordt verwerkt.');
      expect(noReason.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.reason',
        fields: ['input.reason'],
      });
    }
    const still = await gql<{ berichtenQueue: { id: string }[] }>('{ berichtenQueue { id } }', {}, beheerder);
    expect(still.berichtenQueue.map((row) => row.id)).toEqual([waiting.berichtId]);
    await gql(
      `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
      { input: { berichtId: waiting.berichtId, reason: 'Cliënt woont niet in deze gemeente' } },
      beheerder,
    );
    const after = await gql<{ berichtenQueue: unknown[] }>('{ berichtenQueue { id } }', {}, beheerder);
    expect(after.berichtenQueue).toEqual([]);
    expect(await importFile('wmo305-onbekend-bsn.xml')).toMatchObject({ outcome: 'WAITING' });
  });

  it('a refused link leaves the message waiting as it was: sealed, readable, with what to do; nobody handled it', async () => {
    const [waiting] = (await gql<{ berichtenQueue: { id: string }[] }>('{ berichtenQueue { id } }', {}, beheerder))
      .berichtenQueue;
    await gql(
      `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { eventIds } }`,
      {
        input: {
          householdId,
          member: { bsn: '999990044', name: 'Ria Jansen', birthDate: '1950-02-01', relation: 'OVERIG' },
        },
      },
      beheerder,
    );
    const head = await store.headPosition();
    const linked = await gql<{ linkBericht: Record<string, unknown> }>(
      `mutation($input: LinkBerichtInput!) { linkBericht(input: $input) {
        outcome berichtId householdId events rejections { code path reason } together { outcome berichtType } } }`,
      { input: { berichtId: waiting!.id, householdId } },
      beheerder,
    );
    // Replayed onto the household: Regie has no Wmo toewijzing 7000998 there, so the start is refused, per element,
    // in words for the beheerder, and the message keeps waiting.
    expect(linked.linkBericht).toEqual({
      outcome: 'WAITING',
      berichtId: waiting!.id,
      householdId,
      events: 0,
      rejections: [
        {
          code: 'TOEWIJZING_NOT_FOUND',
          path: 'Client/StartProducten/StartProduct[1]/ToewijzingNummer',
          reason: expect.stringMatching(
            /^Regie heeft in dit huishouden geen toewijzing .* Het bericht blijft wachten\./,
          ),
        },
      ],
      together: [{ outcome: 'WAITING', berichtType: 'WMO305' }],
    });
    expect(await store.headPosition()).toBe(head);
    const row = await receivedRow(waiting!.id);
    expect(row).toMatchObject({ status: 'WAITING', handled_by: null, xml: null, sealed: true });
    const queue = await gql<{ berichtenQueue: { id: string; bsn: string; linkRefusals: { code: string }[] }[] }>(
      '{ berichtenQueue { id bsn linkRefusals { code path reason } } }',
      {},
      beheerder,
    );
    expect(queue.berichtenQueue).toEqual([
      { id: waiting!.id, bsn: '999990044', linkRefusals: [expect.objectContaining({ code: 'TOEWIJZING_NOT_FOUND' })] },
    ]);
    await gql(
      `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
      { input: { berichtId: waiting!.id, reason: 'Test: geen toewijzing' } },
      beheerder,
    );
    expect(await receivedRow(waiting!.id)).toMatchObject({ status: 'DISCARDED', handled_by: beheerder.userId });
  });

  it('keeps a waiting message sealed, and forgetPerson of the person with its BSN shreds it', async () => {
    const xml = file('wmo305-onbekend-bsn.xml')
      .toString('utf8')
      .replaceAll('999990044', '999990056')
      .replace('SZ-W-0301', 'SZ-W-0399');
    const waiting = await importer.importBericht(xml, { gemeente: GEMEENTE });
    expect(waiting).toMatchObject({ outcome: 'WAITING' });
    const { rows } = await api.app
      .get<symbol, SqlDatabase>(READ_MODEL_DATABASE)
      .query<{ row: string }>('select t::text as row from berichten_ontvangen t where id = $1::uuid', [
        waiting.berichtId,
      ]);
    expect(rows[0]!.row).not.toContain('999990056');
    expect(rows[0]!.row).not.toContain('Jansen');
    const memberId = await addMember('999990056', 'Wim Jansen', '1948-07-01');
    const before = await gql<{ berichtenQueue: { id: string }[] }>('{ berichtenQueue { id } }', {}, beheerder);
    expect(before.berichtenQueue.map((row) => row.id)).toContain(waiting.berichtId);
    await gql(
      `mutation($input: ForgetPersonInput!) { forgetPerson(input: $input) { position } }`,
      { input: { householdId, memberId, reason: 'AVG art. 17' } },
      beheerder,
    );
    const after = await gql<{ berichtenQueue: { id: string }[] }>('{ berichtenQueue { id } }', {}, beheerder);
    expect(after.berichtenQueue.map((row) => row.id)).not.toContain(waiting.berichtId);
    const shredded = await api.app
      .get<symbol, SqlDatabase>(READ_MODEL_DATABASE)
      .query<{ status: string; xml_sealed: unknown; bsn_indexes: string[] }>(
        'select status, xml_sealed, bsn_indexes from berichten_ontvangen where id = $1::uuid',
        [waiting.berichtId],
      );
    expect(shredded.rows[0]).toEqual({ status: 'DISCARDED', xml_sealed: null, bsn_indexes: [] });
  });

  it('a queue that cannot be reached stops forgetPerson with nothing erased; repeated, it erases and shreds; a refused caller shreds nothing', async () => {
    const xml = file('wmo305-onbekend-bsn.xml')
      .toString('utf8')
      .replaceAll('999990044', '999990081')
      .replace('SZ-W-0301', 'SZ-W-0396');
    const waiting = await importer.importBericht(xml, { gemeente: GEMEENTE });
    expect(waiting).toMatchObject({ outcome: 'WAITING' });
    const memberId = await addMember('999990081', 'Kees Jansen', '1950-02-03');
    const forget = (actor: TestActor) =>
      api.graphql<{ forgetPerson: { position: string } }>(
        `mutation($input: ForgetPersonInput!) { forgetPerson(input: $input) { position } }`,
        { input: { householdId, memberId, reason: 'AVG art. 17' } },
        actor,
      );
    const status = async () =>
      (
        await api.app
          .get<symbol, SqlDatabase>(READ_MODEL_DATABASE)
          .query<{ status: string }>('select status from berichten_ontvangen where id = $1::uuid', [waiting.berichtId])
      ).rows[0]!.status;
    const erasedEvents = async () =>
      (await store.readStream(`household-${householdId}`)).filter(
        (event) =>
          event.type === 'household.PersonErased' && (event.data as { memberId: string }).memberId === memberId,
      ).length;

    // The regisseur may not erase: refused before any store is asked, so the message still waits.
    const refused = await forget(regisseur);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await status()).toBe('WAITING');

    // The queue cannot be reached (its table is away for a moment): nothing is erased, nothing is shredded, and the
    // person's BSN stays readable for the next attempt.
    const db = api.app.get<symbol, SqlDatabase>(READ_MODEL_DATABASE);
    await db.query('alter table berichten_ontvangen rename to berichten_ontvangen_away');
    let failed: Awaited<ReturnType<typeof forget>>;
    try {
      failed = await forget(beheerder);
    } finally {
      await db.query('alter table berichten_ontvangen_away rename to berichten_ontvangen');
    }
    expect(failed.data).toBeNull();
    expect(failed.errors?.[0]?.extensions?.code).toBe('ERASURE_INCOMPLETE');
    expect(failed.errors?.[0]?.message).toMatch(/Er is niets gewist/);
    expect(await erasedEvents()).toBe(0);
    expect(await status()).toBe('WAITING');

    const repeated = await forget(beheerder);
    expect(repeated.errors).toBeUndefined();
    expect(await erasedEvents()).toBe(1);
    expect(await status()).toBe('DISCARDED');
  });

  it('shreds what waited longer than BERICHTEN_QUEUE_RETENTION_DAYS (90), with a verwerkingenlog line', async () => {
    const xml = file('wmo305-onbekend-bsn.xml')
      .toString('utf8')
      .replaceAll('999990044', '999990068')
      .replace('SZ-W-0301', 'SZ-W-0398');
    const old = await importer.importBericht(xml, { gemeente: GEMEENTE });
    const fresh = await importer.importBericht(xml.replace('SZ-W-0398', 'SZ-W-0397'), { gemeente: GEMEENTE });
    const db = api.app.get<symbol, SqlDatabase>(READ_MODEL_DATABASE);
    await db.query(`update berichten_ontvangen set received_at = now() - interval '91 days' where id = $1::uuid`, [
      old.berichtId,
    ]);
    expect(await api.app.get(BerichtenQueueRetention).run()).toBe(1);
    const { rows } = await db.query<{ id: string; status: string; xml_sealed: unknown }>(
      'select id::text as id, status, xml_sealed from berichten_ontvangen where id = any($1::uuid[]) order by received_at',
      [[old.berichtId, fresh.berichtId]],
    );
    expect(rows).toEqual([
      { id: old.berichtId, status: 'DISCARDED', xml_sealed: null },
      { id: fresh.berichtId, status: 'WAITING', xml_sealed: expect.anything() },
    ]);
    const page = await api.app
      .get(ProcessingLog)
      .search({ gemeente: GEMEENTE, userId: 'system:berichten', first: 200 });
    expect(page.edges.map((edge) => edge.node)).toContainEqual(
      expect.objectContaining({ action: 'berichten.wachtrij.verlopen', operation: 'WRITE' }),
    );
    await gql(
      `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
      { input: { berichtId: fresh.berichtId, reason: 'Test: opgeruimd' } },
      beheerder,
    );
  });

  it('writes a verwerkingenlog line per message: system actor, message id, household when matched', async () => {
    const log = api.app.get(ProcessingLog);
    const page = await log.search({ gemeente: GEMEENTE, userId: 'system:berichten', first: 200 });
    const lines = page.edges.map((edge) => edge.node);
    const received = lines.filter((line) => line.action === 'jeugd.berichtOntvangen');
    expect(received).toHaveLength(STRAND.length);
    expect(received.every((line) => line.householdId === householdId && line.correlationId)).toBe(true);
    expect(received.map((line) => line.fields[0]).sort()).toEqual(
      ['bericht.JW301', 'bericht.JW305', 'bericht.JW305', 'bericht.JW307', 'bericht.JW315', 'bericht.JW323'].sort(),
    );
    expect(lines.some((line) => line.action === 'jeugd.berichtAfgewezen' && line.outcome === 'DENIED')).toBe(true);
    expect(lines.some((line) => line.action === 'berichten.berichtAfgewezen')).toBe(true);
    expect(lines.some((line) => line.action === 'wmo.berichtOntvangen' && line.fields.includes('status.WAITING'))).toBe(
      true,
    );
  });

  it('keeps a 323 for several clients waiting until every client is in a household', async () => {
    const head = await store.headPosition();
    // WMO323 for Lotte (in the household) and a client with BSN 999990020 (in none).
    const answer = await importFile('wmo323-declaratie.xml');
    expect(answer).toMatchObject({ outcome: 'WAITING', berichtType: 'WMO323', events: 0 });
    expect(await store.headPosition()).toBe(head);
    const queue = await gql<{ berichtenQueue: { id: string; bsn: string }[] }>(
      '{ berichtenQueue { id bsn } }',
      {},
      beheerder,
    );
    expect(queue.berichtenQueue).toEqual([{ id: answer.berichtId, bsn: '999990032' }]);
    await gql(
      `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
      { input: { berichtId: answer.berichtId, reason: 'Test: opgeruimd' } },
      beheerder,
    );
  });

  describe('linking a client’s waiting messages in message order', () => {
    const CLIENT = '999990093';
    const OTHER_CLIENT = '999990111';
    let boer: string;
    /** A Wmo fixture for another client and under another Identificatie, so it waits. */
    const wmoFor = (name: string, bsn: string, identificatie: [string, string]) =>
      file(name).toString('utf8').replaceAll('999990032', bsn).replace(identificatie[0], identificatie[1]);
    const linkQuery = `mutation($input: LinkBerichtInput!) { linkBericht(input: $input) {
      outcome berichtId events rejections { code reason }
      together { outcome berichtId berichtType identificatie events rejections { code path reason } } } }`;
    const systemLines = async (ids: readonly (string | undefined)[]) =>
      (await api.app.get(ProcessingLog).search({ gemeente: GEMEENTE, userId: 'system:berichten', first: 200 })).edges
        .map((edge) => edge.node)
        .filter((line) => ids.includes(line.correlationId ?? undefined));

    it('linking the waiting 305 first takes the client’s waiting 301 before it: both recorded, by the beheerder', async () => {
      const toewijzing = await importer.importBericht(
        wmoFor('wmo301-toewijzing.xml', CLIENT, ['TW-W-0209', 'TW-W-U01']),
        { gemeente: GEMEENTE },
      );
      const start = await importer.importBericht(wmoFor('wmo305-start-zorg.xml', CLIENT, ['SZ-W-0220', 'SZ-W-U01']), {
        gemeente: GEMEENTE,
      });
      expect([toewijzing.outcome, start.outcome]).toEqual(['WAITING', 'WAITING']);
      const registered = await gql<{ registerHousehold: { householdId: string } }>(
        `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
        {
          input: {
            gemeente: GEMEENTE,
            name: 'Familie De Boer',
            members: [{ bsn: CLIENT, name: 'Johanna de Boer', birthDate: '1948-09-30', relation: 'OUDER_VERZORGER' }],
          },
        },
        beheerder,
      );
      boer = registered.registerHousehold.householdId;

      const linked = await gql<{ linkBericht: unknown }>(
        linkQuery,
        { input: { berichtId: start.berichtId, householdId: boer } },
        beheerder,
      );
      expect(linked.linkBericht).toEqual({
        outcome: 'ACCEPTED',
        berichtId: start.berichtId,
        events: 2,
        rejections: [],
        together: [
          {
            outcome: 'ACCEPTED',
            berichtId: toewijzing.berichtId,
            berichtType: 'WMO301',
            identificatie: 'TW-W-U01',
            events: 2,
            rejections: [],
          },
          {
            outcome: 'ACCEPTED',
            berichtId: start.berichtId,
            berichtType: 'WMO305',
            identificatie: 'SZ-W-U01',
            events: 2,
            rejections: [],
          },
        ],
      });
      const events = (await store.readStream(`household-${boer}`)).filter((event) => event.type.startsWith('wmo.'));
      expect(events.map((event) => [event.type, event.metadata.onBehalfOf])).toEqual([
        ['wmo.ToewijzingVastgelegd', beheerder.userId],
        ['wmo.ToewijzingVastgelegd', beheerder.userId],
        ['wmo.ZorgGestart', beheerder.userId],
        ['wmo.ZorgGestart', beheerder.userId],
      ]);
      for (const id of [toewijzing.berichtId, start.berichtId]) {
        expect(await receivedRow(id)).toEqual({
          status: 'ACCEPTED',
          handled_by: beheerder.userId,
          xml: null,
          sealed: false,
        });
      }
      const queue = await gql<{ berichtenQueue: unknown[] }>('{ berichtenQueue { id } }', {}, beheerder);
      expect(queue.berichtenQueue).toEqual([]);
      // NEN 7513: on whose behalf the system actor wrote.
      const lines = await systemLines([toewijzing.berichtId, start.berichtId]);
      expect(lines.filter((line) => line.action === 'wmo.berichtOntvangen').map((line) => line.fields[1])).toEqual(
        expect.arrayContaining(['status.WAITING', 'status.WAITING', 'status.ACCEPTED', 'status.ACCEPTED']),
      );
      const linkedLines = lines.filter((line) => line.fields.includes('status.ACCEPTED'));
      expect(linkedLines).toHaveLength(2);
      expect(linkedLines.every((line) => line.onBehalfOf === beheerder.userId && line.householdId === boer)).toBe(true);
    });

    it('a link refused for the 301 leaves both waiting and readable; the 305 says to link its toewijzing first', async () => {
      // Another client of the household, whose 301 reuses the ToewijzingNummers of Johanna's (9332): refused.
      const toewijzing = await importer.importBericht(
        wmoFor('wmo301-toewijzing.xml', OTHER_CLIENT, ['TW-W-0209', 'TW-W-U02']),
        { gemeente: GEMEENTE },
      );
      const start = await importer.importBericht(
        wmoFor('wmo305-start-zorg.xml', OTHER_CLIENT, ['SZ-W-0220', 'SZ-W-U02']),
        { gemeente: GEMEENTE },
      );
      await gql(
        `mutation($input: AddHouseholdMemberInput!) { addHouseholdMember(input: $input) { eventIds } }`,
        {
          input: {
            householdId: boer,
            member: { bsn: OTHER_CLIENT, name: 'Kees de Boer', birthDate: '1948-09-30', relation: 'OUDER_VERZORGER' },
          },
        },
        beheerder,
      );
      const head = await store.headPosition();
      const linked = await gql<{
        linkBericht: {
          outcome: string;
          together: { outcome: string; rejections: { code: string; reason: string }[] }[];
        };
      }>(linkQuery, { input: { berichtId: start.berichtId, householdId: boer } }, beheerder);
      expect(linked.linkBericht.outcome).toBe('WAITING');
      const [first, second] = linked.linkBericht.together;
      expect(first).toMatchObject({ outcome: 'WAITING', berichtType: 'WMO301' });
      expect(first!.rejections.map((r) => r.code)).toEqual(['TOEWIJZINGNUMMER_IN_USE', 'TOEWIJZINGNUMMER_IN_USE']);
      expect(second).toMatchObject({ outcome: 'WAITING', berichtType: 'WMO305' });
      expect(second!.rejections).toEqual([
        expect.objectContaining({
          code: 'TOEWIJZING_NOT_FOUND',
          reason: expect.stringContaining('Koppel eerst de toewijzing (301) van deze cliënt'),
        }),
        expect.objectContaining({
          code: 'TOEWIJZING_NOT_FOUND',
          reason: expect.stringContaining('Koppel eerst de toewijzing (301) van deze cliënt'),
        }),
      ]);
      expect(await store.headPosition()).toBe(head);
      for (const id of [toewijzing.berichtId, start.berichtId]) {
        expect(await receivedRow(id)).toEqual({ status: 'WAITING', handled_by: null, xml: null, sealed: true });
      }
      // Still readable: the queue opens both and shows the client's BSN and why the link was refused.
      const queue = await gql<{ berichtenQueue: { id: string; bsn: string; linkRefusals: { code: string }[] }[] }>(
        '{ berichtenQueue { id bsn linkRefusals { code } } }',
        {},
        beheerder,
      );
      expect(queue.berichtenQueue).toEqual([
        {
          id: toewijzing.berichtId,
          bsn: OTHER_CLIENT,
          linkRefusals: [{ code: 'TOEWIJZINGNUMMER_IN_USE' }, { code: 'TOEWIJZINGNUMMER_IN_USE' }],
        },
        {
          id: start.berichtId,
          bsn: OTHER_CLIENT,
          linkRefusals: [{ code: 'TOEWIJZING_NOT_FOUND' }, { code: 'TOEWIJZING_NOT_FOUND' }],
        },
      ]);
      const refusedLines = (await systemLines([toewijzing.berichtId, start.berichtId])).filter(
        (line) => line.outcome === 'DENIED',
      );
      expect(refusedLines).toHaveLength(2);
      expect(
        refusedLines.every(
          (line) =>
            line.action === 'wmo.berichtAfgewezen' &&
            line.fields.includes('status.WAITING') &&
            line.onBehalfOf === beheerder.userId,
        ),
      ).toBe(true);
      for (const id of [toewijzing.berichtId, start.berichtId]) {
        await gql(
          `mutation($input: DiscardBerichtInput!) { discardBericht(input: $input) }`,
          { input: { berichtId: id, reason: 'Test: ToewijzingNummer van een ander' } },
          beheerder,
        );
      }
    });
  });

  describe('POST /berichten', () => {
    const jeugdSystem: TestActor = {
      userId: 'system:backoffice-jeugd',
      role: 'domeinmedewerker',
      domain: 'JEUGD',
      gemeente: GEMEENTE,
    };
    const post = async (body: string | Buffer, actor?: TestActor, contentType = 'application/xml') => {
      const call = request(api.app.getHttpServer()).post('/berichten').set('content-type', contentType);
      if (actor) call.set('authorization', `Bearer ${await tokenFor(actor)}`);
      return call.send(body);
    };

    it('answers a message of the caller’s gemeente and domain as the import does', async () => {
      const verlenging = await post(file('jw301-verlenging.xml'), jeugdSystem);
      expect(verlenging.status).toBe(200);
      expect(verlenging.body).toMatchObject({ outcome: 'ACCEPTED', berichtType: 'JW301', householdId, events: 1 });
      const events = await store.readStream(`household-${householdId}`);
      expect(events.at(-1)).toMatchObject({
        type: 'household.EntryCorrected',
        metadata: { actor: { userId: 'system:berichten' }, onBehalfOf: jeugdSystem.userId },
        data: { changes: { einddatum: '2026-12-31', redenWijziging: '04' } },
      });
      // The import's verwerkingenlog line says on whose behalf the system actor wrote (NEN 7513).
      const log = await api.app
        .get(ProcessingLog)
        .search({ gemeente: GEMEENTE, userId: 'system:berichten', first: 200 });
      const lines = log.edges
        .map((edge) => edge.node)
        .filter((line) => line.correlationId === verlenging.body.berichtId);
      expect(lines.filter((line) => line.action === 'jeugd.berichtOntvangen')).toEqual([
        expect.objectContaining({ onBehalfOf: jeugdSystem.userId, fields: ['bericht.JW301', 'status.ACCEPTED'] }),
      ]);
      expect(await receivedRow(verlenging.body.berichtId)).toMatchObject({
        status: 'ACCEPTED',
        handled_by: jeugdSystem.userId,
      });
      const again = await post(file('jw301-toewijzing.xml'), jeugdSystem);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ outcome: 'ALREADY_RECEIVED', berichtType: 'JW301', householdId, events: 0 });
      const refused = await post(
        file('jw305-voor-toewijzing.xml').toString('utf8').replace('SZ20260325', 'SZ20260399'),
        jeugdSystem,
      );
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ outcome: 'REJECTED', rejections: [{ code: 'TOEWIJZING_NOT_FOUND' }] });
    });

    it('refuses another domain’s or gemeente’s message, and callers that are not a domain system', async () => {
      const wmo = await post(file('wmo301-toewijzing.xml'), jeugdSystem);
      expect(wmo.status).toBe(422);
      expect(wmo.body.rejections).toEqual([expect.objectContaining({ code: 'DOMAIN_MISMATCH' })]);
      const otherGemeente = await post(file('jw305-start-zorg.xml'), { ...jeugdSystem, gemeente: '0363' });
      expect(otherGemeente.body.rejections).toEqual([expect.objectContaining({ code: 'GEMEENTE_MISMATCH' })]);
      expect((await post(file('jw305-start-zorg.xml'))).status).toBe(401);
      expect((await post(file('jw305-start-zorg.xml'), regisseur)).status).toBe(403);
      expect((await post(file('jw305-start-zorg.xml'), beheerder)).status).toBe(403);
      const log = await api.app.get(ProcessingLog).search({ gemeente: GEMEENTE, userId: beheerder.userId, first: 50 });
      expect(log.edges.map((edge) => edge.node)).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'berichten.post', outcome: 'DENIED' })]),
      );
      expect((await post(file('jw305-start-zorg.xml'), jeugdSystem, 'application/json')).status).toBe(415);
    });

    it('refuses a body over 25 MB with 413, and a hostile one as a rejection', async () => {
      const tooLarge = await post(Buffer.alloc(25 * 1024 * 1024 + 1, 0x20), jeugdSystem);
      expect(tooLarge.status).toBe(413);
      const hostile = await post(file('hostile/external-entity.xml'), jeugdSystem);
      expect(hostile.status).toBe(422);
      expect(hostile.body.rejections).toEqual([expect.objectContaining({ code: 'XML_DOCTYPE_FORBIDDEN' })]);
    });

    it('reads large messages beside the api, and answers 503 with Retry-After past the messages that may wait', async () => {
      // A JW301 of 3 MB (its client repeated: refused, a 301 names one client), sent more often than may wait.
      const text = file('jw301-toewijzing.xml').toString('utf8');
      const [start, end] = [text.indexOf('<jw301:Client>'), text.indexOf('</jw301:Client>') + '</jw301:Client>'.length];
      const client = text.slice(start, end);
      const large =
        text.slice(0, start) + client.repeat(Math.ceil((3 * 1024 * 1024) / client.length)) + text.slice(end);
      const answers = await Promise.all(
        Array.from({ length: MAX_WAITING_LARGE_MESSAGES + 6 }, () => post(large, jeugdSystem)),
      );
      const busy = answers.filter((answer) => answer.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const answer of busy) {
        expect(answer.headers['retry-after']).toBe('60');
        expect(answer.body).toMatchObject({ code: 'BERICHTEN_BUSY', message: expect.stringContaining('opnieuw') });
      }
      const read = answers.filter((answer) => answer.status !== 503);
      expect(read.map((answer) => answer.status)).toEqual(read.map(() => 422));
      expect(read[0]!.body.rejections).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'ELEMENT_TOO_MANY' })]),
      );
    });
  });
});
