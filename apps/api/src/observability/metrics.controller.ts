import { SkipThrottle } from '@nestjs/throttler';
import { Controller, Get, Header, Inject, Optional, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { RegieMetrics } from '@regie/observability';
import { SearchIndexer } from '@regie/search';
import { TimelineProjector } from '@regie/timeline';

/**
 * Prometheus metrics at `/metrics` (text exposition format). No personal data: counts, durations and result codes.
 * Meant for the municipality's internal monitoring network; put it behind the ingress's IP allow-list.
 */
// Probes and scrapers poll from one address all day: never rate-limited (docs/security.md, Rate limiting).
@SkipThrottle()
@Controller('metrics')
export class MetricsController implements OnModuleDestroy {
  private readonly stopCounting: (() => void)[];

  constructor(
    private readonly metrics: RegieMetrics,
    private readonly projector: TimelineProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    // Absent in the projector process, which keeps no search index.
    @Optional() private readonly searchIndexer?: SearchIndexer,
  ) {
    this.stopCounting = [projector.onCommitted((events) => metrics.projectedEvents.inc(events))];
    if (searchIndexer) {
      const { stops } = metrics.searchIndex();
      this.stopCounting.push(searchIndexer.onStopped(() => stops.inc()));
    }
  }

  onModuleDestroy(): void {
    this.stopCounting.forEach((stop) => stop());
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    const [head, checkpoint] = await Promise.all([
      this.store.headPosition().catch(() => undefined),
      this.projector.checkpoint().catch(() => undefined),
      this.scrapeSearchIndex(),
    ]);
    if (head !== undefined) this.metrics.projectorLag.set(Number(head - (checkpoint ?? 0n)));
    else this.metrics.projectorLag.set(0);
    this.metrics.projectorActive.set(this.projector.role === 'active' ? 1 : 0);
    return this.metrics.registry.metrics();
  }

  private async scrapeSearchIndex(): Promise<void> {
    if (!this.searchIndexer) return;
    const { lag, running } = this.metrics.searchIndex();
    running.set(this.searchIndexer.state === 'following' ? 1 : 0);
    // Unreadable (the database is away): the lag keeps its last value, `running` says the rest.
    const report = await this.searchIndexer.report().catch(() => undefined);
    if (report) {
      lag.set(report.lag);
      running.set(report.state === 'following' ? 1 : 0);
    }
  }
}
