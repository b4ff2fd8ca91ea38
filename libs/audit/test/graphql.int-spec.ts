import { randomUUID } from 'node:crypto';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable, Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { graphqlAuthentication, signDevelopmentToken, TokenVerifier, type Actor } from '@regie/access';
import { loadConfig } from '@regie/config';
import { DOMAIN_CODES, DOMAIN_MODULES } from '@regie/domains';
import { EventStoreModule, sqlDatabaseOf } from '@regie/event-store';
import { formatGraphQLError, HouseholdModule } from '@regie/household';
import { EmbeddedDatabase, type SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE, TimelineModule } from '@regie/timeline';
import request from 'supertest';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { AUDITOR_BASIS, AuditModule, ProcessingLog, type HouseholdAccessCheck, type ProcessingLogEntry } from '../src';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL responses are walked freely in assertions
type Json = any;

const TEST_DATABASE = Symbol('TEST_DATABASE');

@Module({})
class TestDatabaseModule {
  static of(db: SqlDatabase): DynamicModule {
    return {
      module: TestDatabaseModule,
      providers: [{ provide: TEST_DATABASE, useValue: db }],
      exports: [TEST_DATABASE],
    };
  }
}

const HOUSEHOLD = randomUUID();
const OTHER_HOUSEHOLD = randomUUID();
const KIND = randomUUID();

/** Stands in for the household policy the lead binds: the household's regisseur sees its access log. */
@Injectable()
/** Stands in for the household policy: HOUSEHOLD belongs to gemeente 0363 and has regisseur u-regisseur. */
class RegisseurOfHousehold implements HouseholdAccessCheck {
  async accessLogBasis(actor: Actor, householdId: string): Promise<string | undefined> {
    if (householdId !== HOUSEHOLD || actor.gemeente !== '0363') return undefined;
    if (actor.role === 'auditor') return AUDITOR_BASIS;
    return actor.role === 'regisseur' && actor.userId === 'u-regisseur' ? 'regisseur van het huishouden' : undefined;
  }
}

interface TestActor {
  readonly userId: string;
  readonly role: string;
  readonly name: string;
  readonly gemeente: string;
  readonly domain?: string;
}

const auditor: TestActor = { userId: 'u-auditor', role: 'auditor', name: 'Ada Audit', gemeente: '0363' };
const otherAuditor: TestActor = { userId: 'u-auditor-2', role: 'auditor', name: 'Bob Audit', gemeente: '0599' };
const regisseur: TestActor = { userId: 'u-regisseur', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };
const otherRegisseur: TestActor = { userId: 'u-regisseur-2', role: 'regisseur', name: 'Piet', gemeente: '0363' };
const jeugd: TestActor = {
  userId: 'u-jeugd',
  role: 'domeinmedewerker',
  domain: 'JEUGD',
  name: 'Joost',
  gemeente: '0363',
};

const LINE = `id loggedAt userId userName role gemeente onBehalfOf householdId personIds operation action fields basis
  emergency emergencyReason correlationId outcome`;
const PROCESSING_LOG = `query($filter: ProcessingLogFilter, $first: Int, $after: String) {
  processingLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${LINE} } } pageInfo { hasNextPage endCursor }
  }
}`;
const EMERGENCIES = `query($from: DateTime!, $to: DateTime!) { emergencyAccesses(from: $from, to: $to) { ${LINE} } }`;
const HOUSEHOLD_LOG = `query($id: ID!, $first: Int, $after: String) {
  householdAccessLog(householdId: $id, first: $first, after: $after) {
    edges { node { ${LINE} } } pageInfo { hasNextPage endCursor }
  }
}`;

const line = (overrides: Partial<ProcessingLogEntry>): ProcessingLogEntry => ({
  userId: 'u-jeugd',
  userName: 'Joost',
  role: 'domeinmedewerker',
  gemeente: '0363',
  operation: 'READ',
  action: 'household.timeline',
  fields: ['timeline.JEUGD'],
  basis: 'domeinmedewerker JEUGD',
  ...overrides,
});

describe('verwerkingenlog GraphQL (PGlite)', () => {
  let app: INestApplication;
  let db: EmbeddedDatabase;
  let log: ProcessingLog;

  beforeAll(async () => {
    db = await EmbeddedDatabase.inMemory();
    const moduleRef = await Test.createTestingModule({
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          formatError: formatGraphQLError,
          context: graphqlAuthentication(TokenVerifier.fromConfig(loadConfig({ NODE_ENV: 'test' }), DOMAIN_CODES))
            .context,
        }),
        AuditModule.forRoot({
          imports: [TestDatabaseModule.of(db)],
          databaseToken: TEST_DATABASE,
          householdAccessCheck: RegisseurOfHousehold,
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    log = app.get(ProcessingLog);
    await log.recordMany([
      line({ householdId: HOUSEHOLD, personIds: [KIND] }),
      line({ userId: 'u-regisseur', userName: 'Anna Bakker', role: 'regisseur', householdId: HOUSEHOLD }),
      line({ householdId: HOUSEHOLD, emergencyReason: 'acuut: melding van de politie', basis: 'noodprocedure' }),
      line({ householdId: HOUSEHOLD, operation: 'DENIED', userId: 'u-nieuwsgierig' }),
      line({ householdId: OTHER_HOUSEHOLD }),
      line({ gemeente: '0599', householdId: HOUSEHOLD, userId: 'u-elders' }),
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  const gql = async (query: string, variables: Record<string, unknown>, actor?: TestActor) => {
    let call = request(app.getHttpServer()).post('/graphql');
    if (actor) {
      const { userId, ...claims } = actor;
      call = call.set('authorization', `Bearer ${await signDevelopmentToken({ ...claims, sub: userId })}`);
    }
    const response = await call.send({ query, variables });
    return response.body as {
      data?: Record<string, Json> | null;
      errors?: { message: string; extensions: { code: string } }[];
    };
  };

  const lastLineOf = async (userId: string) => {
    const { rows } = await db.query<{ operation: string; action: string; household_id: string | null }>(
      'select operation, action, household_id from processing_log where user_id = $1 order by id desc limit 1',
      [userId],
    );
    return rows[0];
  };

  describe('processingLog', () => {
    it('given an auditor, when searching, then only their gemeente, newest first, with their own read logged first', async () => {
      const result = await gql(PROCESSING_LOG, { first: 50 }, auditor);
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.processingLog.edges.map((e: Json) => e.node);
      expect(nodes.every((n: Json) => n.gemeente === '0363')).toBe(true);
      expect(nodes[0]).toMatchObject({
        userId: 'u-auditor',
        userName: 'Ada Audit',
        role: 'auditor',
        operation: 'READ',
        action: 'audit.processingLog',
        outcome: 'ALLOWED',
      });
      expect(nodes[0].correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(nodes.map((n: Json) => n.userId)).toContain('u-nieuwsgierig');
      expect(nodes.map((n: Json) => n.userId)).not.toContain('u-elders');
    });

    it("given the other gemeente's auditor, when searching, then only that gemeente", async () => {
      const result = await gql(PROCESSING_LOG, {}, otherAuditor);
      const users = result.data!.processingLog.edges.map((e: Json) => e.node.userId);
      expect(users).toContain('u-elders');
      expect(users).not.toContain('u-regisseur');
    });

    it('given filters, when searching, then they narrow and pages follow the cursor', async () => {
      const byPerson = await gql(PROCESSING_LOG, { filter: { personId: KIND } }, auditor);
      expect(byPerson.data!.processingLog.edges.map((e: Json) => e.node.personIds)).toEqual([[KIND], [KIND]]);
      // the first is the auditor's own read, which names the person searched for
      expect(byPerson.data!.processingLog.edges[0].node.action).toBe('audit.processingLog');

      const emergencies = await gql(PROCESSING_LOG, { filter: { emergencyOnly: true } }, auditor);
      expect(emergencies.data!.processingLog.edges.map((e: Json) => e.node.emergencyReason)).toEqual([
        'acuut: melding van de politie',
      ]);

      const page1 = await gql(PROCESSING_LOG, { filter: { userId: 'u-jeugd' }, first: 2 }, auditor);
      expect(page1.data!.processingLog.pageInfo.hasNextPage).toBe(true);
      const page2 = await gql(
        PROCESSING_LOG,
        { filter: { userId: 'u-jeugd' }, first: 2, after: page1.data!.processingLog.pageInfo.endCursor },
        auditor,
      );
      const ids = [...page1.data!.processingLog.edges, ...page2.data!.processingLog.edges].map((e: Json) => e.node.id);
      expect(new Set(ids).size).toBe(3);
      expect(page2.data!.processingLog.pageInfo.hasNextPage).toBe(false);
    });

    it('given a gemeente in the filter, when searching, then the schema has no such field', async () => {
      const result = await gql(PROCESSING_LOG, { filter: { gemeente: '0599' } }, auditor);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    });

    it.each([
      ['a reversed period', { filter: { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' } }],
      ['first above 200', { first: 201 }],
      ['a bad cursor', { after: 'nope' }],
      ['a BSN as person', { filter: { personId: '123456782' } }],
    ])('given %s, when searching, then BAD_USER_INPUT', async (_label, variables) => {
      const result = await gql(PROCESSING_LOG, variables, auditor);
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['regisseur', regisseur],
      ['domeinmedewerker', jeugd],
    ])('given a %s, when searching, then FORBIDDEN and the attempt is logged', async (_role, actor) => {
      const result = await gql(PROCESSING_LOG, {}, actor);
      expect(result.errors?.[0]).toMatchObject({ message: 'Geen toegang.', extensions: { code: 'FORBIDDEN' } });
      expect(result.data ?? null).toBeNull();
      expect(await lastLineOf(actor.userId)).toEqual({
        operation: 'DENIED',
        action: 'audit.processingLog',
        household_id: null,
      });
    });

    it('given no token, when searching, then UNAUTHENTICATED', async () => {
      const result = await gql(PROCESSING_LOG, {});
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('emergencyAccesses', () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();

    it('given an auditor, when asking a period, then the noodprocedure lines of their gemeente and the read is logged', async () => {
      const result = await gql(EMERGENCIES, { from, to }, auditor);
      expect(result.errors).toBeUndefined();
      expect(result.data!.emergencyAccesses.map((n: Json) => [n.userId, n.emergency, n.basis])).toEqual([
        ['u-jeugd', true, 'noodprocedure'],
      ]);
      expect(await lastLineOf('u-auditor')).toMatchObject({ operation: 'READ', action: 'audit.emergencyAccesses' });
    });

    it('given a period over a year or reversed, when asking, then BAD_USER_INPUT', async () => {
      const long = await gql(EMERGENCIES, { from: '2024-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z' }, auditor);
      expect(long.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const reversed = await gql(EMERGENCIES, { from: to, to: from }, auditor);
      expect(reversed.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });

    it('given a regisseur, when asking, then FORBIDDEN', async () => {
      const result = await gql(EMERGENCIES, { from, to }, regisseur);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await lastLineOf('u-regisseur')).toMatchObject({ operation: 'DENIED', action: 'audit.emergencyAccesses' });
    });
  });

  describe('householdAccessLog', () => {
    it('given an auditor, when asking, then what people did with the household oldest first, without refusals', async () => {
      const result = await gql(HOUSEHOLD_LOG, { id: HOUSEHOLD }, auditor);
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.householdAccessLog.edges.map((e: Json) => e.node);
      expect(nodes.map((n: Json) => [n.userId, n.operation, n.emergency])).toEqual([
        ['u-jeugd', 'READ', false],
        ['u-regisseur', 'READ', false],
        ['u-jeugd', 'READ', true],
      ]);
      expect(await lastLineOf('u-auditor')).toEqual({
        operation: 'READ',
        action: 'audit.householdAccessLog',
        household_id: HOUSEHOLD,
      });
    });

    it("given the household's regisseur (the bound check), when asking, then the same view, and the read is logged", async () => {
      const result = await gql(HOUSEHOLD_LOG, { id: HOUSEHOLD, first: 2 }, regisseur);
      expect(result.errors).toBeUndefined();
      expect(result.data!.householdAccessLog.edges).toHaveLength(2);
      expect(result.data!.householdAccessLog.pageInfo.hasNextPage).toBe(true);
      const { rows } = await db.query<{ basis: string }>(
        `select basis from processing_log where user_id = 'u-regisseur' and action = 'audit.householdAccessLog'`,
      );
      expect(rows.map((r) => r.basis)).toEqual(['regisseur van het huishouden']);
    });

    it('given another regisseur, a domeinmedewerker, or the regisseur for another household, when asking, then FORBIDDEN and logged', async () => {
      for (const [actor, id] of [
        [otherRegisseur, HOUSEHOLD],
        [jeugd, HOUSEHOLD],
        [regisseur, OTHER_HOUSEHOLD],
      ] as const) {
        const result = await gql(HOUSEHOLD_LOG, { id }, actor);
        expect(result.errors?.[0]).toMatchObject({ message: 'Geen toegang.', extensions: { code: 'FORBIDDEN' } });
        expect(await lastLineOf(actor.userId)).toEqual({
          operation: 'DENIED',
          action: 'audit.householdAccessLog',
          household_id: id,
        });
      }
    });

    it('given an auditor of another gemeente, when asking, then FORBIDDEN as for any household not theirs', async () => {
      const result = await gql(HOUSEHOLD_LOG, { id: HOUSEHOLD }, otherAuditor);
      expect(result.errors![0]!.extensions.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    });
  });
});

describe('AuditModule wired as in the api (READ_MODEL_DATABASE of TimelineModule)', () => {
  it('given the same TimelineModule passed to imports and to AuditModule, when started, then one read-model database holds the log', async () => {
    const store = await SqlEventStore.create(await EmbeddedDatabase.inMemory(), { pollIntervalMs: 20 });
    const timeline = TimelineModule.forRoot({ DATABASE_URL: 'postgres://unused' }, { runProjector: false });
    const moduleRef = await Test.createTestingModule({
      imports: [
        EventStoreModule.forStore(store),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true }),
        HouseholdModule,
        ...DOMAIN_MODULES,
        timeline,
        AuditModule.forRoot({ imports: [timeline], databaseToken: READ_MODEL_DATABASE }),
      ],
    }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const timelineModules = [...app.get(ModulesContainer).values()].filter((m) => m.metatype === TimelineModule);
      expect(timelineModules).toHaveLength(1);
      const readModel = app.get<SqlDatabase>(READ_MODEL_DATABASE);
      expect(readModel).toBe(sqlDatabaseOf(store));
      await app.get(ProcessingLog).record(line({}));
      const { rows } = await readModel.query<{ n: number }>('select count(*)::int as n from processing_log');
      expect(rows[0]!.n).toBe(1);
      const { rows: applied } = await readModel.query<{ component: string }>(
        `select component from regie_migrations where component in ('audit', 'timeline') group by component order by 1`,
      );
      expect(applied.map((r) => r.component)).toEqual(['audit', 'timeline']);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
