import type { TimelineProjector } from '../projection/timeline-projector';
import type { TimelineReadModel } from '../query/timeline-read-model';
import type { TimelineEntryRow } from '../query/rows';

/** A subscriber that falls this far behind is disconnected rather than buffered without bound. */
const MAX_QUEUED = 1000;

/**
 * In-process pub/sub of projected timeline entries, fed by the projector after each commit (one query per batch,
 * only when someone listens to one of its households). With several api instances each instance only sees what its
 * own projector commits: use a shared pub/sub (PostgreSQL LISTEN/NOTIFY, Redis) then.
 */
export class TimelineUpdates {
  private readonly listeners = new Map<string, Set<(row: TimelineEntryRow) => void>>();
  private readonly unsubscribe: () => void;

  constructor(
    projector: TimelineProjector,
    private readonly readModel: TimelineReadModel,
  ) {
    this.unsubscribe = projector.onProjected((entries) => {
      const wanted = entries.filter((entry) => this.listeners.has(entry.householdId)).map((entry) => entry.eventId);
      if (wanted.length === 0) return;
      this.readModel
        .entries(wanted)
        .then((rows) =>
          rows.forEach((row) => this.listeners.get(row.household_id)?.forEach((listener) => listener(row))),
        )
        .catch(() => undefined);
    });
  }

  close(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  /** An async iterator of new entries of one household, ended by the GraphQL server's `return()`. */
  subscribe(householdId: string): AsyncIterableIterator<TimelineEntryRow> {
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
}
