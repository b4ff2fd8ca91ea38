import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header, Inject, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { RegieMetrics } from '@regie/observability';
import { TimelineProjector } from '@regie/timeline';

/**
 * Prometheus metrics at `/metrics` (text exposition format). No personal data: counts, durations and result codes.
 * Meant for the municipality's internal monitoring network; put it behind the ingress's IP allow-list.
 */
// Probes and scrapers poll from one address all day: never rate-limited (docs/security.md, Rate limiting).
@SkipThrottle()
@Controller('metrics')
export class MetricsController implements OnModuleDestroy {
  private readonly stopCounting: () => void;

  constructor(
    private readonly metrics: RegieMetrics,
    private readonly projector: TimelineProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.stopCounting = projector.onCommitted((events) => metrics.projectedEvents.inc(events));
  }

  onModuleDestroy(): void {
    this.stopCounting();
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    const [head, checkpoint] = await Promise.all([
      this.store.headPosition().catch(() => undefined),
      this.projector.checkpoint().catch(() => undefined),
    ]);
    if (head !== undefined) this.metrics.projectorLag.set(Number(head - (checkpoint ?? 0n)));
    else this.metrics.projectorLag.set(0);
    this.metrics.projectorActive.set(this.projector.role === 'active' ? 1 : 0);
    return this.metrics.registry.metrics();
  }
}
