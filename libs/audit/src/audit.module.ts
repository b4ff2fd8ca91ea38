import {
  Global,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type Provider,
  type Type,
} from '@nestjs/common';
import { migrate, type SqlDatabase } from '@regie/sql';
import { DenyHouseholdAccessCheck, HOUSEHOLD_ACCESS_CHECK, type HouseholdAccessCheck } from './audit-access';
import { ProcessingActivitiesResolver } from './graphql/processing-activities.resolver';
import { ProcessingLogResolver } from './graphql/processing-log.resolver';
import { ProcessingLogExportResolver } from './graphql/processing-log-export.resolver';
import { AUDIT_COMPONENT, auditMigrations } from './migrations';
import { PERSON_FINDER, PersonFinderNotBound, type PersonFinder } from './person-finder';
import { ProcessingLog } from './processing-log';

export interface AuditModuleOptions {
  /** Modules that provide `databaseToken` (and whatever `householdAccessCheck` injects). */
  readonly imports?: ModuleMetadata['imports'];
  /** Token of the SqlDatabase that holds the log; in the api `READ_MODEL_DATABASE` of @regie/timeline. */
  readonly databaseToken: InjectionToken;
  /** Who besides auditors may call `householdAccessLog`. Default: nobody (DenyHouseholdAccessCheck). */
  readonly householdAccessCheck?: Type<HouseholdAccessCheck>;
  /**
   * Finds members by BSN for `personAccessLog`: a provider of another (imported or global) module, used as is; in the
   * api the search index's. Default: none (the query fails).
   */
  readonly personFinder?: Type<PersonFinder>;
  /** Register the GraphQL queries. Default true; false for the CLI and the projector process. */
  readonly graphql?: boolean;
}

/** Brings the log's table up to date on the given database and returns the log over it. */
export async function openProcessingLog(db: SqlDatabase): Promise<ProcessingLog> {
  await migrate(db, AUDIT_COMPONENT, auditMigrations);
  return new ProcessingLog(db);
}

/**
 * The verwerkingenlog, global: any module injects `ProcessingLog` to record. The log lives in the read-model database
 * but under its own migrations (`audit`), outside the timeline's read models, so a rebuild never touches it.
 *
 * Audit is infrastructure and imports no domain or timeline code: the caller passes the database by token,
 * with the module that provides it. `forRoot` runs the migrations in an async factory at start-up. It never closes
 * the database; its owner does (TimelineModule for READ_MODEL_DATABASE). In the api:
 *
 * ```ts
 * const timeline = TimelineModule.forRoot(config);
 * // imports: [..., timeline, AuditModule.forRoot({ imports: [timeline], databaseToken: READ_MODEL_DATABASE })]
 * ```
 * Pass the same `timeline` object both times so Nest builds one TimelineModule.
 */
@Global()
@Module({})
export class AuditModule {
  static forRoot(options: AuditModuleOptions): DynamicModule {
    const providers: Provider[] = [
      {
        provide: ProcessingLog,
        inject: [options.databaseToken],
        useFactory: (db: SqlDatabase) => openProcessingLog(db),
      },
      { provide: HOUSEHOLD_ACCESS_CHECK, useClass: options.householdAccessCheck ?? DenyHouseholdAccessCheck },
      options.personFinder
        ? { provide: PERSON_FINDER, useExisting: options.personFinder }
        : { provide: PERSON_FINDER, useClass: PersonFinderNotBound },
      ...((options.graphql ?? true)
        ? [ProcessingLogResolver, ProcessingLogExportResolver, ProcessingActivitiesResolver]
        : []),
    ];
    return {
      module: AuditModule,
      global: true,
      imports: [...(options.imports ?? [])],
      providers,
      exports: [ProcessingLog, HOUSEHOLD_ACCESS_CHECK],
    };
  }
}
