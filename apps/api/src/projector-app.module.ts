import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import type { RegieConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdModule } from '@regie/household';
import { ObservabilityModule } from '@regie/observability';
import { TimelineModule } from '@regie/timeline';
import { DOMAIN_MODULES } from '@regie/domains';
import { HealthController } from './health/health.controller';
import { RegieHealthIndicators } from './health/regie-health.indicators';
import { loggingModule } from './observability/logging';
import { MetricsController } from './observability/metrics.controller';

/**
 * The projector process (PROJECTOR_ONLY=true): follows the store into the read models, and serves only
 * `/health/live`, `/health/ready` (store, read-model database, lag, active or standby) and `/metrics` on PORT,
 * logging JSON like the api. No GraphQL, no authentication: keep its port on the internal network.
 */
@Module({})
export class ProjectorAppModule {
  static forRoot(config: RegieConfig): DynamicModule {
    return {
      module: ProjectorAppModule,
      imports: [
        EventStoreModule.forRoot(config),
        HouseholdModule,
        ...DOMAIN_MODULES,
        TimelineModule.forRoot(config, { runProjector: true, graphql: false }),
        TerminusModule.forRoot({ logger: false }),
        ObservabilityModule,
        loggingModule(config),
      ],
      controllers: [HealthController, MetricsController],
      providers: [RegieHealthIndicators],
    };
  }
}
