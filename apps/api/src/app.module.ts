import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessModule, AuthenticationGuard, graphqlAuthentication, TokenVerifier } from '@regie/access';
import type { RegieConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { formatGraphQLError, HouseholdModule } from '@regie/household';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import {
  HouseholdReadAccess,
  PlanPdfService,
  READ_MODEL_DATABASE,
  TimelineModule,
  TimelineReadModel,
} from '@regie/timeline';
import { AuditModule } from '@regie/audit';
import { MaatwerkbudgetModule } from '@regie/maatwerkbudget';
import { DOMAINS, domainCodesOf, domainModulesOf, type RegisteredDomain } from '@regie/domains';
import { graphqlArmor } from './graphql/graphql-armor';
import { noStorePlugins } from './graphql/no-store.plugin';
import { RegieDateTime } from './graphql/date-time.scalar';
import { PERSISTED_QUERIES } from './graphql/persisted-queries';
import { inputValidationPipe } from './validation';
import { GraphQLRateLimitGuard, rateLimitModule } from './security/rate-limit';
import { HealthController } from './health/health.controller';
import { RegieHealthIndicators } from './health/regie-health.indicators';
import { TerminusModule } from '@nestjs/terminus';
import { ObservabilityModule } from '@regie/observability';
import { WritesBeforeAnswerPlugin } from './observability/writes-before-answer.plugin';
import { GraphQLMetricsPlugin } from './observability/graphql-metrics.plugin';
import { GraphQLWebSocketServer, GraphQLWsSettings } from './graphql/graphql-ws-server';
import { RefusalsAreAnswers } from './graphql/refusals-are-answers.filter';
import { loggingModule } from './observability/logging';
import { MetricsController } from './observability/metrics.controller';
import { SystemResolver } from './system/system.resolver';
import { VoorliggendVeldModule } from '@regie/voorliggend-veld';
import { SessionAuthentication, SignInModule } from '@regie/sign-in';
import { AuditPersonFinder, SearchModule } from '@regie/search';
import { BerichtenImportModule } from '@regie/berichten-import';
import { ViewerResolver } from './system/viewer.resolver';
import { PlanPdfController } from './plan-pdf/plan-pdf.controller';

/** The composition root: wires configuration, the store, GraphQL and the domain modules. No domain logic here. */
@Module({})
export class AppModule {
  /** `domains`: the domain modules of this instance (tests may add one); the codes a token may name follow them. */
  static forRoot(config: RegieConfig, domains: readonly RegisteredDomain[] = DOMAINS): DynamicModule {
    const domainCodes = domainCodesOf(domains);
    // One instance, imported twice: the verwerkingenlog lives in the read-model database.
    // API_PROJECTOR=false: another process (PROJECTOR_ONLY) projects; this one reads, writes and waits for it.
    const timeline = TimelineModule.forRoot(config, { runProjector: config.API_PROJECTOR });
    const signIn = SignInModule.forRoot(config, {
      imports: [timeline],
      databaseToken: READ_MODEL_DATABASE,
      domains: domainCodes,
    });
    const search = SearchModule.forRoot(config, { imports: [timeline], databaseToken: READ_MODEL_DATABASE });
    const access = AccessModule.forRoot(config, { domains: domainCodes });
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot(config),
        access,
        signIn,
        // Async only to inject the TokenVerifier: the actor is verified once per request and per graphql-ws connection.
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [access, signIn],
          inject: [TokenVerifier, SessionAuthentication],
          useFactory: (verifier: TokenVerifier, sessions: SessionAuthentication): ApolloDriverConfig => {
            // A bearer token (systems) or the browser's session cookie with its CSRF token (the web app).
            const authentication = graphqlAuthentication(verifier, sessions);
            const armor = graphqlArmor();
            return {
              autoSchemaFile: true,
              sortSchema: true,
              // A strict DateTime: a malformed date is BAD_USER_INPUT, not an Invalid Date failing deep inside.
              buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: RegieDateTime }] },
              playground: false,
              introspection: config.NODE_ENV !== 'production',
              includeStacktraceInErrorResponses: false,
              persistedQueries: PERSISTED_QUERIES,
              formatError: formatGraphQLError,
              ...armor, // depth, alias, cost, token and directive limits: validationRules, parseOptions
              plugins: [...armor.plugins, ...noStorePlugins()],
              context: authentication.context,
              // No `subscriptions` here: graphql-ws is GraphQLWebSocketServer (message limit, the same document rules).
            };
          },
        }),
        rateLimitModule(config),
        HouseholdModule,
        ...domainModulesOf(domains),
        MaatwerkbudgetModule,
        VoorliggendVeldModule,
        timeline,
        AuditModule.forRoot({
          imports: [timeline],
          databaseToken: READ_MODEL_DATABASE,
          householdAccessCheck: HouseholdReadAccess,
          personFinder: AuditPersonFinder,
        }),
        search,
        BerichtenImportModule.forRoot({
          imports: [timeline, search, access],
          databaseToken: READ_MODEL_DATABASE,
          http: true,
          queueRetentionDays: config.BERICHTEN_QUEUE_RETENTION_DAYS,
        }),
        TerminusModule.forRoot({ logger: false }),
        ObservabilityModule,
        loggingModule(config),
      ],
      controllers: [HealthController, MetricsController, PlanPdfController],
      providers: [
        SystemResolver,
        ViewerResolver,
        {
          provide: PlanPdfService,
          inject: [HouseholdReadAccess, TimelineReadModel],
          useFactory: (access: HouseholdReadAccess, readModel: TimelineReadModel) =>
            new PlanPdfService(access, readModel, config.GEMEENTE_CONTACT),
        },
        RegieHealthIndicators,
        GraphQLMetricsPlugin,
        WritesBeforeAnswerPlugin,
        { provide: GraphQLWsSettings, useValue: new GraphQLWsSettings(config.NODE_ENV === 'production') },
        GraphQLWebSocketServer,
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_GUARD, useClass: GraphQLRateLimitGuard },
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_FILTER, useClass: RefusalsAreAnswers },
      ],
    };
  }
}
