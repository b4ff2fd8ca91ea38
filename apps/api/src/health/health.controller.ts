import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { RegieHealthIndicators } from './regie-health.indicators';

/** Liveness and readiness for an orchestrator (and `docker compose`): no personal data, no authentication. */
// Probes and scrapers poll from one address all day: never rate-limited (docs/security.md, Rate limiting).
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: RegieHealthIndicators,
  ) {}

  /** The process is up and its event loop answers. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /**
   * The process can serve: the event store and the read-model database answer, projection keeps up, and (in the api)
   * its search indexer follows the store.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.indicators.eventStore(),
      () => this.indicators.readModelDatabase(),
      () => this.indicators.projection(),
      ...(this.indicators.keepsSearchIndex ? [() => this.indicators.searchIndex()] : []),
    ]);
  }
}
