import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE, TimelineProjector } from '@regie/timeline';

/** Events the read model may trail the store by before this instance reports itself not ready. */
export const MAX_PROJECTOR_LAG = 10_000;

@Injectable()
export class RegieHealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly readModel: SqlDatabase,
    private readonly projector: TimelineProjector,
  ) {}

  async eventStore() {
    const check = this.health.check('eventStore');
    try {
      const head = await this.store.headPosition();
      return check.up({ headPosition: head?.toString() ?? null });
    } catch {
      return check.down({ message: 'event store unreachable' });
    }
  }

  async readModelDatabase() {
    const check = this.health.check('readModel');
    try {
      await this.readModel.query('select 1');
      return check.up();
    } catch {
      return check.down({ message: 'read-model database unreachable' });
    }
  }

  /**
   * Lag of the committed checkpoint (whichever process projects) behind the store. This instance's own projector is
   * `active` or `standby`; a standby is healthy as long as the active one keeps the lag small.
   */
  async projection() {
    const check = this.health.check('projector');
    try {
      const [head, checkpoint] = await Promise.all([this.store.headPosition(), this.projector.checkpoint()]);
      const lag = head === undefined ? 0 : Number(head - (checkpoint ?? 0n));
      const data = { role: this.projector.role, checkpoint: checkpoint?.toString() ?? null, lag };
      return lag > MAX_PROJECTOR_LAG ? check.down(data) : check.up(data);
    } catch {
      return check.down({ message: 'projector checkpoint unreadable' });
    }
  }
}
