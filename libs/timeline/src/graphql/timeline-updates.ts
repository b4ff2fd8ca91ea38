import type { SqlDatabase } from '@regie/sql';
import { PROJECTED_CHANNEL, TIMELINE_PROJECTOR } from '../projection/timeline-projector';
import type { TimelineReadModel } from '../query/timeline-read-model';
import type { TimelineEntryRow } from '../query/rows';

/** A subscriber that falls this far behind is disconnected rather than buffered without bound. */
const MAX_QUEUED = 1000;

/**
 * Pub/sub of projected timeline entries for subscriptions. The active projector (in this process or any other)
 * NOTIFYs `PROJECTED_CHANNEL` with every batch it commits; each api process then reads the new entries of the
 * households its subscribers follow (one query per batch, only when someone listens), from the position it last
 * delivered up to the committed checkpoint. So every api instance serves subscriptions, whichever one projects.
 */
export class TimelineUpdates {
  private readonly listeners = new Map<string, Set<(row: TimelineEntryRow) => void>>();
  private ready: Promise<void> | undefined;
  private stopListening: (() => Promise<void>) | undefined;
  private delivered: bigint | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private closed = false;

  constructor(
    private readonly db: SqlDatabase,
    private readonly readModel: TimelineReadModel,
    private readonly projectorName = TIMELINE_PROJECTOR,
  ) {}

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
    await this.ready?.catch(() => undefined);
    await this.stopListening?.().catch(() => undefined);
  }

  /** An async iterator of new entries of one household, ended by the GraphQL server's `return()`. */
  subscribe(householdId: string): AsyncIterableIterator<TimelineEntryRow> {
    this.ensureListening();
    const queue: TimelineEntryRow[] = [];
    let waiting: ((result: IteratorResult<TimelineEntryRow>) => void) | undefined;
    let done = false;
    const listeners = this.listeners.get(householdId) ?? new Set();
    this.listeners.set(householdId, listeners);
    const finish = () => {
      done = true;
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(householdId) === listeners) this.listeners.delete(householdId);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
    };
    const listener = (row: TimelineEntryRow) => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: row, done: false });
      } else if (queue.push(row) > MAX_QUEUED) finish();
    };
    listeners.add(listener);
    const iterator: AsyncIterableIterator<TimelineEntryRow> = {
      next: () => {
        const row = queue.shift();
        if (row) return Promise.resolve({ value: row, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      throw: async (error: unknown) => {
        finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private ensureListening(): void {
    if (this.ready || this.closed) return;
    // From what is committed now: a subscriber gets what is projected after it subscribed. Listen, then look once,
    // so nothing committed in between is missed.
    this.ready = (async () => {
      this.delivered ??= (await this.checkpoint()) ?? 0n;
      this.stopListening = await this.db.listen(PROJECTED_CHANNEL, () => this.pump());
    })();
    this.ready.then(() => this.pump()).catch(() => (this.ready = undefined));
  }

  private pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = this.deliver()
      .catch(() => undefined)
      .finally(() => {
        this.pumping = undefined;
        if (this.again) {
          this.again = false;
          this.pump();
        }
      });
  }

  private async deliver(): Promise<void> {
    await this.ready;
    const upTo = await this.checkpoint();
    const after = this.delivered;
    if (upTo === undefined || after === undefined || upTo <= after || this.closed) return;
    const households = [...this.listeners.keys()];
    const rows = households.length === 0 ? [] : await this.readModel.entriesBetween(households, after, upTo);
    this.delivered = upTo;
    for (const row of rows) this.listeners.get(row.household_id)?.forEach((listener) => listener(row));
  }

  private async checkpoint(): Promise<bigint | undefined> {
    const { rows } = await this.db.query<{ position: string | null }>(
      'select position::text as position from projector_checkpoints where name = $1',
      [this.projectorName],
    );
    const position = rows[0]?.position;
    return position == null ? undefined : BigInt(position);
  }
}
