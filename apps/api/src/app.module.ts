import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { RegieConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { formatGraphQLError, HouseholdModule } from '@regie/household';
import { APP_PIPE } from '@nestjs/core';
import { TimelineModule } from '@regie/timeline';
import { DOMAIN_MODULES } from './domain-modules';
import { inputValidationPipe } from './validation';
import { HealthController } from './health/health.controller';
import { SystemResolver } from './system/system.resolver';

/** The composition root: wires configuration, the store, GraphQL and the domain modules. No domain logic here. */
@Module({})
export class AppModule {
  static forRoot(config: RegieConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        EventStoreModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          playground: false,
          introspection: config.NODE_ENV !== 'production',
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          subscriptions: { 'graphql-ws': true },
        }),
        HouseholdModule,
        ...DOMAIN_MODULES,
        TimelineModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [SystemResolver, { provide: APP_PIPE, useValue: inputValidationPipe }],
    };
  }
}
