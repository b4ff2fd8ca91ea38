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
/**
 * How long one readiness check may take. A database that holds its connections open but never answers (a frozen
 * server, a stuck proxy) would otherwise hold /health/ready too, so an orchestrator would never see the api unready.
 */
export const CHECK_TIMEOUT_MS = 3000;

/** `work`, or a rejection once CHECK_TIMEOUT_MS have passed (the check then reports the part down, saying so). */
function inTime<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut()), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

class TimedOut extends Error {}

const why = (message: string, error: unknown) =>
  error instanceof TimedOut ? `${message}: no answer within ${CHECK_TIMEOUT_MS / 1000} s` : message;

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
      const head = await inTime(this.store.headPosition());
      return check.up({ headPosition: head?.toString() ?? null });
    } catch (error) {
      return check.down({ message: why('event store unreachable', error) });
    }
  }

  async readModelDatabase() {
    const check = this.health.check('readModel');
    try {
      await inTime(this.readModel.query('select 1'));
      return check.up();
    } catch (error) {
      return check.down({ message: why('read-model database unreachable', error) });
    }
  }

  /**
   * Lag of the committed checkpoint (whichever process projects) behind the store. This instance's own projector is
   * `active` or `standby`; a standby is healthy as long as the active one keeps the lag small.
   */
  async projection() {
    const check = this.health.check('projector');
    try {
      const [head, checkpoint] = await inTime(Promise.all([this.store.headPosition(), this.projector.checkpoint()]));
      const lag = head === undefined ? 0 : Number(head - (checkpoint ?? 0n));
      const data = { role: this.projector.role, checkpoint: checkpoint?.toString() ?? null, lag };
      return lag > MAX_PROJECTOR_LAG ? check.down(data) : check.up(data);
    } catch (error) {
      return check.down({ message: why('projector checkpoint unreadable', error) });
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
      const { state, position, lag } = await inTime(indexer.report());
      const data = { state, position: position?.toString() ?? null, lag };
      const healthy = (state === 'following' || state === 'starting') && lag <= MAX_SEARCH_INDEX_LAG;
      return healthy ? check.up(data) : check.down(data);
    } catch (error) {
      return check.down({ state: indexer.state, message: why('search index state unreadable', error) });
    }
  }
}
