import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { SearchIndexer } from '@regie/search';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE, TimelineProjector } from '@regie/timeline';

/** Events the read model may trail the store by before this instance reports itself not ready. */
export const MAX_PROJECTOR_LAG = 10_000;
/** Events this process's search index may trail the store by before it reports itself not ready. */
export const MAX_SEARCH_INDEX_LAG = 10_000;

@Injectable()
export class RegieHealthIndicators {
  constructor(
    private readonly health: HealthIndicatorService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_MODEL_DATABASE) private readonly readModel: SqlDatabase,
    private readonly projector: TimelineProjector,
    // Absent in the projector process, which keeps no search index.
    @Optional() private readonly searchIndexer?: SearchIndexer,
  ) {}

  get keepsSearchIndex(): boolean {
    return this.searchIndexer !== undefined;
  }

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

  /**
   * This process's search indexer: down while it is stopped (a failure: it subscribes again by itself; or for good
   * after the index was rebuilt with another key) or trails the store by more than `MAX_SEARCH_INDEX_LAG`, because its
   * BSN searches and the BSN_OF_ANOTHER_PERSON check would miss what it has not indexed.
   */
  async searchIndex() {
    const check = this.health.check('searchIndex');
    const indexer = this.searchIndexer!;
    try {
      const { state, position, lag } = await indexer.report();
      const data = { state, position: position?.toString() ?? null, lag };
      const healthy = (state === 'following' || state === 'starting') && lag <= MAX_SEARCH_INDEX_LAG;
      return healthy ? check.up(data) : check.down(data);
    } catch {
      return check.down({ state: indexer.state, message: 'search index state unreadable' });
    }
  }
}
