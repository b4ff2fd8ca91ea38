import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { beheerder, startTestApp, tokenFor, type TestActor, type TestApp } from './test-app';

// The reason of a correction or withdrawal is a domain's free text: it follows the note rules, so only the own
// domain reads it (as the entry's note), over HTTP and in the timelineUpdated payload. The regisseur and another
// domain see that the entry was corrected or withdrawn, never why. Another domain's staff see neither: a legal basis
// shares Jeugd's data with the regisseur, not with Wmo.

const RECORDED = 'householdId eventIds streamRevision position';
const ENTRY = 'id domain type summary note';
const anna: TestActor = { userId: 'u-regisseur-anna', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const jeugdWorker: TestActor = {
  userId: 'u-jeugd-joris',
  role: 'domeinmedewerker',
  name: 'Joris Jeugdteam',
  domain: 'JEUGD',
  gemeente: '0363',
};
const wmoWorker: TestActor = { ...jeugdWorker, userId: 'u-wmo-wendy', name: 'Wendy Wmo', domain: 'WMO' };
const provider = { agbCode: '11009902', name: 'Jeugdhulp Het Anker', domains: ['JEUGD'] };
const CORRECTION_REASON = 'Ingangsdatum verschoven: Daan zat twee weken in de kliniek';
const WITHDRAWAL_REASON = 'Contactmoment ingetrokken: het gesprek over de mishandeling ging niet door';

interface Entry {
  id: string;
  domain: string;
  type: string;
  summary: string;
  note: string | null;
}

describe('correction and withdrawal reasons follow the note rules', () => {
  let api: TestApp;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestApp('embedded');
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    url = `ws://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await api?.close();
  });

  async function post(mutation: string, input: Record<string, unknown>, actor: TestActor) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, { householdId: string; eventIds: string[] }>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation]!;
  }

  async function timeline(householdId: string, actor: TestActor): Promise<Entry[]> {
    const { data, errors } = await api.graphql<{ household: { timeline: { edges: { node: Entry }[] } } }>(
      `query($id: ID!) { household(id: $id) { timeline(first: 100) { edges { node { ${ENTRY} } } } } }`,
      { id: householdId },
      actor,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.household.timeline.edges.map((edge) => edge.node);
  }

  /** Subscribes as the actor; resolves once the server has the subscription. */
  async function subscribe(householdId: string, actor: TestActor): Promise<Entry[]> {
    const pushed: Entry[] = [];
    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tokenFor(actor)}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => connected() },
    });
    clients.push(client);
    client.subscribe<{ timelineUpdated: Entry }>(
      {
        query: `subscription($householdId: ID!) { timelineUpdated(householdId: $householdId) { ${ENTRY} } }`,
        variables: { householdId },
      },
      {
        next: (result) => {
          if (result.errors) throw new Error(JSON.stringify(result.errors));
          if (result.data) pushed.push(result.data.timelineUpdated);
        },
        error: (error) => {
          throw error;
        },
        complete: () => undefined,
      },
    );
    await isConnected;
    // The Subscribe message travels after the ack; give the server a moment to register the listener.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return pushed;
  }

  async function until(pushed: Entry[], ids: readonly string[]): Promise<Entry[]> {
    const deadline = Date.now() + 10_000;
    while (!ids.every((id) => pushed.some((entry) => entry.id === id)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return pushed.filter((entry) => ids.includes(entry.id));
  }

  it('shows the reason only to the own domain, over HTTP and in the subscription payload', async () => {
    await post('registerProvider', provider, beheerder);
    const { householdId } = await post(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Huishouden Visser',
        members: [{ bsn: '274910111', name: 'Daan Visser', birthDate: '2013-05-17', relation: 'KIND' }],
      },
      beheerder,
    );
    const { data } = await api.graphql<{ household: { members: { id: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id } } }`,
      { id: householdId },
    );
    const childId = data!.household.members[0]!.id;
    await post(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
    );
    await post(
      'recordSharingBasis',
      {
        householdId,
        domain: 'JEUGD',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
        memberIds: [],
        validFrom: '2026-01-01',
        validUntil: '2027-12-31',
      },
      jeugdWorker,
    );
    const base = { householdId, memberId: childId, providerAgb: provider.agbCode };
    const toewijzing = await post(
      'recordJeugdToewijzing',
      {
        ...base,
        toewijzingNummer: 'DV2026001',
        toewijzingsdatum: '2026-02-20',
        ingangsdatum: '2026-03-01',
        productcategorie: '45',
        verwijzer: '02',
      },
      jeugdWorker,
    );
    const contact = await post(
      'recordJeugdContactmoment',
      { ...base, datum: '2026-04-02', soort: 'HUISBEZOEK', note: 'Huisbezoek' },
      jeugdWorker,
    );

    // Wmo is involved too (so its staff read the household's timeline at all).
    await post(
      'recordWmoContactmoment',
      { householdId, memberId: childId, datum: '2026-04-03', soort: 'GESPREK', note: 'Kennismaking' },
      wmoWorker,
    );

    const subscribers = await Promise.all([anna, wmoWorker, jeugdWorker].map((actor) => subscribe(householdId, actor)));
    const correction = await post(
      'correctEntry',
      {
        householdId,
        entryId: toewijzing.eventIds[0],
        reason: CORRECTION_REASON,
        changes: { ingangsdatum: '2026-03-09' },
      },
      jeugdWorker,
    );
    const withdrawal = await post(
      'withdrawEntry',
      { householdId, entryId: contact.eventIds[0], reason: WITHDRAWAL_REASON },
      jeugdWorker,
    );
    const ids = [correction.eventIds[0]!, withdrawal.eventIds[0]!];

    const [annaPushed, wmoPushed, jeugdPushed] = await Promise.all(subscribers.map((pushed) => until(pushed, ids)));
    const annaRead = (await timeline(householdId, anna)).filter((entry) => ids.includes(entry.id));
    const wmoRead = (await timeline(householdId, wmoWorker)).filter((entry) => ids.includes(entry.id));
    const jeugdRead = (await timeline(householdId, jeugdWorker)).filter((entry) => ids.includes(entry.id));

    // Everyone with a view of Jeugd's entries sees both, so the checks below are not vacuous.
    for (const seen of [annaPushed, jeugdPushed, annaRead, jeugdRead]) {
      expect(seen.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    }
    // Wmo's staff have no view of Jeugd's entries, over HTTP or pushed.
    expect([...wmoPushed, ...wmoRead]).toEqual([]);
    for (const seen of [annaPushed, annaRead]) {
      const text = JSON.stringify(seen);
      expect(text).not.toContain('kliniek');
      expect(text).not.toContain('mishandeling');
      expect(seen.map((entry) => entry.note)).toEqual([null, null]);
    }
    for (const seen of [jeugdPushed, jeugdRead]) {
      const byId = new Map(seen.map((entry) => [entry.id, entry]));
      expect(byId.get(ids[0])).toMatchObject({ domain: 'JEUGD', note: CORRECTION_REASON });
      expect(byId.get(ids[1])).toMatchObject({ domain: 'JEUGD', note: WITHDRAWAL_REASON });
    }
    for (const seen of [annaRead, jeugdPushed]) {
      const byId = new Map(seen.map((entry) => [entry.id, entry]));
      expect(byId.get(ids[0])!.summary).toBe('Correctie van een eerdere registratie');
      expect(byId.get(ids[1])!.summary).toBe('Eerdere registratie ingetrokken');
    }
  });
});
