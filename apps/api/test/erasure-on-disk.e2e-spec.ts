import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TimelineProjector } from '@regie/timeline';
import { beheerder, startTestApp, type TestActor, type TestApp } from './test-app';

// Erasure on the embedded store reaches the disk: after `forgetPerson` is projected and the api stops, no file of the
// data directory (tables, WAL, anything) holds the forgotten person's name, BSN or free text. Dead rows and old WAL
// segments are files too, and PGlite never vacuums on its own.

const RECORDED = 'householdId eventIds position';
const jeugdWorker: TestActor = {
  userId: 'u-jeugd-joris',
  role: 'domeinmedewerker',
  name: 'Joris Jeugdteam',
  domain: 'JEUGD',
  gemeente: '0363',
};
const wmoWorker: TestActor = { ...jeugdWorker, userId: 'u-wmo-wendy', name: 'Wendy Wmo', domain: 'WMO' };
const provider = { agbCode: '11009902', name: 'Jeugdhulp Het Anker', domains: ['JEUGD'] };

/** Values no other row or file could hold by chance. */
const CHILD = { bsn: '274910111', name: 'Quirijn Vlasblom-Xandergaard', birthDate: '2013-05-17', relation: 'KIND' };
const PARENT = { bsn: '274910925', name: 'Ilse Xandergaard', birthDate: '1984-09-03', relation: 'OUDER_VERZORGER' };
const ABOUT_CHILD = {
  contact: 'Huisbezoek: Quirijn bouwt zeppelins van wasknijpers',
  hulpvraag: 'Quirijn kan de fietsenstalling niet meer in sinds de knieoperatie',
  requestKey: 'verzoek Quirijn dagbesteding',
};
const CHILD_VALUES = [CHILD.bsn, CHILD.name, ...Object.values(ABOUT_CHILD)];

/** The files under `directory` whose bytes contain `value` (UTF-8), relative to it. */
function filesContaining(directory: string, value: string): string[] {
  const needle = Buffer.from(value, 'utf8');
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(needle))
    .map((file) => file.slice(directory.length + 1));
}

describe('forgetPerson on the embedded store: nothing of the person stays in any file', () => {
  let api: TestApp;
  let directory: string;

  beforeAll(async () => {
    api = await startTestApp('embedded');
    directory = api.dataDirectory!;
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  async function post(mutation: string, input: Record<string, unknown>, actor: TestActor) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    const { data, errors } = await api.graphql<Record<string, { householdId: string; position: string }>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${RECORDED} } }`,
      { input },
      actor,
    );
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation]!;
  }
  const projected = async (position: string) =>
    expect(await api.app.get(TimelineProjector, { strict: false }).waitFor(BigInt(position), 20_000)).toBe(true);

  it('records a child with free text; their name and text are on disk', async () => {
    await post('registerProvider', provider, beheerder);
    const registered = await post(
      'registerHousehold',
      { gemeente: '0363', name: 'Huishouden Xandergaard', members: [PARENT, CHILD] },
      beheerder,
    );
    const householdId = registered.householdId;
    await projected(registered.position);
    const { data } = await api.graphql<{ household: { members: { id: string; name: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id name } } }`,
      { id: householdId },
    );
    const childId = data!.household.members.find((member) => member.name === CHILD.name)!.id;
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
    await post(
      'recordJeugdContactmoment',
      {
        householdId,
        memberId: childId,
        providerAgb: provider.agbCode,
        datum: '2026-04-02',
        soort: 'HUISBEZOEK',
        note: ABOUT_CHILD.contact,
      },
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
    const melding = await post(
      'recordWmoMelding',
      { householdId, memberId: childId, meldingsdatum: '2026-05-04', hulpvraag: ABOUT_CHILD.hulpvraag },
      wmoWorker,
    );
    await projected(melding.position);
    // The read model shows the name in plaintext, so it is in the WAL at least: the check below can fail.
    expect(filesContaining(directory, CHILD.name)).not.toEqual([]);

    const erased = await post(
      'forgetPerson',
      { householdId, memberId: childId, reason: 'Verzoek tot verwijdering (AVG art. 17)' },
      beheerder,
    );
    await projected(erased.position);
  });

  it('after the erasure is projected and the api stops, no file holds the name, BSN or free text', async () => {
    await api.app.close();
    const found = CHILD_VALUES.flatMap((value) => filesContaining(directory, value).map((file) => `${file}: ${value}`));
    expect(found).toEqual([]);
    // The parent, not forgotten, is still there.
    expect(filesContaining(directory, PARENT.name)).not.toEqual([]);
  });
});
