import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { beheerder, startTestApp, tokenFor, type TestApp } from './test-app';

// timelineUpdated over graphql-ws against the real app listening on an ephemeral port (embedded store).

const RECORDED = 'householdId eventIds streamRevision position';
// Reads the household's timeline by role and domain (the beheerder's access is administrative, without the timeline),
// once Jeugd has recorded something in the household.
const jeugdteam = { userId: 'u-jeugd-joost', role: 'domeinmedewerker', domain: 'JEUGD', gemeente: '0363' };
const wonenteam = { userId: 'u-wonen-wim', role: 'domeinmedewerker', domain: 'WONEN', gemeente: '0363' };
const auditor = { userId: 'u-audit', role: 'auditor', gemeente: '0363' };

interface LogLine {
  userId: string;
  operation: string;
  action: string;
  personIds: string[];
  basis: string;
}

interface PushedEntry {
  id: string;
  domain: string;
  type: string;
  summary: string;
  occurredAt: string;
  corrected: boolean;
  withdrawn: boolean;
  note: string | null;
}

/** Collects what a subscription pushes; `next(n)` waits (bounded) until n entries arrived. */
class Collector {
  readonly entries: PushedEntry[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private wake: (() => void) | undefined;

  push(entry: PushedEntry): void {
    this.entries.push(entry);
    this.wake?.();
  }

  fail(error: unknown): void {
    this.errors.push(error);
    this.wake?.();
  }

  async waitFor(count: number, timeoutMs: number): Promise<PushedEntry[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.entries.length < count && this.errors.length === 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
    return this.entries;
  }
}

describe('timelineUpdated over graphql-ws', () => {
  let api: TestApp;
  let client: Client | undefined;
  let url: string;

  beforeAll(async () => {
    api = await startTestApp('embedded');
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    url = `ws://127.0.0.1:${port}/graphql`;
  });

  afterAll(async () => {
    await client?.dispose();
    await api?.close();
  });

  async function registerHousehold(name: string): Promise<string> {
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      {
        input: {
          gemeente: '0363',
          name,
          members: [{ bsn: '111222333', name: 'Sanne de Vries', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
    expect(errors).toBeUndefined();
    return data!.registerHousehold.householdId;
  }

  async function assignRegisseur(householdId: string, userId: string, name: string) {
    const { data, errors } = await api.graphql<{ assignRegisseur: { eventIds: string[]; position: string } }>(
      `mutation($input: AssignRegisseurInput!) { assignRegisseur(input: $input) { ${RECORDED} } }`,
      { input: { householdId, regisseurUserId: userId, regisseurName: name, reason: 'Start regie' } },
      beheerder,
    );
    expect(errors).toBeUndefined();
    return data!.assignRegisseur;
  }

  /** Jeugd records a contactmoment: from then on Jeugd is involved and its staff read the household's timeline. */
  async function involveJeugd(householdId: string): Promise<string> {
    const members = await api.graphql<{ household: { members: { id: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id } } }`,
      { id: householdId },
      beheerder,
    );
    const memberId = members.data!.household.members[0]!.id;
    const { errors } = await api.graphql(
      `mutation($input: RecordJeugdContactmomentInput!) { recordJeugdContactmoment(input: $input) { position } }`,
      { input: { householdId, memberId, datum: '2026-04-02', soort: 'GESPREK', note: 'Kennismaking' } },
      jeugdteam,
    );
    expect(errors).toBeUndefined();
    return memberId;
  }

  async function logLines(householdId: string): Promise<LogLine[]> {
    const { data, errors } = await api.graphql<{ processingLog: { edges: { node: LogLine }[] } }>(
      `query($filter: ProcessingLogFilter) { processingLog(filter: $filter, first: 100) {
        edges { node { userId operation action personIds basis } } } }`,
      { filter: { householdId } },
      auditor,
    );
    expect(errors).toBeUndefined();
    return data!.processingLog.edges.map((edge) => edge.node);
  }

  it('pushes the entry of a mutation on the subscribed household, and only of that household', async () => {
    const householdId = await registerHousehold('Familie De Vries');
    const otherHouseholdId = await registerHousehold('Familie Jansen');
    const memberId = await involveJeugd(householdId);

    let connected!: () => void;
    const isConnected = new Promise<void>((resolve) => (connected = resolve));
    client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tokenFor(jeugdteam)}` },
      retryAttempts: 0,
      lazy: false,
      on: { connected: () => connected() },
    });
    const collector = new Collector();
    const unsubscribe = client.subscribe<{ timelineUpdated: PushedEntry }>(
      {
        query: `subscription($householdId: ID!) { timelineUpdated(householdId: $householdId) {
          id domain type summary occurredAt corrected withdrawn note } }`,
        variables: { householdId },
      },
      {
        next: (result) => {
          if (result.errors) collector.fail(result.errors);
          else if (result.data) collector.push(result.data.timelineUpdated);
        },
        error: (error) => collector.fail(error),
        complete: () => (collector.completed = true),
      },
    );
    let connectTimer: NodeJS.Timeout | undefined;
    await Promise.race([
      isConnected,
      new Promise((_, reject) => {
        connectTimer = setTimeout(() => reject(new Error('graphql-ws did not connect in 5 s')), 5000);
      }),
    ]).finally(() => clearTimeout(connectTimer));
    // The Subscribe message travels after the ack; give the server a moment to register the listener.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // A write on another household is not pushed to this subscriber.
    await assignRegisseur(otherHouseholdId, 'u-regisseur-bram', 'Bram Smit');
    const recorded = await assignRegisseur(householdId, 'u-regisseur-anna', 'Anna Bakker');

    const entries = await collector.waitFor(1, 5000);
    expect(collector.errors).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(recorded.eventIds).toContain(entries[0]!.id);
    expect(entries[0]).toEqual({
      id: recorded.eventIds[0],
      domain: 'HOUSEHOLD',
      type: 'household.RegisseurAssigned',
      summary: 'Anna Bakker is regisseur',
      occurredAt: expect.any(String),
      corrected: false,
      withdrawn: false,
      note: null,
    });

    // A second write arrives as well, in order; nothing of the other household ever shows up.
    const handover = await assignRegisseur(householdId, 'u-regisseur-bram', 'Bram Smit');
    const both = await collector.waitFor(2, 5000);
    expect(both.map((entry) => entry.id)).toEqual([...recorded.eventIds, ...handover.eventIds]);
    expect(both[1]!.summary).toBe('Regie overgedragen van Anna Bakker aan Bram Smit');

    unsubscribe();
    expect(collector.errors).toEqual([]);

    // Each pushed entry is a disclosure of its own in the verwerkingenlog, after the one line of the subscription.
    const lines = (await logLines(householdId)).filter((line) => line.userId === jeugdteam.userId);
    expect(lines.filter((line) => line.action === 'timeline.subscribe')).toHaveLength(1);
    const pushes = lines.filter((line) => line.action === 'timeline.push');
    expect(pushes).toHaveLength(2);
    for (const push of pushes) {
      expect(push).toMatchObject({ operation: 'READ', personIds: [memberId] });
      expect(push.basis).toContain('domeinmedewerker JEUGD');
    }
  });

  it('refuses the timeline to a domain that has recorded nothing in the household, and logs the refusal', async () => {
    const householdId = await registerHousehold('Familie Zonder-Wonen');
    await involveJeugd(householdId);
    const ws = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tokenFor(wonenteam)}` },
      retryAttempts: 0,
      lazy: false,
    });
    const codes = await new Promise<unknown[]>((resolve) => {
      ws.subscribe(
        {
          query: 'subscription($householdId: ID!) { timelineUpdated(householdId: $householdId) { id } }',
          variables: { householdId },
        },
        {
          next: (result) => resolve((result.errors ?? []).map((error) => error.extensions?.code)),
          error: (error) => resolve((error as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code)),
          complete: () => undefined,
        },
      );
    });
    await ws.dispose();
    expect(codes).toEqual(['FORBIDDEN']);
    const lines = (await logLines(householdId)).filter((line) => line.userId === wonenteam.userId);
    expect(lines).toEqual([expect.objectContaining({ operation: 'DENIED', action: 'timeline.subscribe' })]);
  });

  it('tells the old regisseur FORBIDDEN at once after a handover, then ends the stream', async () => {
    const householdId = await registerHousehold('Familie Jansen-Overdracht');
    await assignRegisseur(householdId, 'u-regisseur-anna', 'Anna Bakker');
    const anna = { userId: 'u-regisseur-anna', role: 'regisseur', gemeente: '0363', name: 'Anna Bakker' };
    const ws = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${await tokenFor(anna)}` },
      retryAttempts: 0,
      lazy: false,
    });
    const errors: { extensions?: { code?: string } }[] = [];
    let completed = false;
    ws.subscribe(
      {
        query: 'subscription($householdId: ID!) { timelineUpdated(householdId: $householdId) { id } }',
        variables: { householdId },
      },
      {
        next: (result) => errors.push(...((result.errors ?? []) as never[])),
        error: (error) => errors.push(error as never),
        complete: () => (completed = true),
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await assignRegisseur(householdId, 'u-regisseur-bram', 'Bram Smit');
    const deadline = Date.now() + 5000;
    while (!completed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await ws.dispose();
    expect(errors.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(completed).toBe(true);
  });
});
