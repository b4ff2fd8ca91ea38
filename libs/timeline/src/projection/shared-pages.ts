import type { RecordedEvent } from '@regie/event-store';

/** One partition worker's view of the store's pages, read once for all workers. */
export interface PageReader {
  /** The next page in store order; empty after the page that reaches the head. */
  next(): Promise<readonly RecordedEvent[]>;
  /** This reader takes no more pages (done, failed or nothing to do): the others no longer wait for it. */
  close(): void;
}

/**
 * The store's pages up to `head`, read and decoded once for the partition workers of a rebuild, instead of once per
 * worker. Each page is read while the workers project the ones before it; a page is dropped once every open reader
 * has taken it, and reading waits while `ahead` pages are held, so memory stays bounded by the slowest worker.
 */
export function sharedPages(
  read: (after: bigint | undefined) => Promise<RecordedEvent[]>,
  readers: number,
  head: bigint,
  ahead = 4,
): PageReader[] {
  const held: (readonly RecordedEvent[])[] = [];
  /** Index of `held[0]` in the store's sequence of pages. */
  let first = 0;
  /** Per reader: the index of the page it takes next (Infinity once closed). */
  const cursors = Array.from({ length: readers }, () => 0);
  let ended = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void)[] = [];
  const notify = () => {
    const waiting = wake;
    wake = [];
    waiting.forEach((resolve) => resolve());
  };
  const changed = () => new Promise<void>((resolve) => wake.push(resolve));

  const dropTaken = () => {
    const slowest = Math.min(...cursors);
    while (held.length > 0 && first < slowest) {
      held.shift();
      first++;
    }
  };

  const produce = async () => {
    let after: bigint | undefined;
    try {
      while (!ended) {
        while (held.length >= ahead && Math.min(...cursors) !== Infinity) await changed();
        if (Math.min(...cursors) === Infinity) return; // every reader closed
        const events = await read(after);
        held.push(events);
        const last = events[events.length - 1]?.position;
        if (last === undefined || last >= head) ended = true;
        after = last;
        notify();
      }
    } catch (error) {
      failure = { error };
      notify();
    }
  };
  void produce();

  return cursors.map((_, index) => ({
    async next() {
      for (;;) {
        const at = cursors[index]! - first;
        if (at < held.length) {
          const page = held[at]!;
          cursors[index]!++;
          dropTaken();
          notify();
          return page;
        }
        if (failure) throw failure.error;
        if (ended) return [];
        await changed();
      }
    },
    close() {
      cursors[index] = Infinity;
      dropTaken();
      notify();
    },
  }));
}
