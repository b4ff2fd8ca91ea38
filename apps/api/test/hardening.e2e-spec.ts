import { Logger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { formatGraphQLError } from '@regie/household';
import { type SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
import { GraphQLError, print } from 'graphql';
import { Client } from 'pg';
import request from 'supertest';
import { MyHouseholdsDocument, TimelinePageDocument } from '../../web/src/gql/graphql';
import { AppModule } from '../src/app.module';
import { GRAPHQL_LIMITS } from '../src/graphql/graphql-armor';
import { configureHttp } from '../src/http/configure-http';
import { inputValidationPipe, MAX_INPUT_DEPTH } from '../src/validation';
import { beheerder, startTestApp, tokenFor, type TestActor, type TestApp } from './test-app';

// The GraphQL edge: document limits (graphql-armor), the body limit, production switches and error hygiene.

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

type GraphQLBody = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * A valid query of any depth: armor counts each nested inline fragment as a level, so `{ system { version } }`
 * (depth 2) wrapped in `depth - 2` fragments on SystemInfo is `depth` deep and still executes.
 */
function deepQuery(depth: number): string {
  let selection = 'version';
  for (let level = 2; level < depth; level++) selection = `... on SystemInfo { ${selection} }`;
  return `{ system { ${selection} } }`;
}

const aliasedQuery = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, index) => `a${index}: system { version }`).join(' ')} }`;

const NO_LEAKS = /stack|stacktrace|at \w+ \(|\bselect\b|\binsert\b|\bfrom\b|relation|postgres|node_modules/i;

describe('the hardened GraphQL edge (test configuration, PostgreSQL)', () => {
  let api: TestApp;
  const post = (body: object) =>
    request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').send(body);

  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  it('answers a query at the depth limit and refuses one level deeper with GRAPHQL_VALIDATION_FAILED', async () => {
    expect(deepQuery(4)).toBe('{ system { ... on SystemInfo { ... on SystemInfo { version } } } }');
    const atLimit = await api.graphql(deepQuery(GRAPHQL_LIMITS.maxDepth));
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data).toEqual({ system: { version: expect.any(String) } });

    const response = await post({ query: deepQuery(GRAPHQL_LIMITS.maxDepth + 1) });
    expect(response.status).toBe(400);
    const body = response.body as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: expect.stringContaining(`Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found 11`),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });

  it('answers 15 aliases and refuses 16 with GRAPHQL_VALIDATION_FAILED', async () => {
    const atLimit = await api.graphql(aliasedQuery(GRAPHQL_LIMITS.maxAliases));
    expect(atLimit.errors).toBeUndefined();
    expect(Object.keys(atLimit.data!)).toHaveLength(GRAPHQL_LIMITS.maxAliases);

    const response = await post({ query: aliasedQuery(GRAPHQL_LIMITS.maxAliases + 1) });
    expect(response.status).toBe(400);
    const body = response.body as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.message).toContain(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found 16`);
    expect(body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  // Three pages of 200 wide timeline entries: 3 × 25,240 in armor's estimate, over the limit of 50,000.
  const node = 'id domain type position occurredAt summary status corrected correctedBy withdrawn withdrawnBy';
  // `first` null: the argument left out.
  const costly = (first: string | null) => `query Costly($id: ID!${first === '$first' ? ', $first: Int' : ''}) {
    household(id: $id) {
      ${['a', 'b', 'c'].map((alias) => `${alias}: timeline${first === null ? '' : `(first: ${first})`} { totalCount edges { cursor node { ${node} provider { agbCode name } member { id name } } } }`).join(' ')}
    } }`;
  const householdId = '00000000-0000-4000-8000-000000000001';
  const expectTooCostly = (response: request.Response) => {
    expect(response.status).toBe(400);
    const body = response.body as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: expect.stringContaining(`Query Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded`),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  };
  const passesLimits = (response: request.Response) =>
    ((response.body as GraphQLBody).errors ?? []).map((error) => error.extensions?.code);

  it('refuses a query whose cost is over the limit (a literal first: 200 on three wide timelines)', async () => {
    expectTooCostly(await post({ query: costly('200'), variables: { id: householdId } }));
    // The same selection with a page of 5 passes the limits (what the resolver then says is up to access rules).
    const paged = await post({ query: costly('5'), variables: { id: householdId } });
    expect(paged.status).toBe(200);
    expect(passesLimits(paged)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('charges a first passed in a variable at its value: 200 is refused like the literal, 5 passes', async () => {
    expectTooCostly(await post({ query: costly('$first'), variables: { id: householdId, first: 200 } }));
    // Without a value the variable is charged at the most a resolver accepts (200), not at 1.
    expectTooCostly(await post({ query: costly('$first'), variables: { id: householdId } }));
    const paged = await post({ query: costly('$first'), variables: { id: householdId, first: 5 } });
    expect(paged.status).toBe(200);
    expect(passesLimits(paged)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it("charges a connection without first at the schema's default page (50), the page its resolver returns", async () => {
    const literal = await post({ query: costly('50'), variables: { id: householdId } });
    const leftOut = await post({ query: costly(null), variables: { id: householdId } });
    expect(passesLimits(leftOut)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(leftOut.body).toEqual(literal.body);
  });

  it("answers the web app's heaviest queries at the page sizes it passes", async () => {
    const regisseur = { userId: 'u-regisseur-cost', role: 'regisseur', name: 'Rik', gemeente: '0363' };
    const myHouseholds = await api.graphql(print(MyHouseholdsDocument), { first: 100 }, regisseur);
    expect(myHouseholds.errors).toBeUndefined();
    const timeline = await api.graphql(
      print(TimelinePageDocument),
      { id: householdId, first: 50, after: null, filter: {}, emergencyReason: null },
      regisseur,
    );
    expect((timeline.errors ?? []).map((error) => error.extensions?.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document over the token limit with GRAPHQL_PARSE_FAILED (HTTP 400) and no stack', async () => {
    const query = `{ system { ${'version '.repeat(GRAPHQL_LIMITS.maxTokens)} } }`;
    const response = await post({ query });
    expect(response.status).toBe(400);
    const body = response.body as GraphQLBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.message).toContain(`more that ${GRAPHQL_LIMITS.maxTokens} tokens`);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(NO_LEAKS);
  });

  it('lets no browser or proxy keep an answer: cache-control no-store on data, a refusal and a mutation', async () => {
    const token = await tokenFor(beheerder);
    const asBeheerder = (body: object) => post(body).set('authorization', `Bearer ${token}`);
    const answers = [
      await asBeheerder({ query: '{ system { version } }' }),
      await post({ query: deepQuery(GRAPHQL_LIMITS.maxDepth + 1) }),
      await asBeheerder({
        query: 'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }',
        variables: { input: { gemeente: '0363', name: 'Familie Cache', members: [] } },
      }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('hides field suggestions', async () => {
    const response = await post({ query: '{ system { versio } }' });
    const body = response.body as GraphQLBody;
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).not.toContain('Did you mean');
  });

  it('answers a body over 100 kB with 413 and a short JSON body without stack', async () => {
    const response = await post({ query: '{ system { version } }', variables: { padding: 'x'.repeat(110_000) } });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      errors: [{ message: 'Request body too large (limit 100kb)', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(response.text.length).toBeLessThan(200);
    expect(response.text).not.toMatch(NO_LEAKS);
  });

  it('still reads a body just under the limit', async () => {
    const response = await post({ query: '{ system { version } }', variables: { padding: 'x'.repeat(90_000) } });
    expect(response.status).toBe(200);
    expect((response.body as GraphQLBody).errors).toBeUndefined();
  });

  it('answers malformed JSON with 400 and a short body without parser text', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ system { version } }", ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: 'Malformed request body', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(response.text).not.toMatch(/Unexpected|JSON\.parse|position/);
  });

  // Runs before anything in this file writes, so the projector is idle while a read-model table is away.
  it('turns a real database failure into INTERNAL_SERVER_ERROR without stack, SQL or driver text', async () => {
    const database = api.app.get<SqlDatabase>(READ_MODEL_DATABASE, { strict: false });
    await database.execute('alter table households rename to households_hidden');
    try {
      const regisseur = { userId: 'u-regisseur-hardening', role: 'regisseur', name: 'Rik', gemeente: '0363' };
      const { data, errors } = await api.graphql('{ myHouseholds(first: 5) { totalCount } }', {}, regisseur);
      expect(data).toBeNull();
      expect(errors).toEqual([
        { message: 'Internal server error', path: ['myHouseholds'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(errors)).not.toMatch(NO_LEAKS);
    } finally {
      await database.execute('alter table households_hidden rename to households');
    }
  });

  it('logs no refusal: a BSN that fails the elfproef goes back to the caller, not into the server log', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error');
    try {
      const { errors } = await api.graphql(
        `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { position } }`,
        {
          input: {
            gemeente: '0363',
            name: 'Familie Tikfout',
            members: [{ bsn: '111222334', name: 'Tim', birthDate: '2015-01-01', relation: 'KIND' }],
          },
        },
      );
      expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('111222334');
      const refused = await api.graphql('{ household(id: "7b1f0c1e-0000-4000-8000-000000000000") { name } }');
      expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(logged.mock.calls)).not.toMatch(/111222334|DomainRejection|Geen toegang/);
    } finally {
      logged.mockRestore();
    }
  });

  describe('text the store cannot hold and nested member fields (found by the malformed-input fuzz test)', () => {
    const register = (input: Record<string, unknown>) =>
      api.graphql(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { position } }`, {
        input,
      });
    const member = { bsn: '111222333', name: 'Sanne', birthDate: '1988-03-12', relation: 'OUDER_VERZORGER' };
    const head = async () =>
      (await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }')).data!.system
        .headPosition;

    it.each([
      ['a NUL character', { name: 'Familie\u0000Jansen', members: [member] }, 'name bevat een stuurteken'],
      ['an escape character', { name: 'Familie \u001b[31mJansen', members: [member] }, 'name bevat een stuurteken'],
      ['a lone surrogate', { name: 'Familie \ud800Jansen', members: [member] }, 'name bevat ongeldige Unicode'],
      [
        'a control character in a member',
        { name: 'Familie Jansen', members: [{ ...member, name: 'San\u0007ne' }] },
        'members.0.name bevat een stuurteken',
      ],
      [
        'a member name over 200 characters',
        { name: 'Familie Jansen', members: [{ ...member, name: 'x'.repeat(201) }] },
        'members.0.name must be shorter than or equal to 200 characters',
      ],
      [
        'a member BSN of 8 digits',
        { name: 'Familie Jansen', members: [{ ...member, bsn: '11122233' }] },
        'members.0.bsn must be 9 digits',
      ],
      // Plausible bounds (issue 13.20).
      ['a C1 control character', { name: 'Familie\u0085Jansen', members: [member] }, 'name bevat een stuurteken'],
      [
        'a bidi override',
        { name: 'Familie \u202enesnaJ', members: [member] },
        'name bevat een teken dat de schrijfrichting omdraait',
      ],
      [
        'a bidi isolate in a member',
        { name: 'Familie Jansen', members: [{ ...member, name: 'San\u2066ne' }] },
        'members.0.name bevat een teken dat de schrijfrichting omdraait',
      ],
      [
        'a birth date in year 1',
        { name: 'Familie Jansen', members: [{ ...member, birthDate: '0001-01-01' }] },
        'members.0.birthDate 0001-01-01 ligt niet tussen 1900-01-01 en 2200-12-31',
      ],
      [
        'a birth date the day before 1900',
        { name: 'Familie Jansen', members: [{ ...member, birthDate: '1899-12-31' }] },
        'members.0.birthDate 1899-12-31 ligt niet tussen 1900-01-01 en 2200-12-31',
      ],
      [
        'a list of 101 members',
        { name: 'Familie Jansen', members: Array.from({ length: 101 }, () => member) },
        'members heeft 101 items; ten hoogste 100',
      ],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, input, message) => {
      const before = await head();
      const { data, errors } = await register({ gemeente: '0363', ...input });
      expect(data).toBeFalsy();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0]!.message).toContain(message);
      expect(await head()).toBe(before);
    });

    it('still takes tabs, newlines and any well-formed Unicode in free text', async () => {
      const { errors } = await register({
        name: 'Familie Öztürk – “de Vries” 👪',
        members: [{ ...member, name: 'Zoë\tÖztürk\r\nde Vries' }],
        gemeente: '0363',
      });
      expect(errors).toBeUndefined();
    });

    it('still takes a birth date on the lower bound and right-to-left marks (no override)', async () => {
      const { errors } = await register({
        name: 'Familie \u05db\u05d4\u05df\u200f',
        // Another person than the other tests' Sanne (a BSN is one person, with one birth date).
        members: [{ ...member, bsn: '123456782', birthDate: '1900-01-01', name: 'Sanne \u200eCohen' }],
        gemeente: '0363',
      });
      expect(errors).toBeUndefined();
    });
  });
});

describe('correctEntry takes only declared fields (issue 13.6)', () => {
  let api: TestApp;
  let householdId: string;
  let entryId: string;
  const jeugdWorker: TestActor = {
    userId: 'u-jeugd-joris',
    role: 'domeinmedewerker',
    name: 'Joris Jeugdteam',
    domain: 'JEUGD',
    gemeente: '0363',
  };
  const CHILD = { bsn: '274910111', name: 'Fenna Zwartjes', birthDate: '2013-05-17', relation: 'KIND' };

  beforeAll(async () => {
    api = await startTestApp('postgres');
  });
  afterAll(() => api?.close());

  async function post(mutation: string, input: Record<string, unknown>, actor: TestActor) {
    const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
    return api.graphql<Record<string, { householdId: string; eventIds: string[] }>>(
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { householdId eventIds } }`,
      { input },
      actor,
    );
  }
  async function posted(mutation: string, input: Record<string, unknown>, actor: TestActor) {
    const { data, errors } = await post(mutation, input, actor);
    if (errors) throw new Error(`${mutation}: ${JSON.stringify(errors)}`);
    return data![mutation]!;
  }
  const head = async () =>
    (await api.graphql<{ system: { headPosition: string | null } }>('{ system { headPosition } }')).data!.system
      .headPosition;
  const correct = (changes: Record<string, unknown>) =>
    post('correctEntry', { householdId, entryId, reason: 'Gegevens na controle aangepast', changes }, jeugdWorker);

  it('records a Jeugd toewijzing with an omvang', async () => {
    await posted('registerProvider', { agbCode: '11009901', name: 'Jeugdhulp De Brug', domains: ['JEUGD'] }, beheerder);
    ({ householdId } = await posted(
      'registerHousehold',
      { gemeente: '0363', name: 'Huishouden Zwartjes', members: [CHILD] },
      beheerder,
    ));
    const { data } = await api.graphql<{ household: { members: { id: string }[] } }>(
      `query($id: ID!) { household(id: $id) { members { id } } }`,
      { id: householdId },
    );
    await posted('recordSharingBasis', { ...sharingBasis, householdId }, jeugdWorker);
    const toewijzing = await posted(
      'recordJeugdToewijzing',
      {
        householdId,
        memberId: data!.household.members[0]!.id,
        providerAgb: '11009901',
        toewijzingNummer: 'FZ2026001',
        toewijzingsdatum: '2026-02-20',
        ingangsdatum: '2026-03-01',
        einddatum: '2026-09-30',
        productcategorie: '45',
        omvang: { volume: 2, eenheid: '04', frequentie: '2' },
        verwijzer: '02',
      },
      jeugdWorker,
    );
    entryId = toewijzing.eventIds[0]!;
  });

  it.each([
    [
      'an undeclared key inside omvang',
      { omvang: { volume: 3, eenheid: '04', frequentie: '2', smuggled: `${CHILD.name} ${CHILD.bsn}` } },
      'input.changes.omvang.smuggled',
    ],
    ['an undeclared top-level key', { ingangsdatum: '2026-03-09', notitie: CHILD.name }, 'input.changes.notitie'],
    ['an omvang that is not an object', { omvang: `${CHILD.name}` }, 'input.changes.omvang'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, changes, field) => {
    const before = await head();
    const { data, errors } = await correct(changes);
    expect(data?.correctEntry).toBeFalsy();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    expect(errors![0]!.message).toContain(field);
    expect(await head()).toBe(before);
  });

  const sharingBasis = {
    domain: 'JEUGD',
    grondslag: 'WETTELIJKE_TAAK',
    wettelijkeBepaling: 'art. 7.1.1 Jeugdwet',
    memberIds: [],
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
  };

  it.each([
    [
      'a sharing basis valid from year 1 to year 9999',
      () => ({ validFrom: '0001-01-01', validUntil: '9999-12-31' }),
      ['input.validFrom', 'input.validUntil'],
      'input.validUntil 9999-12-31 ligt niet tussen 1900-01-01 en 2200-12-31',
    ],
    [
      'a sharing basis for 201 member ids',
      () => ({ memberIds: Array.from({ length: 201 }, () => householdId) }),
      ['input.memberIds'],
      'input.memberIds heeft 201 items; ten hoogste 200',
    ],
  ])(
    'refuses %s with BAD_USER_INPUT naming the fields, and writes nothing (issue 13.20)',
    async (_label, overrides, fields, message) => {
      const before = await head();
      const input = { ...sharingBasis, householdId, ...overrides() };
      const { data, errors } = await post('recordSharingBasis', input, jeugdWorker);
      expect(data?.recordSharingBasis).toBeFalsy();
      expect(errors).toHaveLength(1);
      expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
      expect(errors![0]!.message).toContain(message);
      expect(await head()).toBe(before);
    },
  );

  // The 301/305/307 mutations are built once for both domains (libs/toewijzing `lifecycleResolverBase`): their inputs
  // must still pass the edge's shape checks, nested omvang included.
  it.each([
    ['recordJeugdZorgStart', { toewijzingNummer: 'FZ2026001', begindatum: '2026-03-32' }, ['input.begindatum']],
    [
      'recordJeugdZorgStop',
      { toewijzingNummer: 'X'.repeat(21), einddatum: '2026-04-01', redenBeeindiging: '31' },
      ['input.toewijzingNummer'],
    ],
    [
      'recordWmoToewijzing',
      {
        memberId: '00000000-0000-4000-8000-000000000000',
        providerAgb: '11009901',
        toewijzingNummer: 'WMO2026001',
        toewijzingsdatum: '2026-02-20',
        ingangsdatum: '2026-03-01',
        productcategorie: '02',
        omvang: { volume: 0, eenheid: '04', frequentie: '2' },
      },
      ['input.omvang.volume'],
    ],
  ])('checks the shape of %s at the edge: BAD_USER_INPUT naming the field', async (mutation, input, fields) => {
    const before = await head();
    const { data, errors } = await post(mutation, { householdId, ...input }, jeugdWorker);
    expect(data?.[mutation]).toBeFalsy();
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields });
    expect(await head()).toBe(before);
  });

  it('still takes a declared correction, null removing an optional field', async () => {
    const { errors } = await correct({ omvang: { volume: 3, eenheid: '04', frequentie: '1' }, einddatum: null });
    expect(errors).toBeUndefined();
  });
});

describe('input nested deeper than the limit', () => {
  const nested = (depth: number, leaf: unknown): unknown => (depth === 0 ? leaf : { a: nested(depth - 1, leaf) });

  it('is refused with BAD_USER_INPUT instead of going unchecked (a NUL 40 levels deep)', async () => {
    const refusal = inputValidationPipe.transform(nested(40, 'x\u0000'), { type: 'body', data: 'input' }).then(
      () => undefined,
      (error: unknown) => error,
    );
    const error = (await refusal) as GraphQLError | undefined;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.extensions.code).toBe('BAD_USER_INPUT');
    expect(error!.message).toContain(`dieper genest dan ${MAX_INPUT_DEPTH} niveaus`);
  });

  it('still checks and passes input within the limit', async () => {
    const value = nested(MAX_INPUT_DEPTH - 1, 'tekst');
    await expect(inputValidationPipe.transform(value, { type: 'body', data: 'input' })).resolves.toEqual(value);
  });
});

describe('formatGraphQLError', () => {
  it('replaces an unexpected error (SQL in its message, a stack) by a generic INTERNAL_SERVER_ERROR', () => {
    const driverError = Object.assign(
      new Error('duplicate key value violates unique constraint "events_event_id_key": insert into events (...)'),
      { code: '23505', detail: 'Key (event_id)=(…) already exists.' },
    );
    const wrapped = new GraphQLError(driverError.message, { originalError: driverError, path: ['registerHousehold'] });
    const formatted = formatGraphQLError(
      {
        message: wrapped.message,
        path: ['registerHousehold'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: driverError.stack!.split('\n') },
      },
      wrapped,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['registerHousehold'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the code of an armor limit and drops a stack trace', () => {
    const armor = new GraphQLError('Syntax Error: Query depth limit of 10 exceeded, found 11.');
    const formatted = formatGraphQLError(
      {
        message: armor.message,
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['GraphQLError: …', '    at x (y.js:1:1)'] },
      },
      armor,
    );
    expect(formatted).toEqual({ message: armor.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('the GraphQL edge with NODE_ENV=production', () => {
  let app: INestApplication;
  const schema = `e2e_prod_${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const separator = DATABASE_URL.includes('?') ? '&' : '?';
    const config = loadConfig({
      NODE_ENV: 'production',
      EVENT_STORE: 'postgres',
      DATABASE_URL: `${DATABASE_URL}${separator}options=-c%20search_path%3D${schema}`,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      AUTH_JWT_SECRET: `hardening-e2e-${'x'.repeat(32)}`, // production needs a real key source
      SEARCH_INDEX_KEY: `hardening-e2e-search-${'s'.repeat(32)}`,
    });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    configureHttp(app, config);
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    const admin = new Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "Query") { name } }']) {
      const response = await request(app.getHttpServer()).post('/graphql').send({ query });
      expect(response.status).toBe(400);
      const body = response.body as GraphQLBody;
      expect(body.data).toBeUndefined();
      expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors![0]!.message).toMatch(/introspection is not allowed/i);
    }
  });

  it('serves no GraphiQL or playground: a browser gets a Dutch page pointing to the web app, not JSON', async () => {
    const response = await request(app.getHttpServer())
      .get('/graphql')
      .set('accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toMatch(/<html lang="nl">[\s\S]*Dit is de GraphQL-API van Regie[\s\S]*<a href="\/">/);
    expect(response.text).not.toMatch(/graphiql|playground|apollo studio|sandbox|csrf|"errors"/i);
    // A client that does not ask for HTML still gets the GraphQL server's answer.
    const machine = await request(app.getHttpServer()).get('/graphql').set('accept', 'application/json');
    expect(machine.status).toBe(400);
    expect(machine.headers['content-type']).toMatch(/application\/json/);
  });

  it('still answers an ordinary query', async () => {
    const response = await request(app.getHttpServer()).post('/graphql').send({ query: '{ system { version } }' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { system: { version: expect.any(String) } } });
  });

  it('answers a body over the limit with 413 and no stack in production too', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ system { version } }', variables: { padding: 'x'.repeat(200_000) } });
    expect(response.status).toBe(413);
    expect(response.text).not.toMatch(NO_LEAKS);
  });
});
