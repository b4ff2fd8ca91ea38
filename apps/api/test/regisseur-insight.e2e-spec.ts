// The regisseur's insight over HTTP on PostgreSQL: worklist (`signals`), `myHouseholds` counts, `costs`, `zrm`,
// `maatwerkbudget`, `gemeenteCosts`, and that every part filters by the reader's grant. Domain and household events
// are appended straight into the store with the metadata HouseholdCommandExecutor writes, so this tests the read side
// whatever the state of the write side.
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { householdStream, todayInNetherlands } from '@regie/household';
import { TimelineProjector } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

const RECORDED = 'householdId eventIds streamRevision position';
const anna: TestActor = { userId: 'u-anna-insight', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const jeugdWorker: TestActor = { userId: 'u-jeugd', role: 'domeinmedewerker', domain: 'JEUGD', name: 'Jan Jeugd' };
const wmoWorker: TestActor = { userId: 'u-wmo', role: 'domeinmedewerker', domain: 'WMO', name: 'Wil Wmo' };

// From today in the Netherlands, as the worklist counts (UTC's date is a day behind after 23:00 UTC).
const daysAgo = (days: number) =>
  new Date(Date.parse(`${todayInNetherlands()}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

describe('regisseur insight over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let parentId: string;
  let childId: string;

  async function post(mutation: string, input: Record<string, unknown>, actor: TestActor) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, { position: string }>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    await projected(data![mutation]!.position);
  }

  async function projected(position: string | bigint) {
    expect(await api.app.get(TimelineProjector, { strict: false }).waitFor(BigInt(position), 10_000)).toBe(true);
  }

  /** Appends events as HouseholdCommandExecutor would (actor, correlation, occurredAt, household, domain). */
  async function append(actor: TestActor, events: { type: string; domain: string; data: unknown }[]) {
    const store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    const correlationId = randomUUID();
    const result = await store.append(
      householdStream(householdId),
      events.map(({ type, domain, data }) => ({
        id: randomUUID(),
        type,
        data,
        metadata: {
          actor: { userId: actor.userId, name: actor.name, role: actor.role, gemeente: '0363', domain: actor.domain },
          correlationId,
          occurredAt: new Date().toISOString(),
          householdId,
          domain,
        },
      })),
      'any',
    );
    await projected(result.position);
  }

  const basis = (domain: string, worker: TestActor) =>
    post(
      'recordSharingBasis',
      {
        householdId,
        domain,
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: domain === 'JEUGD' ? 'art. 7.1.1 Jeugdwet' : 'art. 5.1 Wmo 2015',
        memberIds: [],
        validFrom: '2026-01-01',
        validUntil: '2099-12-31',
      },
      worker,
    );

  beforeAll(async () => {
    api = await startTestApp('postgres');
    const { data, errors } = await api.graphql<{ registerHousehold: { householdId: string; position: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { ${RECORDED} } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Insight',
          members: [
            { bsn: '111222333', name: 'Sanne Insight', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' },
            { bsn: '856885253', name: 'Noah Insight', birthDate: '2012-07-30', relation: 'KIND' },
          ],
        },
      },
    );
    if (errors) throw new Error(JSON.stringify(errors));
    householdId = data!.registerHousehold.householdId;
    await projected(data!.registerHousehold.position);
    const read = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
    );
    const members = read.data!.household.members;
    parentId = members.find((member) => member.name === 'Sanne Insight')!.id;
    childId = members.find((member) => member.name === 'Noah Insight')!.id;
    await post(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
    );
    await basis('WMO', wmoWorker);

    // 365,000 cents over the 365 days of 2026: 1,000 a day, 31,000 in January.
    const budget = { ingangsdatum: '2026-01-01', einddatum: '2026-12-31', budget: 365_000 };
    await append(jeugdWorker, [
      {
        type: 'jeugd.ToewijzingVastgelegd',
        domain: 'JEUGD',
        data: {
          ...budget,
          memberId: childId,
          providerAgb: '12345678',
          toewijzingNummer: 'TJ-1',
          toewijzingsdatum: daysAgo(70),
          productcategorie: '45',
          verwijzer: '01',
          afweging: { lowerRungsConsidered: false, alternatives: [] },
        },
      },
    ]);
    await append(wmoWorker, [
      {
        type: 'wmo.MeldingOntvangen',
        domain: 'WMO',
        data: {
          meldingId: 'melding-1',
          memberId: parentId,
          meldingsdatum: daysAgo(50),
          onderzoekUiterlijk: daysAgo(8),
          hulpvraag: 'hulp bij het huishouden',
        },
      },
      {
        type: 'wmo.ToewijzingVastgelegd',
        domain: 'WMO',
        data: {
          ...budget,
          memberId: parentId,
          providerAgb: '87654321',
          toewijzingNummer: 'TW-1',
          toewijzingsdatum: '2026-01-01',
          productcategorie: '02',
        },
      },
    ]);
    await append(anna, [
      ...[
        ['2026-01-15', 2],
        ['2026-04-15', 4],
      ].map(([scoredOn, score]) => ({
        type: 'household.ZrmGescoord',
        domain: 'HOUSEHOLD',
        data: {
          zrmId: randomUUID(),
          memberId: parentId,
          scoredOn,
          scores: [{ domain: 'FINANCIEN', score }],
          goalIds: [],
        },
      })),
      {
        type: 'household.MaatwerkbudgetBesteed',
        domain: 'HOUSEHOLD',
        data: {
          spendId: 'sp-1',
          amountCents: 85_000,
          spentOn: '2026-02-01',
          budgetYear: 2026,
          purpose: 'huurachterstand',
          prevents: 'HUISUITZETTING',
          memberIds: [parentId],
        },
      },
    ]);
  }, 60_000);
  afterAll(() => api?.close());

  const HOUSEHOLD_INSIGHT = `query($id: ID!) { household(id: $id) {
    costs(from: "2026-01", to: "2026-02") { expectedCents domains { domain expectedCents realisedCents }
      months { month expectedCents domains { domain expectedCents } } }
    maatwerkDecisions { id domain withoutLadder lowerRungsConsidered alternativesOffered reasonGiven }
    zrm { member { id } zrmDomain change direction points { scoredOn score } }
    maatwerkbudget { spends { id amountCents prevents purpose evaluation { worked } } totalsPerYear { year spentCents } }
  } }`;

  interface Insight {
    household: {
      costs: { expectedCents: number; domains: { domain: string; expectedCents: number }[]; months: unknown[] };
      maatwerkDecisions: { id: string; domain: string; withoutLadder: boolean }[];
      zrm: { zrmDomain: string; change: number; direction: string; points: unknown[] }[];
      maatwerkbudget: { spends: { id: string; amountCents: number }[]; totalsPerYear: unknown[] };
    };
  }

  it('shows a Wmo domeinmedewerker Wmo costs only, and no Jeugd maatwerk without a basis for Jeugd', async () => {
    const { data, errors } = await api.graphql<Insight>(HOUSEHOLD_INSIGHT, { id: householdId }, wmoWorker);
    expect(errors).toBeUndefined();
    expect(data!.household.costs.domains).toEqual([{ domain: 'WMO', expectedCents: 59_000, realisedCents: 0 }]);
    expect(data!.household.costs.months).toEqual([
      { month: '2026-01', expectedCents: 31_000, domains: [{ domain: 'WMO', expectedCents: 31_000 }] },
      { month: '2026-02', expectedCents: 28_000, domains: [{ domain: 'WMO', expectedCents: 28_000 }] },
    ]);
    expect(data!.household.maatwerkDecisions).toEqual([]);
  });

  it('gives the regisseur a worklist and counts of what the bases share, and Jeugd once it is shared', async () => {
    const worklist = () =>
      api.graphql<{
        signals: {
          totalCount: number;
          edges: { node: { kind: string; domain: string; key: string; daysOverdue: number; householdName: string } }[];
        };
      }>(
        `{ signals(first: 10) { totalCount edges { node { kind domain key daysOverdue householdName dueOn } } } }`,
        {},
        anna,
      );
    const counts = () =>
      api.graphql<{ myHouseholds: { edges: { node: Record<string, number> }[] } }>(
        `{ myHouseholds { edges { node { openSignals overdueSignals overdueOnderzoeken overdueWaits maatwerkWithoutLadder } } } }`,
        {},
        anna,
      );

    const before = await worklist();
    expect(before.errors).toBeUndefined();
    expect(before.data!.signals.edges.map(({ node }) => [node.kind, node.key, node.daysOverdue])).toEqual([
      ['WMO_ONDERZOEK_TE_LAAT', 'melding-1', 8],
    ]);
    expect((await counts()).data!.myHouseholds.edges[0]!.node).toEqual({
      openSignals: 0,
      overdueSignals: 0,
      overdueOnderzoeken: 1,
      overdueWaits: 0,
      maatwerkWithoutLadder: 0,
    });

    await basis('JEUGD', jeugdWorker);
    const after = await worklist();
    expect(after.data!.signals.totalCount).toBe(3);
    expect(after.data!.signals.edges.map(({ node }) => [node.kind, node.key, node.daysOverdue])).toEqual([
      ['TOEWIJZING_WACHT_TE_LANG', 'TJ-1', 28],
      ['WMO_ONDERZOEK_TE_LAAT', 'melding-1', 8],
      ['MAATWERK_ZONDER_AFWEGING', 'TJ-1', 0],
    ]);
    expect(after.data!.signals.edges[0]!.node.householdName).toBe('Familie Insight');
    expect((await counts()).data!.myHouseholds.edges[0]!.node).toMatchObject({
      overdueWaits: 1,
      maatwerkWithoutLadder: 1,
      overdueOnderzoeken: 1,
    });

    const { data, errors } = await api.graphql<Insight>(HOUSEHOLD_INSIGHT, { id: householdId }, anna);
    expect(errors).toBeUndefined();
    expect(data!.household.costs.domains.map((domain) => [domain.domain, domain.expectedCents])).toEqual([
      ['JEUGD', 59_000],
      ['WMO', 59_000],
    ]);
    expect(data!.household.costs.expectedCents).toBe(118_000);
    expect(data!.household.maatwerkDecisions).toEqual([
      expect.objectContaining({ id: 'TJ-1', domain: 'JEUGD', withoutLadder: true }),
    ]);
    expect(data!.household.zrm).toEqual([
      expect.objectContaining({ zrmDomain: 'FINANCIEN', change: 2, direction: 'BETER' }),
    ]);
    expect(data!.household.maatwerkbudget).toEqual({
      spends: [expect.objectContaining({ id: 'sp-1', amountCents: 85_000, prevents: 'HUISUITZETTING' })],
      totalsPerYear: [{ year: 2026, spentCents: 85_000 }],
    });
  });

  it('refuses the worklist to anyone but a regisseur, and bad months with BAD_USER_INPUT', async () => {
    const refused = await api.graphql(`{ signals { edges { cursor } } }`, {}, wmoWorker);
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const bad = await api.graphql(
      `query($id: ID!) { household(id: $id) { costs(from: "2026-13", to: "2026-01") { expectedCents } } }`,
      { id: householdId },
      anna,
    );
    expect(bad.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('gives the functioneel beheerder the gemeente totals without households, and no one else', async () => {
    const query = `{ gemeenteCosts(from: "2026-01", to: "2026-01") { expectedCents
      months { month domains { domain expectedCents } } beforeAfterRegisseur { households } } }`;
    const { data, errors } = await api.graphql<{ gemeenteCosts: Record<string, unknown> }>(query, {}, beheerder);
    expect(errors).toBeUndefined();
    expect(data!.gemeenteCosts).toEqual({
      expectedCents: 62_000,
      months: [
        {
          month: '2026-01',
          domains: [
            { domain: 'JEUGD', expectedCents: 31_000 },
            { domain: 'WMO', expectedCents: 31_000 },
          ],
        },
      ],
      beforeAfterRegisseur: { households: 0 },
    });
    expect(JSON.stringify(data)).not.toContain(householdId);
    for (const actor of [anna, wmoWorker, { userId: 'u-audit', role: 'auditor', name: 'Ada Audit' }]) {
      const refused = await api.graphql(query, {}, actor);
      expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    }
  });
});
