import { PassThrough } from 'node:stream';
import {
  ANY,
  CancelledError,
  type KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  AccessDeniedError,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../errors';
import type { RecordedEvent } from '../event-store.port';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import {
  appendedPosition,
  isConnectionError,
  isStreamNotFound,
  nextBackoff,
  pageAfter,
  toActualRevision,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  toStreamState,
  translateAppendError,
  type ClientResolvedEvent,
} from './kurrentdb-mapping';

const created = new Date('2025-03-01T10:00:00.000Z');
const resolvedAt = (position: bigint, type = 'test.Happened', revision = 0n): ClientResolvedEvent => ({
  event: {
    streamId: 's-1',
    id: `00000000-0000-4000-8000-${position.toString().padStart(12, '0')}`,
    type,
    revision,
    created,
    data: { n: Number(position) },
    metadata: { actor: 'tester' },
    position: { commit: position, prepare: position },
  },
  commitPosition: position,
});
const recorded = (position: bigint, type = 'test.Happened'): RecordedEvent =>
  toRecordedEvent(resolvedAt(position, type))!;

describe('expected revision → streamState', () => {
  it.each([
    ['no_stream', NO_STREAM],
    ['exists', STREAM_EXISTS],
    ['any', ANY],
  ] as const)('%s', (ours, theirs) => {
    expect(toStreamState(ours)).toBe(theirs);
  });

  it('passes an exact revision through as a bigint', () => {
    expect(toStreamState(0n)).toBe(0n);
    expect(toStreamState(41n)).toBe(41n);
  });

  it('the client constants are the strings its append sends', () => {
    expect([NO_STREAM, STREAM_EXISTS, ANY]).toEqual(['no_stream', 'stream_exists', 'any']);
  });
});

describe('new events → client event data', () => {
  it('keeps id, type, data and metadata as JSON', () => {
    const data = toEventData({
      id: '3f1c1d0e-8a51-4b6e-9d55-0a8e5a9d2c11',
      type: 'jeugd.ZorgGestart',
      data: { a: 1 },
      metadata: { by: 'x' },
    });
    expect(data).toMatchObject({
      id: '3f1c1d0e-8a51-4b6e-9d55-0a8e5a9d2c11',
      type: 'jeugd.ZorgGestart',
      contentType: 'application/json',
      data: { a: 1 },
      metadata: { by: 'x' },
    });
  });
});

describe('append error translation', () => {
  it('turns the client WrongExpectedVersionError into ours with the actual revision', () => {
    const theirs = new ClientWrongExpectedVersionError(undefined, { streamName: 's-1', expected: 0n, current: 3n });
    const ours = translateAppendError(theirs, 's-1', 0n);
    expect(ours).toBeInstanceOf(WrongExpectedVersionError);
    expect(ours).toMatchObject({ streamId: 's-1', expected: 0n, actual: 3n });
  });

  it("reports 'no_stream' when the client says the stream does not exist", () => {
    const theirs = new ClientWrongExpectedVersionError(undefined, {
      streamName: 's-1',
      expected: 'stream_exists',
      current: 'no_stream',
    });
    expect(translateAppendError(theirs, 's-1', 'exists')).toMatchObject({ expected: 'exists', actual: 'no_stream' });
  });

  it('recognises a lookalike by its type field (other client code paths, other package copies)', () => {
    const lookalike = Object.assign(new Error('conflict'), { type: 'wrong-expected-version', actualState: 5n });
    expect(translateAppendError(lookalike, 's-2', 'no_stream')).toMatchObject({ streamId: 's-2', actual: 5n });
  });

  it('leaves every other error untouched', () => {
    const unavailable = new UnavailableError();
    const plain = new Error('boom');
    expect(translateAppendError(unavailable, 's-1', 'any')).toBe(unavailable);
    expect(translateAppendError(plain, 's-1', 'any')).toBe(plain);
  });

  it.each([
    [4n, 4n],
    [0n, 0n],
    ['no_stream', 'no_stream'],
    [-1n, 'no_stream'],
    [-5n, undefined],
    [undefined, undefined],
    ['garbage', undefined],
  ] as const)('actual state %p → %p', (state, expected) => {
    expect(toActualRevision(state)).toBe(expected);
  });
});

describe('stream not found', () => {
  it('matches the client error and lookalikes only', () => {
    expect(isStreamNotFound(new StreamNotFoundError(undefined, 's-1'))).toBe(true);
    expect(isStreamNotFound({ type: 'stream-not-found' })).toBe(true);
    expect(isStreamNotFound(new UnavailableError())).toBe(false);
    expect(isStreamNotFound(undefined)).toBe(false);
  });
});

describe('positions', () => {
  it('resumes from START without a checkpoint, else at the checkpoint record', () => {
    expect(toReadPosition(undefined)).toBe(START);
    expect(toReadPosition(1234n)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('maps a resolved event with its commit position, metadata and created date', () => {
    expect(recorded(700n)).toEqual({
      id: '00000000-0000-4000-8000-000000000700',
      type: 'test.Happened',
      streamId: 's-1',
      revision: 0n,
      position: 700n,
      data: { n: 700 },
      metadata: { actor: 'tester' },
      recordedAt: created,
    });
  });

  it('falls back to the resolved commitPosition and defaults metadata to {}', () => {
    const base = resolvedAt(900n).event!;
    const bare: ClientResolvedEvent = {
      event: { ...base, position: undefined, metadata: undefined },
      commitPosition: 901n,
    };
    expect(toRecordedEvent(bare)).toMatchObject({ position: 901n, metadata: {} });
    expect(toRecordedEvent({ event: { ...base, metadata: new Uint8Array([1]) } })!.metadata).toEqual({});
  });

  it('skips an unresolved link and refuses an event without any position', () => {
    expect(toRecordedEvent({ commitPosition: 5n })).toBeUndefined();
    const base = resolvedAt(900n).event!;
    expect(() => toRecordedEvent({ event: { ...base, position: undefined } })).toThrow(/without a log position/);
  });

  it('takes the append position only when the result states it unambiguously', () => {
    expect(appendedPosition({ commit: 500n, prepare: 500n }, 1)).toBe(500n);
    expect(appendedPosition({ commit: 900n, prepare: 500n }, 3)).toBe(900n);
    // Equal values on a multi-event append look like the transaction start, not the last event.
    expect(appendedPosition({ commit: 500n, prepare: 500n }, 3)).toBeUndefined();
    expect(appendedPosition(undefined, 1)).toBeUndefined();
    expect(appendedPosition({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n }, 1)).toBeUndefined();
  });
});

describe('readAll page rule', () => {
  const read = [recorded(100n), recorded(200n), recorded(250n, '$metadata'), recorded(300n), recorded(400n)];

  it('drops the event at exactly `after` (KurrentDB reads inclusively) and system events', () => {
    expect(pageAfter(read, 200n, 10).map((e) => e.position)).toEqual([300n, 400n]);
  });

  it('keeps everything from the start without `after`, up to maxCount', () => {
    expect(pageAfter(read, undefined, 3).map((e) => e.position)).toEqual([100n, 200n, 300n]);
  });

  it('still returns maxCount events when the inclusive read started one early', () => {
    expect(pageAfter(read, 100n, 2).map((e) => e.position)).toEqual([200n, 300n]);
  });
});

describe('reconnect decision', () => {
  it.each([
    ['UnavailableError', new UnavailableError()],
    ['a server-side CancelledError', new CancelledError()],
    [
      'a raw gRPC error with code 14',
      Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }),
    ],
    ['a bridge error typed unavailable', { type: 'unavailable' }],
  ])('resubscribes after %s', (_label, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it.each([
    ['a handler bug', new Error('projection bug')],
    ['access denied', new AccessDeniedError()],
    ['a conflict', new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: 1n })],
    ['a gRPC error with another code', Object.assign(new Error('3 INVALID_ARGUMENT'), { code: 3 })],
    ['a thrown string', 'Impossible situation'],
    ['nothing', undefined],
  ])('does not resubscribe after %s', (_label, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it('backs off from 250 ms, doubling, capped at 5 s', () => {
    const delays = [250];
    for (let i = 0; i < 6; i++) delays.push(nextBackoff(delays[delays.length - 1]!));
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});

/** A stand-in for the client's subscription: an object stream that also emits confirmation and caughtUp. */
class FakeCall extends PassThrough {
  unsubscribed = false;
  constructor() {
    super({ objectMode: true });
  }
  async unsubscribe(): Promise<void> {
    this.unsubscribed = true;
  }
}

/** Scripts what each successive subscribeToAll call does; records where each one started. */
function fakeClient(scripts: ((call: FakeCall) => void)[]) {
  const starts: ReadPosition[] = [];
  const client = {
    subscribeToAll: ({ fromPosition }: { fromPosition: ReadPosition }) => {
      starts.push(fromPosition);
      const call = new FakeCall();
      const script = scripts.shift();
      setImmediate(() => script?.(call));
      return call;
    },
    // The head lookup fails, so only the server's caughtUp can mark the subscription caught up.
    readAll: async function* () {
      yield* [];
      throw new UnavailableError();
    },
    dispose: async () => undefined,
  };
  // Only the members the store calls exist on the fake; the cast is the price of not needing a server.
  return { store: new KurrentDbEventStore(client as unknown as KurrentDBClient), starts };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
};

describe('subscription loop (fake client)', () => {
  it('resubscribes from the checkpoint after a dropped connection and skips what it already handled', async () => {
    const { store, starts } = fakeClient([
      (call) => {
        call.emit('confirmation');
        call.write(resolvedAt(100n));
        call.write(resolvedAt(200n));
        setTimeout(() => call.destroy(new UnavailableError()), 20);
      },
      (call) => {
        call.emit('confirmation');
        call.write(resolvedAt(200n)); // an inclusive restart must not deliver 200 twice
        call.write(resolvedAt(300n));
      },
    ]);
    const seen: bigint[] = [];
    const errors: Error[] = [];
    const subscription = store.subscribeAll({
      after: 50n,
      onEvent: async (event) => {
        seen.push(event.position);
      },
      onError: (error) => errors.push(error),
    });
    await until(() => seen.length === 3);
    await subscription.stop();
    expect(seen).toEqual([100n, 200n, 300n]);
    expect(starts).toEqual([
      { commit: 50n, prepare: 50n },
      { commit: 200n, prepare: 200n },
    ]);
    expect(subscription.checkpoint).toBe(300n);
    expect(errors).toEqual([]);
  });

  it('stops after a handler error and reports it once, leaving the checkpoint before the failed event', async () => {
    let failedCall: FakeCall | undefined;
    const { store, starts } = fakeClient([
      (call) => {
        failedCall = call;
        call.write(resolvedAt(100n));
        call.write(resolvedAt(200n));
        call.write(resolvedAt(300n));
      },
    ]);
    const errors: Error[] = [];
    const subscription = store.subscribeAll({
      onEvent: async (event) => {
        if (event.position === 200n) throw new Error('projection bug');
      },
      onError: (error) => errors.push(error),
    });
    await until(() => errors.length > 0);
    await subscription.stop();
    expect(errors.map((e) => e.message)).toEqual(['projection bug']);
    expect(subscription.checkpoint).toBe(100n);
    expect(starts).toEqual([START]);
    expect(failedCall!.unsubscribed).toBe(true); // the gRPC call is cancelled, not left streaming
  });

  it('reports a non-connection store error through onError instead of retrying', async () => {
    const { store, starts } = fakeClient([(call) => call.destroy(new AccessDeniedError())]);
    const errors: Error[] = [];
    const subscription = store.subscribeAll({ onEvent: async () => undefined, onError: (error) => errors.push(error) });
    await until(() => errors.length > 0);
    await subscription.stop();
    expect(errors[0]).toBeInstanceOf(AccessDeniedError);
    expect(starts).toHaveLength(1);
  });

  it('calls onCaughtUp once, only after the events buffered before the server caughtUp were handled', async () => {
    const { store } = fakeClient([
      (call) => {
        call.write(resolvedAt(100n));
        call.write(resolvedAt(200n));
        call.emit('caughtUp', {});
        call.emit('caughtUp', {});
      },
    ]);
    const log: string[] = [];
    const subscription = store.subscribeAll({
      onEvent: async (event) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(`event ${event.position}`);
      },
      onCaughtUp: () => log.push('caught up'),
    });
    await until(() => log.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 30));
    await subscription.stop();
    expect(log).toEqual(['event 100', 'event 200', 'caught up']);
  });

  it('stop() ends a subscription that is waiting for live events and cancels the call', async () => {
    let live: FakeCall | undefined;
    const { store } = fakeClient([(call) => (live = call)]);
    const subscription = store.subscribeAll({ onEvent: async () => undefined });
    await until(() => live !== undefined);
    await subscription.stop();
    expect(live!.unsubscribed).toBe(true);
    expect(live!.destroyed).toBe(true);
  });
});
