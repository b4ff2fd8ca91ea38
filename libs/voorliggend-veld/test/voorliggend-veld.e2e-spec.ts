import { beheerder, startTestApp, type TestActor, type TestApp } from '../../../apps/api/test/test-app';
import { EXAMPLE_CATALOGUE } from '../src';

const RECORDED = 'voorzieningId gemeente eventIds streamRevision position';
const FIELDS = `voorzieningId naam omschrijving organisatie replaces { domain category } voorwaarden
  contact { telefoon email adres website } capaciteit { plaatsen per } wachttijdDagen geldigVanaf beeindigdPer reden`;
const REGISTER = `mutation($input: RegisterAlgemeneVoorzieningInput!) {
  registerAlgemeneVoorziening(input: $input) { ${RECORDED} } }`;
const UPDATE = `mutation($input: UpdateAlgemeneVoorzieningInput!) {
  updateAlgemeneVoorziening(input: $input) { ${RECORDED} } }`;
const END = `mutation($input: EndAlgemeneVoorzieningInput!) { endAlgemeneVoorziening(input: $input) { ${RECORDED} } }`;
const CATALOGUE = `query($gemeente: String, $replaces: ReplaceableSupportInput, $activeOn: String) {
  voorliggendVeld(gemeente: $gemeente, replaces: $replaces, activeOn: $activeOn) { ${FIELDS} } }`;

const wmoConsulent: TestActor = { userId: 'u-wmo', role: 'domeinmedewerker', domain: 'WMO', gemeente: '0363' };
const regisseur: TestActor = { userId: 'u-reg', role: 'regisseur', gemeente: '0363' };
const beheerderElders: TestActor = { ...beheerder, userId: 'u-beheer-0599', gemeente: '0599' };

const boodschappendienst = {
  naam: 'Boodschappendienst',
  omschrijving: 'Vrijwilligers doen wekelijks boodschappen voor wie dat zelf niet meer kan.',
  organisatie: 'Welzijnsorganisatie',
  replaces: [{ domain: 'WMO', category: '01' }],
  voorwaarden: 'De boodschappen betaalt de inwoner zelf.',
  contact: { telefoon: '030 700 4000' },
  capaciteit: { plaatsen: 25, per: 'WEEK' },
  geldigVanaf: '2025-01-01',
};

type Entry = Record<string, unknown> & { voorzieningId: string; naam: string };

describe('voorliggend-veld catalogue over HTTP on PostgreSQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  async function catalogue(variables: Record<string, unknown> = {}, actor: TestActor = wmoConsulent) {
    const { data, errors } = await api.graphql<{ voorliggendVeld: Entry[] }>(CATALOGUE, variables, actor);
    expect(errors).toBeUndefined();
    return data!.voorliggendVeld;
  }

  async function headPosition(): Promise<string | null> {
    const { data } = await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }');
    return data!.system.headPosition;
  }

  /** Runs a call that must be refused with `code`, and proves it wrote nothing. */
  async function refused(query: string, input: Record<string, unknown>, actor: TestActor, code: string) {
    const before = await headPosition();
    const { data, errors } = await api.graphql(query, { input }, actor);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions.code).toBe(code);
    expect(await headPosition()).toBe(before);
    return errors![0]!;
  }

  it('registers, changes and ends an entry; the query follows each step', async () => {
    const registered = await api.graphql<{ registerAlgemeneVoorziening: Record<string, string> }>(REGISTER, {
      input: boodschappendienst,
    });
    expect(registered.errors).toBeUndefined();
    const payload = registered.data!.registerAlgemeneVoorziening;
    expect(payload).toEqual({
      voorzieningId: expect.any(String),
      gemeente: '0363',
      eventIds: [expect.any(String)],
      streamRevision: '0',
      position: expect.stringMatching(/^[0-9]+$/),
    });
    const id = payload.voorzieningId!;

    expect(await catalogue()).toEqual([
      {
        ...boodschappendienst,
        voorzieningId: id,
        contact: { telefoon: '030 700 4000', email: null, adres: null, website: null },
        wachttijdDagen: null,
        beeindigdPer: null,
        reden: null,
      },
    ]);

    const updated = await api.graphql<{ updateAlgemeneVoorziening: Record<string, string> }>(UPDATE, {
      input: {
        voorzieningId: id,
        naam: 'Boodschappendienst Vrijwillige Thuishulp',
        capaciteit: null,
        wachttijdDagen: 7,
      },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateAlgemeneVoorziening.streamRevision).toBe('1');
    const [changed] = await catalogue();
    expect(changed).toMatchObject({
      naam: 'Boodschappendienst Vrijwillige Thuishulp',
      capaciteit: null,
      wachttijdDagen: 7,
    });

    const ended = await api.graphql(END, {
      input: { voorzieningId: id, beeindigdPer: '2026-03-01', reden: 'Vrijwilligers gestopt' },
    });
    expect(ended.errors).toBeUndefined();
    expect(await catalogue({ activeOn: '2026-02-28' })).toHaveLength(1);
    expect(await catalogue({ activeOn: '2026-03-01' })).toEqual([]);
    expect(await catalogue()).toEqual([
      expect.objectContaining({ voorzieningId: id, beeindigdPer: '2026-03-01', reden: 'Vrijwilligers gestopt' }),
    ]);

    await refused(UPDATE, { voorzieningId: id, naam: 'Weer open' }, beheerder, 'INVALID_STATE');
  });

  it('filters by the support an entry can replace and the day it is active, sorted by naam', async () => {
    const register = async (naam: string, replaces: unknown[], geldigVanaf = '2025-01-01') => {
      const { errors } = await api.graphql(
        REGISTER,
        { input: { ...boodschappendienst, naam, replaces, geldigVanaf, gemeente: '0599' } },
        beheerderElders,
      );
      expect(errors).toBeUndefined();
    };
    await register('SchuldHulpMaatje', [{ domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }]);
    await register('Budgetcoach', [{ domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }]);
    await register('Geldcafé', [{ domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' }], '2027-01-01');
    await register('Taalcafé', [{ domain: 'WERK_EN_INKOMEN', category: 'REINTEGRATIE' }]);
    const reader: TestActor = { userId: 'u-wi', role: 'domeinmedewerker', domain: 'WERK_EN_INKOMEN', gemeente: '0599' };

    const schuldhulp = { domain: 'WERK_EN_INKOMEN', category: 'SCHULDHULP' };
    const names = async (variables: Record<string, unknown>) =>
      (await catalogue(variables, reader)).map((entry) => entry.naam);
    expect(await names({ replaces: schuldhulp, activeOn: '2026-06-01' })).toEqual(['Budgetcoach', 'SchuldHulpMaatje']);
    expect(await names({ replaces: schuldhulp, activeOn: '2027-01-01' })).toEqual([
      'Budgetcoach',
      'Geldcafé',
      'SchuldHulpMaatje',
    ]);
    expect(await names({})).toEqual(['Budgetcoach', 'Geldcafé', 'SchuldHulpMaatje', 'Taalcafé']);
    // Gemeenten do not see each other's catalogue.
    expect((await catalogue({}, regisseur)).map((entry) => entry.naam)).not.toContain('Taalcafé');
  });

  it('lets only the functioneel beheerder of the gemeente change its catalogue, and writes nothing otherwise', async () => {
    const input = { ...boodschappendienst, naam: 'Maaltijdservice' };
    const error = await refused(REGISTER, input, wmoConsulent, 'FORBIDDEN');
    expect(error.message).toBe('Geen toegang.');
    await refused(REGISTER, input, regisseur, 'FORBIDDEN');
    await refused(REGISTER, { ...input, gemeente: '0363' }, beheerderElders, 'FORBIDDEN');

    const [entry] = await catalogue({ activeOn: '2025-06-01' });
    await refused(
      UPDATE,
      { voorzieningId: entry!.voorzieningId, naam: 'X', gemeente: '0363' },
      beheerderElders,
      'FORBIDDEN',
    );
    await refused(
      END,
      { voorzieningId: entry!.voorzieningId, beeindigdPer: '2026-01-01', reden: 'x', gemeente: '0363' },
      beheerderElders,
      'FORBIDDEN',
    );
  });

  it('lets every role read its own gemeente only', async () => {
    for (const actor of [wmoConsulent, regisseur, beheerder, { userId: 'u-aud', role: 'auditor', gemeente: '0363' }]) {
      expect(await catalogue({}, actor)).toHaveLength(1);
    }
    const { data, errors } = await api.graphql(CATALOGUE, { gemeente: '0363' }, beheerderElders);
    expect(data ?? null).toBeNull();
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('rejects bad input with a stable code and writes nothing', async () => {
    // Not a value of the Domain enum: refused by GraphQL before the resolver runs, naming the path in the variables.
    const unknownDomain = await refused(
      REGISTER,
      { ...boodschappendienst, naam: 'Woonconsulent', replaces: [{ domain: 'ONDERWIJS', category: '01' }] },
      beheerder,
      'BAD_USER_INPUT',
    );
    expect(unknownDomain.extensions).toMatchObject({ fields: ['input.replaces.0.domain'] });
    await refused(
      REGISTER,
      { ...boodschappendienst, naam: 'Klussendienst', replaces: [{ domain: 'WMO', category: 'klussen' }] },
      beheerder,
      'BAD_USER_INPUT',
    );
    await refused(
      REGISTER,
      { ...boodschappendienst, naam: 'Klussendienst', geldigVanaf: '1-1-2025' },
      beheerder,
      'BAD_USER_INPUT',
    );
    await refused(REGISTER, { ...boodschappendienst, naam: 'Klussendienst', contact: {} }, beheerder, 'BAD_USER_INPUT');
    const scootmobielpool = {
      ...boodschappendienst,
      naam: 'Scootmobielpool',
      replaces: [{ domain: 'WMO', category: '12' }],
    };
    expect((await api.graphql(REGISTER, { input: scootmobielpool })).errors).toBeUndefined();
    const duplicate = await refused(
      REGISTER,
      { ...scootmobielpool, naam: ' scootmobielPOOL' },
      beheerder,
      'BAD_USER_INPUT',
    );
    expect(duplicate.extensions).toMatchObject({ field: 'input.naam', fields: ['input.naam'] });
  });

  it('accepts every entry of the example catalogue as a registerAlgemeneVoorziening input (for the demo seed)', async () => {
    const denHaag: TestActor = { ...beheerder, userId: 'u-beheer-0518', gemeente: '0518' };
    for (const entry of EXAMPLE_CATALOGUE) {
      const { errors } = await api.graphql(REGISTER, { input: { ...entry, geldigVanaf: '2025-01-01' } }, denHaag);
      expect(errors).toBeUndefined();
    }
    const entries = await catalogue({ activeOn: '2026-06-15' }, { ...denHaag, role: 'regisseur' });
    expect(entries).toHaveLength(EXAMPLE_CATALOGUE.length);
  });
});
