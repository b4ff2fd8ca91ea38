import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '@regie/sql';
import { sqlDatabaseOf } from '../src/create-event-store';
import { CompanionNotSupportedError, WrongExpectedVersionError } from '../src/errors';
import type { EventStore, ExpectedRevision, NewEvent, RecordedEvent } from '../src/event-store.port';
import { recordedEventFromJson, recordedEventToJson } from '../src/json';

export interface ContractSubject {
  /** Opens a store. `beforeCommit` is offered only by stores that have transactions (PostgreSQL, PGlite). */
  open(hooks?: { beforeCommit?: (streamId: string) => Promise<void> }): Promise<EventStore>;
  /** Whether the store can hold an append open before commit (for the late-commit test). */
  readonly hasTransactions: boolean;
  cleanup?(): Promise<void>;
}

const event = (type = 'test.Happened', data: Record<string, unknown> = {}): NewEvent => ({
  id: randomUUID(),
  type,
  data: { ...data, at: new Date().toISOString() },
  metadata: { actor: { userId: 'tester' }, correlationId: randomUUID() },
});
const events = (count: number, prefix = 'e'): NewEvent[] =>
  Array.from({ length: count }, (_, index) => event('test.Happened', { label: `${prefix}${index}` }));
const newStream = () => `contract-${randomUUID()}`;

/** Collects the subscription's events of the given streams until `count` arrived. */
function collect(store: EventStore, after: bigint | undefined, streams: Set<string>, count: number) {
  const received: RecordedEvent[] = [];
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const subscription = store.subscribeAll({
    after,
    onEvent: async (recorded) => {
      if (!streams.has(recorded.streamId)) return;
      received.push(recorded);
      if (received.length >= count) resolveDone();
    },
  });
  return { received, done, subscription };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function describeEventStoreContract(name: string, subject: ContractSubject): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;

    beforeAll(async () => {
      store = await subject.open();
    });
    afterAll(async () => {
      await store?.close();
      await subject.cleanup?.();
    });

    it('reads back what it appended, in revision order, with data and metadata intact', async () => {
      const stream = newStream();
      const written = events(3);
      const result = await store.append(stream, written, 'no_stream');
      expect(result.nextRevision).toBe(2n);

      const read = await store.readStream(stream);
      expect(read.map((e) => e.id)).toEqual(written.map((e) => e.id));
      expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      expect(read.map((e) => e.data)).toEqual(written.map((e) => e.data));
      expect(read[0]!.metadata).toEqual(written[0]!.metadata);
      expect(read.every((e) => e.streamId === stream && e.type === 'test.Happened')).toBe(true);
      expect(read[2]!.position).toBe(result.position);
      expect(read[0]!.position < read[1]!.position && read[1]!.position < read[2]!.position).toBe(true);
      expect(read[0]!.recordedAt).toBeInstanceOf(Date);
    });

    it('reads a stream that does not exist as empty', async () => {
      await expect(store.readStream(newStream())).resolves.toEqual([]);
    });

    describe('optimistic concurrency raises WrongExpectedVersionError whatever the adapter', () => {
      const conflicts: [string, ExpectedRevision, boolean][] = [
        ['no_stream on an existing stream', 'no_stream', true],
        ['exists on a missing stream', 'exists', false],
        ['a stale exact revision', 0n, true],
        ['a revision ahead of the stream', 7n, true],
        ['an exact revision on a missing stream', 0n, false],
      ];
      it.each(conflicts)('%s', async (_label, expected, streamExists) => {
        const stream = newStream();
        if (streamExists) await store.append(stream, events(2), 'no_stream');
        const before = await store.readStream(stream);
        const attempt = store.append(stream, events(1), expected);
        await expect(attempt).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await attempt.catch((error: WrongExpectedVersionError) => {
          expect(error.streamId).toBe(stream);
          expect(error.expected).toBe(expected);
        });
        expect(await store.readStream(stream)).toEqual(before);
      });

      it('accepts the right exact revision, exists on an existing stream, and any always', async () => {
        const stream = newStream();
        await expect(store.append(stream, events(1), 'any')).resolves.toMatchObject({ nextRevision: 0n });
        await expect(store.append(stream, events(1), 0n)).resolves.toMatchObject({ nextRevision: 1n });
        await expect(store.append(stream, events(2), 'exists')).resolves.toMatchObject({ nextRevision: 3n });
        await expect(store.append(stream, events(1), 'any')).resolves.toMatchObject({ nextRevision: 4n });
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
      });
    });

    it('does not duplicate when an append is retried with the same event ids', async () => {
      const stream = newStream();
      const written = events(3);
      const first = await store.append(stream, written, 'no_stream');
      const retried = await store.append(stream, written, 'no_stream');
      expect(retried).toEqual(first);
      expect((await store.readStream(stream)).map((e) => e.id)).toEqual(written.map((e) => e.id));
    });

    it('reads all streams in one global order', async () => {
      const streams = [newStream(), newStream(), newStream()];
      const head = await store.headPosition();
      const order: string[] = [];
      for (let round = 0; round < 3; round++) {
        for (const stream of streams) {
          const appended = event('test.Happened', { round });
          order.push(appended.id);
          await store.append(stream, [appended], 'any');
        }
      }
      const read: RecordedEvent[] = [];
      let after = head;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 4 });
        if (page.length === 0) break;
        read.push(...page);
        after = page[page.length - 1]!.position;
      }
      const ours = read.filter((e) => streams.includes(e.streamId));
      expect(ours.map((e) => e.id)).toEqual(order);
      for (let i = 1; i < read.length; i++) expect(read[i]!.position > read[i - 1]!.position).toBe(true);
      expect(await store.headPosition()).toBe(read[read.length - 1]!.position);
    });

    it('delivers exactly the events after the checkpoint, history first and then live', async () => {
      const stream = newStream();
      const history = events(3, 'history');
      await store.append(stream, history, 'no_stream');
      const checkpoint = (await store.readStream(stream))[1]!.position;
      const { received, done, subscription } = collect(store, checkpoint, new Set([stream]), 3);
      const live = events(2, 'live');
      await store.append(stream, live, 2n);
      await within(done, 10_000, 'three events');
      await subscription.stop();
      expect(received.map((e) => e.id)).toEqual([history[2]!.id, ...live.map((e) => e.id)]);
      expect(subscription.checkpoint! >= received[2]!.position).toBe(true);
    });

    it('stops a subscription whose handler fails and reports the error once', async () => {
      const stream = newStream();
      await store.append(stream, events(2), 'no_stream');
      const head = (await store.readStream(stream))[0]!.position - 1n;
      const errors: Error[] = [];
      let calls = 0;
      const failed = new Promise<void>((resolve) => {
        store.subscribeAll({
          after: head,
          onEvent: async () => {
            calls++;
            throw new Error('projection bug');
          },
          onError: (error) => {
            errors.push(error);
            resolve();
          },
        });
      });
      await within(failed, 10_000, 'the handler error');
      expect(errors.map((e) => e.message)).toEqual(['projection bug']);
      expect(calls).toBe(1);
    });

    it('refuses a companion write in a database it does not live in, and writes nothing', async () => {
      const stream = newStream();
      const elsewhere: SqlExecutor = { query: async () => ({ rows: [] }), execute: async () => undefined };
      const write = jest.fn(async () => undefined);
      expect(store.canCommitWith(elsewhere)).toBe(false);
      await expect(
        store.append(stream, events(1), 'no_stream', { companion: { database: elsewhere, write } }),
      ).rejects.toBeInstanceOf(CompanionNotSupportedError);
      expect(write).not.toHaveBeenCalled();
      expect(await store.readStream(stream)).toEqual([]);
    });

    if (subject.hasTransactions) {
      it('commits a companion write with the events, and neither when the companion fails after the insert', async () => {
        const db = sqlDatabaseOf(store)!;
        expect(store.canCommitWith(db)).toBe(true);
        await db.execute('create table if not exists contract_companion (stream_id text not null)');
        const stream = newStream();
        const rowsOf = async () =>
          (await db.query('select stream_id from contract_companion where stream_id = $1', [stream])).rows;
        const insertRow = async (tx: SqlExecutor) => {
          await tx.query('insert into contract_companion (stream_id) values ($1)', [stream]);
        };
        const failing = store.append(stream, events(1), 'no_stream', {
          companion: {
            database: db,
            write: async (tx) => {
              await insertRow(tx);
              throw new Error('injected failure after both writes');
            },
          },
        });
        await expect(failing).rejects.toThrow('injected failure after both writes');
        expect(await store.readStream(stream)).toEqual([]);
        expect(await rowsOf()).toEqual([]);

        await store.append(stream, events(2), 'no_stream', { companion: { database: db, write: insertRow } });
        expect(await store.readStream(stream)).toHaveLength(2);
        expect(await rowsOf()).toHaveLength(1);
      });

      it('folds companion statements into the append: their rows only with the events, neither on a failure', async () => {
        const db = sqlDatabaseOf(store)!;
        await db.execute('create table if not exists contract_companion (stream_id text not null)');
        const stream = newStream();
        const rowsOf = async () =>
          (await db.query('select stream_id from contract_companion where stream_id = $1', [stream])).rows;
        const write = jest.fn(async () => {
          throw new Error('write is not called when the statement is folded in');
        });
        const rows = (values: readonly (string | null)[]) => ({
          database: db,
          write,
          // Two statements, as the verwerkingenlog line and the keys of new subjects ride together.
          statements: [values.slice(0, 1), values.slice(1)].map((part) => ({
            sql: (parameter: string, onlyIf: string) =>
              `insert into contract_companion (stream_id)
               select x from jsonb_array_elements_text(${parameter}::jsonb) as x where ${onlyIf}`,
            value: JSON.stringify(part),
          })),
        });
        await store.append(stream, events(1), 'no_stream', { companion: rows([stream, stream]) });
        expect(await store.readStream(stream)).toHaveLength(1);
        expect(await rowsOf()).toHaveLength(2);
        // The expected revision is refused: no rows either.
        await expect(
          store.append(stream, events(1), 'no_stream', { companion: rows([stream]) }),
        ).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(store.append(stream, events(1), 5n, { companion: rows([stream]) })).rejects.toBeInstanceOf(
          WrongExpectedVersionError,
        );
        // A row that fails (not null): no events either.
        await expect(store.append(stream, events(1), 0n, { companion: rows([stream, null]) })).rejects.toThrow();
        expect(await store.readStream(stream)).toHaveLength(1);
        expect(await rowsOf()).toHaveLength(2);
        await store.append(stream, events(2), 0n, { companion: rows([stream]) });
        expect(await store.readStream(stream)).toHaveLength(3);
        expect(await rowsOf()).toHaveLength(3);
        expect(write).not.toHaveBeenCalled();
      });

      it('never skips a transaction that commits after a later one', async () => {
        let releaseLate!: () => void;
        const lateMayCommit = new Promise<void>((resolve) => (releaseLate = resolve));
        let lateIsWaiting!: () => void;
        const lateWaits = new Promise<void>((resolve) => (lateIsWaiting = resolve));
        const lateStream = newStream();
        const earlyStream = newStream();
        const hooked = await subject.open({
          beforeCommit: async (streamId) => {
            if (streamId !== lateStream) return;
            lateIsWaiting();
            await lateMayCommit;
          },
        });
        try {
          const head = await hooked.headPosition();
          const { received, done, subscription } = collect(hooked, head, new Set([lateStream, earlyStream]), 2);
          const late = hooked.append(lateStream, [event('test.Late')], 'no_stream');
          await lateWaits; // the late transaction has drawn its position and sits before commit
          const early = hooked.append(earlyStream, [event('test.Early')], 'no_stream');
          // PostgreSQL commits the early one now; PGlite, single-connection, queues it behind the late one.
          await Promise.race([early, new Promise((resolve) => setTimeout(resolve, 300))]);
          expect(received).toEqual([]);
          releaseLate();
          await Promise.all([late, early]);
          await within(done, 10_000, 'both events');
          await subscription.stop();
          expect(received.map((e) => e.type).sort()).toEqual(['test.Early', 'test.Late']);
          expect(received[0]!.position < received[1]!.position).toBe(true);
        } finally {
          releaseLate();
          await hooked.close();
        }
      });
    }

    it('leaves a gap-free stream when 50 appenders race on it, each acknowledged append exactly once', async () => {
      const stream = newStream();
      const acknowledged: string[] = [];
      const appender = async (index: number) => {
        const mine = event('test.Raced', { index });
        for (let attempt = 0; attempt < 500; attempt++) {
          const current = await store.readStream(stream);
          const expected: ExpectedRevision =
            index % 5 === 0 ? 'any' : current.length === 0 ? 'no_stream' : current[current.length - 1]!.revision;
          try {
            await store.append(stream, [mine], expected);
            acknowledged.push(mine.id);
            return;
          } catch (error) {
            if (!(error instanceof WrongExpectedVersionError)) throw error;
          }
        }
        throw new Error(`appender ${index} gave up`);
      };
      await Promise.all(Array.from({ length: 50 }, (_, index) => appender(index)));
      const read = await store.readStream(stream);
      expect(read.map((e) => e.revision)).toEqual(Array.from({ length: 50 }, (_, i) => BigInt(i)));
      expect(new Set(read.map((e) => e.id))).toEqual(new Set(acknowledged));
      expect(acknowledged).toHaveLength(50);
    });

    it('keeps revisions and positions exact through JSON as strings', async () => {
      const stream = newStream();
      await store.append(stream, events(1), 'no_stream');
      const [recorded] = await store.readStream(stream);
      const wire = JSON.parse(JSON.stringify(recordedEventToJson(recorded!)));
      expect(typeof wire.revision).toBe('string');
      expect(typeof wire.position).toBe('string');
      expect(recordedEventFromJson(wire)).toEqual(recorded);

      const huge = { ...recorded!, revision: 2n ** 63n - 1n, position: 2n ** 63n - 2n };
      const back = recordedEventFromJson(JSON.parse(JSON.stringify(recordedEventToJson(huge))));
      expect(back.revision).toBe(2n ** 63n - 1n);
      expect(back.position).toBe(2n ** 63n - 2n);
    });
  });
}
