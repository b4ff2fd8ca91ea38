import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type ModuleMetadata,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { RegieConfig } from '@regie/config';
import { EVENT_STORE, EventStoreModule, sqlDatabaseOf, type EventStore } from '@regie/event-store';
import { DomainRegistry, HouseholdModule } from '@regie/household';
import { migrate, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import { HouseholdReadAccess } from './access/household-read-access';
import { CaseloadReadModel } from './caseload/caseload-read-model';
import { CaseloadConnectionResolver, CaseloadResolver } from './caseload/caseload.resolver';
import { GemeenteCostsResolver } from './graphql/gemeente-costs.resolver';
import { HouseholdInsightResolver } from './graphql/household-insight.resolver';
import { HouseholdViewResolver } from './graphql/household-view.resolver';
import { MyHouseholdsResolver } from './graphql/my-households.resolver';
import { TimelineUpdatedResolver } from './graphql/timeline-updated.resolver';
import { MyHouseholdConnectionResolver, TimelineConnectionResolver } from './graphql/total-count.resolvers';
import { ProvidersResolver } from './graphql/providers.resolver';
import { TimelineUpdates } from './graphql/timeline-updates';
import { WorklistConnectionResolver, WorklistResolver } from './graphql/worklist.resolver';
import { TIMELINE_COMPONENT, timelineMigrations } from './migrations';
import { TimelineProjector } from './projection/timeline-projector';
import { InsightReadModel } from './query/insight-read-model';
import { TimelineReadModel } from './query/timeline-read-model';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';
import { READ_MODEL_DATABASE } from './tokens';

export interface TimelineModuleOptions {
  /** Run the projector in this process, started on bootstrap and stopped on shutdown. Default true. */
  readonly runProjector?: boolean;
  /** Register the GraphQL resolvers and the read-your-writes interceptor. Default true. */
  readonly graphql?: boolean;
}

/** Opens the read-model database (the store's own when it is SQL) and brings its tables up to date. */
export async function openReadModelDatabase(store: EventStore, databaseUrl: string): Promise<SqlDatabase> {
  const db = sqlDatabaseOf(store) ?? new PostgresDatabase(databaseUrl, { application_name: 'regie-timeline' });
  await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
  return db;
}

const PROJECTOR_SETTINGS = Symbol('TIMELINE_PROJECTOR_SETTINGS');

@Injectable()
class TimelineLifecycle implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  constructor(
    private readonly projector: TimelineProjector,
    private readonly updates: TimelineUpdates,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly db: SqlDatabase,
    @Inject(PROJECTOR_SETTINGS) private readonly settings: { runProjector: boolean },
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.runProjector) await this.projector.start();
  }

  /** Before the store closes (EventStoreModule closes it on application shutdown). */
  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
    await this.updates.close();
  }

  async onApplicationShutdown(): Promise<void> {
    if (sqlDatabaseOf(this.store) !== this.db) await this.db.close();
  }
}

/**
 * The read side: read-model database (`READ_MODEL_DATABASE`), the projector, queries `household` (with the
 * regisseur's insight: afwegingen, maatwerk, costs, ZRM, maatwerkbudget), `myHouseholds`, `signals` (worklist),
 * `gemeenteCosts`, `regisseurs` and `regisseurCaseload` (the beheerder's handovers), subscription
 * `timelineUpdated`, and the read-your-writes interceptor. Needs `EventStoreModule` and the (global) `HouseholdModule`
 * with the domain modules registered.
 */
@Module({})
export class TimelineModule {
  static forRoot(config: Pick<RegieConfig, 'DATABASE_URL'>, options: TimelineModuleOptions = {}): DynamicModule {
    const graphql = options.graphql ?? true;
    const logger = new Logger('TimelineProjector');
    return {
      module: TimelineModule,
      providers: [
        { provide: PROJECTOR_SETTINGS, useValue: { runProjector: options.runProjector ?? true } },
        {
          provide: READ_MODEL_DATABASE,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) => openReadModelDatabase(store, config.DATABASE_URL),
        },
        {
          provide: TimelineProjector,
          inject: [EVENT_STORE, READ_MODEL_DATABASE, DomainRegistry],
          useFactory: (store: EventStore, db: SqlDatabase, registry: DomainRegistry) =>
            new TimelineProjector(store, db, registry, {
              exclusive: true,
              onError: (error) =>
                logger.error(`projection failed, resubscribing from the checkpoint: ${error.message}`),
            }),
        },
        {
          provide: TimelineReadModel,
          inject: [READ_MODEL_DATABASE, DomainRegistry],
          useFactory: (db: SqlDatabase, domains: DomainRegistry) => new TimelineReadModel(db, domains),
        },
        {
          provide: InsightReadModel,
          inject: [READ_MODEL_DATABASE, DomainRegistry],
          useFactory: (db: SqlDatabase, domains: DomainRegistry) => new InsightReadModel(db, domains),
        },
        {
          provide: CaseloadReadModel,
          inject: [READ_MODEL_DATABASE],
          useFactory: (db: SqlDatabase) => new CaseloadReadModel(db),
        },
        {
          provide: TimelineUpdates,
          inject: [READ_MODEL_DATABASE, TimelineReadModel],
          useFactory: (db: SqlDatabase, readModel: TimelineReadModel) => new TimelineUpdates(db, readModel),
        },
        TimelineLifecycle,
        ReadYourWritesInterceptor,
        HouseholdReadAccess,
        ...(graphql
          ? [
              HouseholdViewResolver,
              MyHouseholdsResolver,
              ProvidersResolver,
              TimelineUpdatedResolver,
              TimelineConnectionResolver,
              MyHouseholdConnectionResolver,
              HouseholdInsightResolver,
              WorklistResolver,
              WorklistConnectionResolver,
              GemeenteCostsResolver,
              CaseloadResolver,
              CaseloadConnectionResolver,
              { provide: APP_INTERCEPTOR, useExisting: ReadYourWritesInterceptor },
            ]
          : []),
      ],
      exports: [
        READ_MODEL_DATABASE,
        TimelineProjector,
        TimelineReadModel,
        ReadYourWritesInterceptor,
        HouseholdReadAccess,
      ],
    };
  }
}

/** Event store, household, the given domain modules and the timeline, without HTTP: for the projector process and tools. */
@Module({})
export class TimelineHostModule {
  static forRoot(
    config: RegieConfig,
    domainModules: NonNullable<ModuleMetadata['imports']>,
    options: { runProjector: boolean },
  ): DynamicModule {
    return {
      module: TimelineHostModule,
      imports: [
        EventStoreModule.forRoot(config),
        HouseholdModule,
        ...domainModules,
        TimelineModule.forRoot(config, { runProjector: options.runProjector, graphql: false }),
      ],
    };
  }
}
