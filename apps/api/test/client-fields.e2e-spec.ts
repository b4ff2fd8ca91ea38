import { todayInNetherlands } from '@regie/household';
import { TimelineProjector } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// What the first real client needed from the api (issue 15): business dates as dates, worklist items that link to
// their timeline entry, and refused fields named by their path whichever layer refuses them.

const anna: TestActor = { userId: 'u-regisseur-fields', role: 'regisseur', name: 'Anna Bakker' };
const wmo: TestActor = { userId: 'u-fields-wmo', role: 'domeinmedewerker', name: 'Wendy Wmo', domain: 'WMO' };
const jeugd: TestActor = { userId: 'u-fields-jeugd', role: 'domeinmedewerker', name: 'Jan Jeugd', domain: 'JEUGD' };
const JEUGD_AGB = '21000021';
const today = todayInNetherlands();
const daysAgo = (days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

interface Entry {
  id: string;
  type: string;
  occurredAt: string;
  occurredOn: string | null;
}

describe('client-facing fields (issue 15) over HTTP on PostgreSQL', () => {
  let api: TestApp;
  let householdId: string;
  let sanne: string;
  let noah: string;
  let meldingEntry: string;
  let toewijzingEntry: string;
  const meldingsdatum = daysAgo(50);

  async function mutate(name: string, input: Record<string, unknown>, actor: TestActor, fields = '') {
    const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
    return api.graphql<Record<string, Record<string, unknown>>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { eventIds position ${fields} } }`,
      { input },
      actor,
    );
  }
  async function ok(name: string, input: Record<string, unknown>, actor: TestActor, fields = '') {
    const { data, errors } = await mutate(name, input, actor, fields);
    if (errors) throw new Error(`${name}: ${JSON.stringify(errors)}`);
    const result = data![name]!;
    const projector = api.app.get(TimelineProjector, { strict: false });
    expect(await projector.waitFor(BigInt(result.position as string), 10_000)).toBe(true);
    return result;
  }
  const basis = (actor: TestActor) =>
    ok(
      'recordSharingBasis',
      {
        householdId,
        domain: actor.domain,
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 5.1 Wmo 2015',
        memberIds: [],
        validFrom: '2025-01-01',
        validUntil: '2099-12-31',
      },
      actor,
    );

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await ok('registerProvider', { agbCode: JEUGD_AGB, name: 'Jeugdhulp Velden', domains: ['JEUGD'] }, beheerder);
    const registered = await ok(
      'registerHousehold',
      {
        gemeente: '0363',
        name: 'Familie Velden',
        members: [
          { bsn: '111222333', name: 'Sanne Velden', birthDate: '1986-05-14', relation: 'OUDER_VERZORGER' },
          { bsn: '856885253', name: 'Noah Velden', birthDate: '2014-09-02', relation: 'KIND' },
        ],
      },
      beheerder,
      'householdId memberIds',
    );
    householdId = registered.householdId as string;
    [sanne, noah] = registered.memberIds as [string, string];
    await ok(
      'assignRegisseur',
      { householdId, regisseurUserId: anna.userId, regisseurName: anna.name, reason: 'start' },
      beheerder,
    );
    await basis(wmo);
    await basis(jeugd);
    const melding = await ok(
      'recordWmoMelding',
      { householdId, memberId: sanne, meldingsdatum, hulpvraag: 'Hulp in huis' },
      wmo,
    );
    meldingEntry = (melding.eventIds as string[])[0]!;
    // Allocated 70 days ago, never started, without an afweging: waits over the norm and is maatwerk without ladder.
    const toewijzing = await ok(
      'recordJeugdToewijzing',
      {
        householdId,
        memberId: noah,
        providerAgb: JEUGD_AGB,
        toewijzingNummer: 'TJFIELDS',
        toewijzingsdatum: daysAgo(70),
        ingangsdatum: daysAgo(70),
        productcategorie: '45',
        verwijzer: '01',
      },
      jeugd,
    );
    toewijzingEntry = (toewijzing.eventIds as string[])[0]!;
  }, 60_000);
  afterAll(() => api?.close());

  it('gives an entry on a business date its date (occurredOn) next to the instant; an instant has no date', async () => {
    const { data, errors } = await api.graphql<{ household: { timeline: { edges: { node: Entry }[] } } }>(
      `query($id: ID!) { household(id: $id) { timeline(first: 50) { edges { node { id type occurredAt occurredOn } } } } }`,
      { id: householdId },
      anna,
    );
    expect(errors).toBeUndefined();
    const entries = data!.household.timeline.edges.map((edge) => edge.node);
    const melding = entries.find((entry) => entry.id === meldingEntry)!;
    expect(melding.occurredOn).toBe(meldingsdatum);
    expect(melding.occurredAt).toBe(`${meldingsdatum}T00:00:00.000Z`);
    const handover = entries.find((entry) => entry.type === 'household.RegisseurAssigned')!;
    expect(handover.occurredOn).toBeNull();
    expect(handover.occurredAt).toMatch(/T\d\d:\d\d:\d\d/);
  });

  it('links every worklist item to its timeline entry (entryId)', async () => {
    const { data, errors } = await api.graphql<{ signals: { edges: { node: { kind: string; entryId: string } }[] } }>(
      `{ signals(first: 50) { edges { node { kind entryId } } } }`,
      {},
      anna,
    );
    expect(errors).toBeUndefined();
    expect(data!.signals.edges.map((edge) => edge.node).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'MAATWERK_ZONDER_AFWEGING', entryId: toewijzingEntry },
      { kind: 'TOEWIJZING_WACHT_TE_LANG', entryId: toewijzingEntry },
      { kind: 'WMO_ONDERZOEK_TE_LAAT', entryId: meldingEntry },
    ]);
  });

  it('names a field a decider refused by its path from the argument on, as the edge’s validation does', async () => {
    const { errors } = await mutate(
      'recordWmoMelding',
      { householdId, memberId: sanne, meldingsdatum: '2199-01-01', hulpvraag: 'Later' },
      wmo,
    );
    expect(errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.meldingsdatum',
      fields: ['input.meldingsdatum'],
      problems: [{ field: 'input.meldingsdatum', message: errors![0]!.message }],
    });
  });

  it('names a value GraphQL refused (not in an enum) by its path in the variables', async () => {
    const { errors } = await mutate(
      'recordSharingBasis',
      {
        householdId,
        domain: 'ONDERWIJS',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'x',
        memberIds: [],
        validFrom: '2025-01-01',
        validUntil: '2099-12-31',
      },
      wmo,
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.domain'] });
    expect(errors![0]!.message).toBe('Ongeldige invoer: input.domain "ONDERWIJS" is geen waarde van Domain');
  });
});
