import { todayInNetherlands, type LocalDate } from '@regie/household';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// A Wmo consultant's review of what the regisseur sees of care episodes (toewijzing → start → stop), over HTTP on
// PostgreSQL through the public mutations: care that starts again after a stop "tijdelijk beëindigd" (reden 20) runs
// again, from the restart, and keeps its first start for the wachttijd; a toewijzing whose ingangsdatum is still to
// come does not wait, and a wait counts from the ingangsdatum when that is later than the toewijzing. All dates are
// relative to today so the story keeps working.

const anna: TestActor = { userId: 'u-regisseur-episodes', role: 'regisseur', name: 'Anna Bakker' };
const worker = (domain: string, name: string): TestActor => ({
  userId: `u-episodes-${domain.toLowerCase()}`,
  role: 'domeinmedewerker',
  name,
  domain,
});
const wmo = worker('WMO', 'Wendy Wmo-consulent');
const jeugd = worker('JEUGD', 'Jeroen Jeugdconsulent');
const WMO_AGB = '22000001';
const JEUGD_AGB = '22000002';

const today = todayInNetherlands();
const addDays = (date: LocalDate, days: number): LocalDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);

interface Episode {
  key: string;
  toegewezenOp: string | null;
  ingangsdatum: string | null;
  gestartOp: string | null;
  restartedOn: string | null;
  waitingFrom: string | null;
  wachttijdDays: number | null;
  normDays: number | null;
  overNorm: boolean;
  stillWaiting: boolean;
  startsLater: boolean;
}
interface WorklistNode {
  kind: string;
  key: string;
  since: string;
  dueOn: string | null;
  daysOverdue: number;
}

describe('care episodes as the regisseur sees them: restarts and the ingangsdatum, over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let sanne: string;
  let noah: string;

  const ok = async (name: string, input: Record<string, unknown>, actor: TestActor, fields = 'eventIds') => {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, Record<string, unknown>>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    return data![name]!;
  };
  const read = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { data, errors } = await api.graphql<T>(query, variables, anna);
    if (errors) throw new Error(JSON.stringify(errors));
    return data!;
  };
  /** The regisseur reads what another user wrote: the projector may need a moment. */
  const eventually = async (check: () => Promise<void>) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await check();
      } catch (error) {
        if (attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  const episode = async (key: string): Promise<Episode | undefined> => {
    const { household } = await read<{ household: { providers: { active: Episode[] }[] } }>(
      `query($id: ID!) { household(id: $id) { providers { active {
        key toegewezenOp ingangsdatum gestartOp restartedOn waitingFrom wachttijdDays normDays overNorm stillWaiting
        startsLater } } } }`,
      { id: householdId },
    );
    return household.providers.flatMap((provider) => provider.active).find((active) => active.key === key);
  };
  const waits = async (): Promise<WorklistNode[]> => {
    const { signals } = await read<{ signals: { edges: { node: WorklistNode }[] } }>(
      '{ signals(first: 50) { edges { node { kind key since dueOn daysOverdue } } } }',
    );
    return signals.edges.map(({ node }) => node).filter((node) => node.kind === 'TOEWIJZING_WACHT_TE_LANG');
  };
  const toewijzing = (
    actor: TestActor,
    input: { toewijzingNummer: string; toewijzingsdatum: string; ingangsdatum: string },
  ) =>
    actor === wmo
      ? ok(
          'recordWmoToewijzing',
          { householdId, memberId: sanne, providerAgb: WMO_AGB, productcategorie: '02', ...input },
          wmo,
        )
      : ok(
          'recordJeugdToewijzing',
          {
            householdId,
            memberId: noah,
            providerAgb: JEUGD_AGB,
            productcategorie: '45',
            verwijzer: '02',
            ...input,
          },
          jeugd,
        );
  const start = (actor: TestActor, toewijzingNummer: string, begindatum: string) =>
    ok(
      actor === wmo ? 'recordWmoZorgStart' : 'recordJeugdZorgStart',
      { householdId, toewijzingNummer, begindatum },
      actor,
    );
  const stop = (actor: TestActor, toewijzingNummer: string, einddatum: string) =>
    ok(
      actor === wmo ? 'recordWmoZorgStop' : 'recordJeugdZorgStop',
      { householdId, toewijzingNummer, einddatum, redenBeeindiging: '20' },
      actor,
    );

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await ok('registerProvider', { agbCode: WMO_AGB, name: 'Thuiszorg Zuid', domains: ['WMO'] }, beheerder);
    await ok('registerProvider', { agbCode: JEUGD_AGB, name: 'Jeugdhulp Samen', domains: ['JEUGD'] }, beheerder);
    const registered = await ok(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Familie Bos',
        members: [
          { bsn: '111222333', name: 'Sanne Bos', birthDate: '1986-05-14', relation: 'OUDER_VERZORGER' },
          { bsn: '856885253', name: 'Noah Bos', birthDate: '2014-09-02', relation: 'KIND' },
        ],
      },
      beheerder,
      'householdId',
    );
    householdId = registered.householdId as string;
    const { data } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      'query($id: ID!) { household(id: $id) { members { id name } } }',
      { id: householdId },
      beheerder,
    );
    sanne = data!.household.members.find((member) => member.name === 'Sanne Bos')!.id;
    noah = data!.household.members.find((member) => member.name === 'Noah Bos')!.id;
    await ok(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'Meervoudige problematiek' },
      beheerder,
    );
    for (const [actor, wettelijkeBepaling] of [
      [wmo, 'art. 5.1 Wmo 2015'],
      [jeugd, 'art. 7.1.1 Jeugdwet'],
    ] as const) {
      await ok(
        'recordSharingBasis',
        {
          householdId,
          domain: actor.domain,
          grondslag: 'WETTELIJKE_TAAK',
          wettelijkeBepaling,
          memberIds: [],
          validFrom: '2025-01-01',
          validUntil: '2099-12-31',
        },
        actor,
      );
    }
  }, 90_000);

  afterAll(() => api?.close());

  it('Wmo: after WMO307 reden 20 and a new WMO305 it runs again; the wachttijd ends at the first start', async () => {
    await toewijzing(wmo, { toewijzingNummer: '8000101', toewijzingsdatum: daysAgo(56), ingangsdatum: daysAgo(56) });
    await start(wmo, '8000101', daysAgo(56));
    await eventually(async () => expect(await episode('8000101')).toMatchObject({ gestartOp: daysAgo(56) }));
    await stop(wmo, '8000101', daysAgo(6));
    await eventually(async () => expect(await episode('8000101')).toBeUndefined());
    await start(wmo, '8000101', daysAgo(1));
    await eventually(async () =>
      expect(await episode('8000101')).toEqual({
        key: '8000101',
        toegewezenOp: daysAgo(56),
        ingangsdatum: daysAgo(56),
        gestartOp: daysAgo(56),
        restartedOn: daysAgo(1),
        waitingFrom: daysAgo(56),
        wachttijdDays: 0,
        normDays: null,
        overNorm: false,
        stillWaiting: false,
        startsLater: false,
      }),
    );
  });

  it('Jeugd: after JW307 reden 20 and a new JW305 it runs again; the wachttijd starts at the ingangsdatum', async () => {
    await toewijzing(jeugd, {
      toewijzingNummer: '4100031',
      toewijzingsdatum: daysAgo(70),
      ingangsdatum: daysAgo(63),
    });
    await start(jeugd, '4100031', daysAgo(50));
    await stop(jeugd, '4100031', daysAgo(20));
    await start(jeugd, '4100031', daysAgo(3));
    await eventually(async () =>
      expect(await episode('4100031')).toMatchObject({
        gestartOp: daysAgo(50),
        restartedOn: daysAgo(3),
        waitingFrom: daysAgo(63),
        wachttijdDays: 13,
        normDays: 42,
        overNorm: false,
        stillWaiting: false,
      }),
    );
  });

  it('Jeugd: a toewijzing that may start only later does not wait; one waits from its ingangsdatum', async () => {
    // The consultant's repro: toegewezen 97 days ago, ingangsdatum in four weeks. It was "55 dagen" over the norm.
    await toewijzing(jeugd, {
      toewijzingNummer: '4100032',
      toewijzingsdatum: daysAgo(97),
      ingangsdatum: addDays(today, 28),
    });
    await toewijzing(jeugd, { toewijzingNummer: '4100033', toewijzingsdatum: daysAgo(97), ingangsdatum: daysAgo(50) });
    await eventually(async () =>
      expect(await episode('4100032')).toMatchObject({
        toegewezenOp: daysAgo(97),
        ingangsdatum: addDays(today, 28),
        waitingFrom: addDays(today, 28),
        wachttijdDays: 0,
        overNorm: false,
        stillWaiting: false,
        startsLater: true,
      }),
    );
    expect(await episode('4100033')).toMatchObject({
      waitingFrom: daysAgo(50),
      wachttijdDays: 50,
      overNorm: true,
      stillWaiting: true,
      startsLater: false,
    });
    expect(await waits()).toEqual([
      { kind: 'TOEWIJZING_WACHT_TE_LANG', key: '4100033', since: daysAgo(50), dueOn: daysAgo(8), daysOverdue: 8 },
    ]);
    const { myHouseholds } = await read<{
      myHouseholds: { edges: { node: { activeProviders: number; overdueWaits: number } }[] };
    }>('{ myHouseholds { edges { node { activeProviders overdueWaits } } } }');
    // Both providers have care that runs or waits: the restarted Wmo ondersteuning counts again.
    expect(myHouseholds.edges.map(({ node }) => node)).toEqual([{ activeProviders: 2, overdueWaits: 1 }]);
  });
});
