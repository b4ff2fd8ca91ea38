import type { RecordedEvent } from '@regie/event-store';
import { sharedPages } from './shared-pages';

const STORE: RecordedEvent[] = Array.from(
  { length: 10 },
  (_, i) =>
    ({
      position: BigInt(i + 1),
      streamId: `s-${i}`,
      type: 't',
      data: {},
      metadata: {},
    }) as unknown as RecordedEvent,
);

/** A store of 10 events read `size` at a time, counting the reads. */
function pagedStore(size: number) {
  const reads: (bigint | undefined)[] = [];
  const read = async (after: bigint | undefined) => {
    reads.push(after);
    await new Promise((resolve) => setImmediate(resolve));
    const from = after === undefined ? 0 : Number(after);
    return STORE.slice(from, from + size);
  };
  return { read, reads };
}

const positions = (pages: readonly (readonly RecordedEvent[])[]) => pages.map((page) => page.map((e) => e.position));

async function drain(reader: { next(): Promise<readonly RecordedEvent[]> }) {
  const pages: (readonly RecordedEvent[])[] = [];
  for (let page = await reader.next(); page.length > 0; page = await reader.next()) pages.push(page);
  return pages;
}

describe('sharedPages', () => {
  it('gives every reader every page up to the head, in order, each page read once', async () => {
    const store = pagedStore(3);
    const readers = sharedPages(store.read, 3, 7n);
    const seen = await Promise.all(readers.map(drain));
    for (const pages of seen) {
      expect(positions(pages)).toEqual([
        [1n, 2n, 3n],
        [4n, 5n, 6n],
        [7n, 8n, 9n],
      ]);
    }
    // The page that reaches the head is the last: nothing after position 9 is read.
    expect(store.reads).toEqual([undefined, 3n, 6n]);
  });

  it('ends at the end of the store when the head lies beyond it', async () => {
    const store = pagedStore(4);
    const [only] = sharedPages(store.read, 1, 50n);
    expect(positions(await drain(only!))).toEqual([
      [1n, 2n, 3n, 4n],
      [5n, 6n, 7n, 8n],
      [9n, 10n],
    ]);
    expect(await only!.next()).toEqual([]);
  });

  it('keeps a reader at most `ahead` pages in front of the slowest, and lets it go on once that one closes', async () => {
    const store = pagedStore(1);
    const [fast, slow] = sharedPages(store.read, 2, 10n, 2);
    const taken: bigint[] = [];
    const running = (async () => {
      for (let page = await fast!.next(); page.length > 0; page = await fast!.next()) taken.push(page[0]!.position);
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Two pages held for the slow reader, which has taken none: the fast one has them and waits for a third.
    expect(taken).toEqual([1n, 2n]);
    expect(store.reads).toHaveLength(2);
    expect(positions([await slow!.next()])).toEqual([[1n]]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(taken).toEqual([1n, 2n, 3n]);
    slow!.close();
    await running;
    expect(taken).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n]);
  });

  it('reads nothing more once every reader closed', async () => {
    const store = pagedStore(1);
    const readers = sharedPages(store.read, 2, 10n, 1);
    readers.forEach((reader) => reader.close());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.reads.length).toBeLessThanOrEqual(1);
  });

  it('hands a failed read to every reader, after the pages read before it', async () => {
    let calls = 0;
    const failing = async (after: bigint | undefined) => {
      if (calls++ === 1) throw new Error('connection lost');
      return after === undefined ? STORE.slice(0, 2) : [];
    };
    const [a, b] = sharedPages(failing, 2, 10n);
    expect(positions([await a!.next()])).toEqual([[1n, 2n]]);
    await expect(a!.next()).rejects.toThrow('connection lost');
    expect(positions([await b!.next()])).toEqual([[1n, 2n]]);
    await expect(b!.next()).rejects.toThrow('connection lost');
  });
});
