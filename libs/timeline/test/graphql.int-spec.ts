import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { graphqlAuthentication, signDevelopmentToken, TokenVerifier } from '@regie/access';
import { loadConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { DomainRegistry, formatGraphQLError, HouseholdEventType as T, HouseholdModule } from '@regie/household';
import { EmbeddedDatabase } from '@regie/sql';
import request from 'supertest';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { TimelineModule } from '../src/timeline.module';
import { TimelineProjector } from '../src/projection/timeline-projector';
import { daysAgo, fakeJeugd, fakeWmo, Household, regisseurA, regisseurB, registerProvider } from './fake-domain';

const members = [
  { memberId: 'm-moeder', bsn: '111222333', name: 'Sanne', birthDate: '1985-02-01', relation: 'OUDER_VERZORGER' },
  { memberId: 'm-kind', bsn: '123456782', name: 'Noor', birthDate: '2014-06-01', relation: 'KIND' },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL responses are walked freely in assertions
type Json = any;

const HOUSEHOLD = `query($id: ID!, $first: Int, $after: String, $filter: TimelineFilter) {
  household(id: $id) {
    id name closed lastActivity regisseur { userId name }
    members { id name relation }
    regisseurHistory { from { userId name } to { userId name } reason at }
    plan { goals { id status current { version title } versions { version title } evaluations { outcome } }
           agreements { id description provider { agbCode name } } }
    sharingBases { domain grondslag currentlyValid }
    providers { agbCode name domains firstActivity lastActivity
                active { key kind label member { id name } toegewezenOp gestartOp wachttijdDays overNorm stillWaiting } }
    timeline(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id domain type occurredAt recordedAt summary provider { agbCode name } member { id name }
              recordedBy { userId name role } corrected correctedBy withdrawn withdrawnBy note } }
    }
  }
}`;

describe('timeline GraphQL over HTTP (PGlite)', () => {
  let app: INestApplication;
  let db: EmbeddedDatabase;
  let store: SqlEventStore;
  let queries = 0;

  beforeAll(async () => {
    db = await EmbeddedDatabase.inMemory();
    const query = db.query.bind(db);
    db.query = ((text: string, params?: readonly unknown[]) => {
      // The subscription's polling of the events table is not part of the request.
      if (!text.includes('from events')) queries++;
      return query(text, params);
    }) as typeof db.query;
    store = await SqlEventStore.create(db, { pollIntervalMs: 20 });
    const moduleRef = await Test.createTestingModule({
      imports: [
        EventStoreModule.forStore(store),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          formatError: formatGraphQLError,
          // The api's authentication: the actor comes from a verified bearer token (development secret).
          context: graphqlAuthentication(TokenVerifier.fromConfig(loadConfig({ NODE_ENV: 'test' }))).context,
        }),
        HouseholdModule,
        TimelineModule.forRoot({ DATABASE_URL: 'postgres://unused' }),
      ],
    }).compile();
    const registry = moduleRef.get(DomainRegistry);
    registry.register(fakeJeugd);
    registry.register(fakeWmo);
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const gql = async (
    query: string,
    variables: Record<string, unknown> = {},
    user: { userId: string; name: string; role?: string } = regisseurB,
  ) => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set(
        'authorization',
        `Bearer ${await signDevelopmentToken({ sub: user.userId, role: user.role ?? 'regisseur', name: user.name, gemeente: '0363' })}`,
      )
      .send({ query, variables });
    return response.body as {
      data?: Record<string, Json>;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };

  async function seed(extraEntries: number) {
    await registerProvider(store, `1000000${extraEntries % 10}`, 'Jeugdhulp Oost', ['JEUGD']).catch(() => undefined);
    const agb = `1000000${extraEntries % 10}`;
    const h = new Household(store);
    await h.record(
      T.registered,
      { householdId: h.id, gemeente: '0363', name: `Huis ${extraEntries}`, members },
      '2025-01-01T00:00:00.000Z',
    );
    await h.record(T.regisseurAssigned, { regisseur: regisseurA, reason: 'intake' }, '2025-01-02T00:00:00.000Z');
    await h.record(
      T.regisseurAssigned,
      { regisseur: regisseurB, previous: regisseurA, reason: 'verhuizing' },
      '2025-01-03T00:00:00.000Z',
    );
    await h.record(
      T.planGoalSet,
      { goalId: 'g1', version: 1, title: 'Rust', domains: [], memberIds: [] },
      '2025-01-04T00:00:00.000Z',
    );
    await h.record(
      T.sharingBasisRecorded,
      {
        basisId: 'b-jeugd',
        domain: 'JEUGD',
        grondslag: 'WETTELIJKE_TAAK',
        wettelijkeBepaling: 'art. 7.4.4 Jeugdwet',
        memberIds: [],
        validFrom: '2025-01-01',
        validUntil: '2099-12-31',
      },
      '2025-01-04T12:00:00.000Z',
    );
    await h.record(
      T.planAgreementRecorded,
      { agreementId: 'a1', description: 'Gesprek', party: 'AANBIEDER', providerAgb: agb, memberIds: [] },
      '2025-01-05T00:00:00.000Z',
    );
    for (let i = 0; i < extraEntries; i++) {
      await h.record(
        'jeugd.ToewijzingVastgelegd',
        {
          toewijzingNummer: `T${i}`,
          memberId: 'm-kind',
          providerAgb: agb,
          datum: daysAgo(50),
          product: 'ambulant',
          toelichting: 'vertrouwelijk',
        },
        `${daysAgo(50)}T10:00:0${i % 10}.000Z`,
      );
    }
    const head = await store.headPosition();
    await app.get(TimelineProjector).waitFor(head!, 10_000);
    return h;
  }

  it('serves household with all nested fields in a fixed number of queries (no N+1)', async () => {
    const small = await seed(2);
    const large = await seed(30);
    queries = 0;
    const first = await gql(HOUSEHOLD, { id: small.id });
    const smallCount = queries;
    queries = 0;
    const second = await gql(HOUSEHOLD, { id: large.id });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(queries).toBe(smallCount);

    const household = second.data!.household;
    expect(household.regisseur).toEqual({ userId: regisseurB.userId, name: regisseurB.name });
    expect(household.regisseurHistory.map((h: Json) => [h.from?.userId ?? null, h.to.userId, h.reason])).toEqual([
      [null, regisseurA.userId, 'intake'],
      [regisseurA.userId, regisseurB.userId, 'verhuizing'],
    ]);
    expect(household.members).toHaveLength(2);
    expect(household.plan.goals[0]).toMatchObject({ id: 'g1', status: 'OPEN', current: { version: 1 } });
    expect(household.providers[0].active).toHaveLength(30);
    expect(household.providers[0].active[0]).toMatchObject({ wachttijdDays: 50, overNorm: true, stillWaiting: true });
    expect(household.timeline.totalCount).toBe(36);
    expect(household.timeline.edges).toHaveLength(36);
    const node = household.timeline.edges[0].node;
    expect(node).toMatchObject({
      domain: 'JEUGD',
      provider: { name: 'Jeugdhulp Oost' },
      member: { id: 'm-kind', name: 'Noor' },
    });
    expect(node.note).toBeNull(); // a regisseur without the domain does not read a domain's free text
  });

  it('pages the timeline with an opaque cursor and rejects first above 200', async () => {
    const h = await seed(5);
    const page1 = await gql(HOUSEHOLD, { id: h.id, first: 4 });
    const { pageInfo, edges } = page1.data!.household.timeline;
    expect(edges).toHaveLength(4);
    expect(pageInfo.hasNextPage).toBe(true);
    const page2 = await gql(HOUSEHOLD, { id: h.id, first: 50, after: pageInfo.endCursor });
    const ids = [...edges, ...page2.data!.household.timeline.edges].map((e: Json) => e.node.id);
    expect(new Set(ids).size).toBe(11);
    const tooMany = await gql(HOUSEHOLD, { id: h.id, first: 201 });
    expect(tooMany.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const filtered = await gql(HOUSEHOLD, { id: h.id, filter: { domains: ['HOUSEHOLD'], types: [T.planGoalSet] } });
    expect(filtered.data!.household.timeline.totalCount).toBe(1);
  });

  it('lists my households and waits for the projector after a mutation (read-your-writes)', async () => {
    const mine = await gql(
      '{ myHouseholds(first: 100) { totalCount edges { node { id name activeProviders openSignals overdueWaits } } } }',
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myHouseholds.totalCount).toBeGreaterThanOrEqual(3);
    expect(mine.data!.myHouseholds.edges[0].node).toMatchObject({
      activeProviders: 1,
      overdueWaits: expect.any(Number),
    });

    const registered = await gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId position } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Direct zichtbaar',
          members: [{ bsn: '111222333', name: 'Sanne', birthDate: '1985-02-01', relation: 'OUDER_VERZORGER' }],
        },
      },
      { userId: 'u-beheer', name: 'Beheer', role: 'functioneel_beheerder' },
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerHousehold.householdId;
    const read = await gql(
      'query($id: ID!) { household(id: $id) { name members { name } } }',
      { id },
      { userId: 'u-beheer', name: 'Beheer', role: 'functioneel_beheerder' },
    );
    expect(read.data!.household).toEqual({ name: 'Direct zichtbaar', members: [{ name: 'Sanne' }] });
  });
});
