import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { legacyProviderStream, PROVIDER_REGISTERED } from '@regie/household';
import { TimelineProjector } from '@regie/timeline';
import { startTestApp, type TestActor, type TestApp } from './test-app';

// Issue 13 item 13: the provider register was shared by every gemeente, first writer wins, so gemeente B could
// register A's provider's AGB-code as "(fraude)" and A then got PROVIDER_EXISTS and saw B's name. Each gemeente now
// keeps its own register; `providers` lists the caller's.

const beheerderA: TestActor = {
  userId: 'u-beheer-a',
  role: 'functioneel_beheerder',
  name: 'Beheer A',
  gemeente: '0363',
};
const beheerderB: TestActor = {
  userId: 'u-beheer-b',
  role: 'functioneel_beheerder',
  name: 'Beheer B',
  gemeente: '0599',
};
const jeugdA: TestActor = { userId: 'u-jeugd-a', role: 'domeinmedewerker', name: 'Jeugd A', domain: 'JEUGD' };
const regisseurA: TestActor = { userId: 'u-regie-a', role: 'regisseur', name: 'Regie A', gemeente: '0363' };
const wmoB: TestActor = { userId: 'u-wmo-b', role: 'domeinmedewerker', domain: 'WMO', gemeente: '0599' };
const NOORD = '31000001';
const FIRST_BY_B = '31000002';
const LEGACY = '31000003';

interface Provider {
  agbCode: string;
  name: string;
  domains: string[];
}

describe('each gemeente keeps its own provider register (issue 13 item 13, issue 15) on PostgreSQL', () => {
  let api: TestApp;

  const register = (provider: Provider, actor: TestActor) =>
    api.graphql<{ registerProvider: { position: string } }>(
      `mutation($input: RegisterProviderInput!) { registerProvider(input: $input) { position } }`,
      { input: provider },
      actor,
    );
  const providers = async (actor: TestActor, domain?: string) => {
    const { data, errors } = await api.graphql<{ providers: Provider[] }>(
      `query($domain: Domain) { providers(domain: $domain) { agbCode name domains } }`,
      { domain },
      actor,
    );
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.providers;
  };
  const projected = async (position: string | bigint) =>
    expect(await api.app.get(TimelineProjector, { strict: false }).waitFor(BigInt(position), 10_000)).toBe(true);

  beforeAll(async () => {
    api = await startTestApp('postgres');
  }, 60_000);
  afterAll(() => api?.close());

  it('lets B register A’s AGB-code under another name without changing A’s register or A’s timeline', async () => {
    const a = await register({ agbCode: NOORD, name: 'Jeugdhulp Noord', domains: ['JEUGD'] }, beheerderA);
    expect(a.errors).toBeUndefined();
    const b = await register({ agbCode: NOORD, name: '(fraude)', domains: ['WMO'] }, beheerderB);
    expect(b.errors).toBeUndefined();
    await projected(b.data!.registerProvider.position);

    expect(await providers(beheerderA)).toEqual([{ agbCode: NOORD, name: 'Jeugdhulp Noord', domains: ['JEUGD'] }]);
    expect(await providers(regisseurA)).toEqual([{ agbCode: NOORD, name: 'Jeugdhulp Noord', domains: ['JEUGD'] }]);
    expect(await providers(wmoB)).toEqual([{ agbCode: NOORD, name: '(fraude)', domains: ['WMO'] }]);

    // A's own register still refuses a second registration in A.
    const again = await register({ agbCode: NOORD, name: 'Nog eens', domains: ['JEUGD'] }, beheerderA);
    expect(again.errors?.[0]?.extensions.code).toBe('PROVIDER_EXISTS');

    // A household of A names the provider as A registered it, and uses A's domains (JEUGD), not B's (WMO).
    const registered = await api.graphql<{ registerHousehold: { householdId: string; memberIds: string[] } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId memberIds } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Register',
          members: [{ bsn: '856885253', name: 'Noah Register', birthDate: '2014-09-02', relation: 'KIND' }],
        },
      },
      beheerderA,
    );
    const { householdId, memberIds } = registered.data!.registerHousehold;
    for (const [mutation, input, actor] of [
      [
        'assignRegisseur',
        { householdId, regisseurUserId: regisseurA.userId, regisseurName: 'Regie A', reason: 'start' },
        beheerderA,
      ],
      [
        'recordSharingBasis',
        {
          householdId,
          domain: 'JEUGD',
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
          memberIds: [],
          validFrom: '2025-01-01',
          validUntil: '2099-12-31',
        },
        jeugdA,
      ],
      [
        'recordJeugdToewijzing',
        {
          householdId,
          memberId: memberIds[0],
          providerAgb: NOORD,
          toewijzingNummer: 'REG1',
          toewijzingsdatum: '2026-01-05',
          ingangsdatum: '2026-01-05',
          productcategorie: '45',
          verwijzer: '01',
        },
        jeugdA,
      ],
    ] as const) {
      const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
      const result = await api.graphql<Record<string, { position: string }>>(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { position } }`,
        { input },
        actor,
      );
      expect(result.errors).toBeUndefined();
      await projected(result.data![mutation]!.position);
    }
    const { data } = await api.graphql<{
      household: {
        providers: { name: string }[];
        timeline: { edges: { node: { summary: string; provider: { name: string } | null } }[] };
      };
    }>(
      `query($id: ID!) { household(id: $id) { providers { name }
         timeline(first: 10) { edges { node { summary provider { name } } } } } }`,
      { id: householdId },
      regisseurA,
    );
    expect(data!.household.providers).toEqual([{ name: 'Jeugdhulp Noord' }]);
    const toewijzing = data!.household.timeline.edges.find((edge) => edge.node.provider)!.node;
    expect(toewijzing.provider).toEqual({ name: 'Jeugdhulp Noord' });
    expect(JSON.stringify(data)).not.toContain('fraude');
  });

  it('lets A register an AGB-code B registered first (it was PROVIDER_EXISTS)', async () => {
    expect(
      (await register({ agbCode: FIRST_BY_B, name: '(fraude)', domains: ['WMO'] }, beheerderB)).errors,
    ).toBeUndefined();
    const a = await register({ agbCode: FIRST_BY_B, name: 'Thuiszorg Oost', domains: ['WMO'] }, beheerderA);
    expect(a.errors).toBeUndefined();
    await projected(a.data!.registerProvider.position);
    expect((await providers(beheerderA, 'WMO')).map((provider) => provider.name)).toEqual(['Thuiszorg Oost']);
    expect(await providers(beheerderA, 'WERK_EN_INKOMEN')).toEqual([]);
  });

  it('keeps a registration from before the per-gemeente register in the gemeente of the beheerder who made it', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE, { strict: false });
    const { position } = await store.append(
      legacyProviderStream(LEGACY),
      [
        {
          id: randomUUID(),
          type: PROVIDER_REGISTERED,
          data: { agbCode: LEGACY, name: 'Werkfit Oud', domains: ['WERK_EN_INKOMEN'] },
          metadata: {
            actor: beheerderB,
            correlationId: randomUUID(),
            occurredAt: '2025-01-01T00:00:00Z',
            domain: 'HOUSEHOLD',
          },
        },
      ],
      'no_stream',
    );
    await projected(position);
    expect((await providers(beheerderB)).map((provider) => provider.agbCode)).toContain(LEGACY);
    expect((await providers(beheerderA)).map((provider) => provider.agbCode)).not.toContain(LEGACY);
    const inB = await register({ agbCode: LEGACY, name: 'Dubbel', domains: ['WERK_EN_INKOMEN'] }, beheerderB);
    expect(inB.errors?.[0]?.extensions.code).toBe('PROVIDER_EXISTS');
    expect(
      (await register({ agbCode: LEGACY, name: 'Werkfit A', domains: ['WERK_EN_INKOMEN'] }, beheerderA)).errors,
    ).toBeUndefined();
  });

  it('refuses the register without a gemeente', async () => {
    const { errors } = await api.graphql(
      `{ providers { agbCode } }`,
      {},
      { userId: 'u-x', role: 'regisseur', gemeente: '' },
    );
    expect(errors?.[0]?.extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });
});
