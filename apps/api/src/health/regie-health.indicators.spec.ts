import { HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@regie/event-store';
import type { SqlDatabase } from '@regie/sql';
import type { TimelineProjector } from '@regie/timeline';
import { CHECK_TIMEOUT_MS, RegieHealthIndicators } from './regie-health.indicators';

const never = () => new Promise<never>(() => undefined);

describe('RegieHealthIndicators', () => {
  it('reports a part that does not answer as down, saying so, instead of holding /health/ready', async () => {
    const frozen = { headPosition: never } as unknown as EventStore;
    const database = { query: never } as unknown as SqlDatabase;
    const projector = { checkpoint: never, role: 'active' } as unknown as TimelineProjector;
    const indicators = new RegieHealthIndicators(new HealthIndicatorService(), frozen, database, projector);
    const started = Date.now();
    const [store, readModel, projection] = await Promise.all([
      indicators.eventStore(),
      indicators.readModelDatabase(),
      indicators.projection(),
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(CHECK_TIMEOUT_MS - 50);
    expect(store).toEqual({
      eventStore: { status: 'down', message: `event store unreachable: no answer within ${CHECK_TIMEOUT_MS / 1000} s` },
    });
    expect(readModel.readModel).toMatchObject({ status: 'down', message: expect.stringContaining('no answer within') });
    expect(projection.projector).toMatchObject({
      status: 'down',
      message: expect.stringContaining('no answer within'),
    });
  });

  it('reports a part that answers as up', async () => {
    const store = { headPosition: async () => 7n } as unknown as EventStore;
    const database = { query: async () => ({ rows: [] }) } as unknown as SqlDatabase;
    const projector = { checkpoint: async () => 7n, role: 'active' } as unknown as TimelineProjector;
    const indicators = new RegieHealthIndicators(new HealthIndicatorService(), store, database, projector);
    expect(await indicators.eventStore()).toEqual({ eventStore: { status: 'up', headPosition: '7' } });
    expect((await indicators.projection()).projector).toMatchObject({ status: 'up', lag: 0 });
  });
});
