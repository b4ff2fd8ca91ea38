import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START,
  excludeSystemEvents,
  type AllStreamSubscription,
  type AppendResult as ClientAppendResult,
} from '@kurrent/kurrentdb-client';
import { CompanionNotSupportedError, WrongExpectedVersionError } from '../errors';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeAllOptions,
  Subscription,
} from '../event-store.port';
import {
  INITIAL_BACKOFF_MS,
  appendedPosition,
  isAfter,
  isConnectionError,
  isStreamNotFound,
  isSystemEventType,
  nextBackoff,
  pageAfter,
  toActualRevision,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  toStreamState,
  translateAppendError,
} from './kurrentdb-mapping';

const DEFAULT_PAGE_SIZE = 1000;

/** The event store port on KurrentDB (or EventStoreDB 22.10+): global position = the event's commit position. */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<KurrentDbSubscription>();

  constructor(private readonly client: KurrentDBClient) {}

  /** KurrentDB shares no transaction with a SQL database: a companion write cannot commit with the events. */
  canCommitWith(): boolean {
    return false;
  }

  static connect(connectionString: string): KurrentDbEventStore {
    return new KurrentDbEventStore(KurrentDBClient.connectionString(connectionString));
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError(`Stream ${streamId}: append needs at least one event`);
    if (options.companion) throw new CompanionNotSupportedError(streamId);
    let result: ClientAppendResult;
    try {
      result = await this.client.appendToStream(streamId, events.map(toEventData), {
        streamState: toStreamState(expected),
      });
    } catch (error) {
      throw translateAppendError(error, streamId, expected);
    }
    // Only reached when the client is configured not to throw on conflicts; handled all the same.
    if (!result.success)
      throw new WrongExpectedVersionError(streamId, expected, toActualRevision(result.nextExpectedRevision));
    const nextRevision = result.nextExpectedRevision;
    const position =
      appendedPosition(result.position, events.length) ?? (await this.positionOf(streamId, nextRevision));
    return { nextRevision, position };
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    const read: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { direction: FORWARDS, fromRevision: START })) {
        const event = toRecordedEvent(resolved);
        if (event) read.push(event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    return read;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const { after, maxCount = DEFAULT_PAGE_SIZE } = options;
    if (maxCount <= 0) return [];
    const read: RecordedEvent[] = [];
    const events = this.client.readAll({
      direction: FORWARDS,
      fromPosition: toReadPosition(after),
      // The read includes the event at `after` itself, which the page then drops.
      maxCount: maxCount + (after === undefined ? 0 : 1),
      filter: excludeSystemEvents(),
    });
    for await (const resolved of events) {
      const event = toRecordedEvent(resolved);
      if (event) read.push(event);
    }
    return pageAfter(read, after, maxCount);
  }

  async headPosition(): Promise<bigint | undefined> {
    const last = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    });
    for await (const resolved of last) {
      const event = toRecordedEvent(resolved);
      if (event && !isSystemEventType(event.type)) return event.position;
    }
    return undefined;
  }

  subscribeAll(options: SubscribeAllOptions): Subscription {
    const subscription = new KurrentDbSubscription(
      this.client,
      options,
      () => this.headPosition(),
      (ended) => this.subscriptions.delete(ended),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** The position of one event, for appends whose result did not state it unambiguously (idempotent retries). */
  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    for await (const resolved of this.client.readStream(streamId, { fromRevision: revision, maxCount: 1 })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.position;
    }
    throw new Error(`Stream ${streamId}: revision ${revision} was just written but cannot be read back`);
  }
}

/**
 * A catch-up subscription that survives dropped connections: it resubscribes from its checkpoint (the last event whose
 * handler settled) with a backoff of 250 ms doubling to 5 s, until stopped. A handler error, or any error that is not a
 * connection error, stops it and is reported once through onError.
 */
class KurrentDbSubscription implements Subscription {
  private current: AllStreamSubscription | undefined;
  private stopped = false;
  private reported = false;
  private caughtUp = false;
  /** Highest position that existed at start (fallback for servers that do not send caughtUp); null = not known. */
  private target: bigint | undefined | null = null;
  private wake: (() => void) | undefined;
  private readonly done: Promise<void>;
  #checkpoint: bigint | undefined;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly options: SubscribeAllOptions,
    private readonly head: () => Promise<bigint | undefined>,
    onEnded: (subscription: KurrentDbSubscription) => void,
  ) {
    this.#checkpoint = options.after;
    this.done = this.run()
      .catch((error: unknown) => this.fail(error))
      .finally(() => onEnded(this));
  }

  get checkpoint(): bigint | undefined {
    return this.#checkpoint;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    const current = this.current;
    if (current) {
      void current.unsubscribe().catch(() => undefined);
      current.destroy(); // ends a pending `for await` even if the call never got connected
    }
    await this.done;
  }

  private async run(): Promise<void> {
    let delay = INITIAL_BACKOFF_MS;
    while (!this.stopped) {
      await this.learnTarget();
      if (this.stopped) return;
      const outcome = await this.follow(() => (delay = INITIAL_BACKOFF_MS));
      if (outcome !== 'dropped' || this.stopped) return;
      await this.sleep(delay);
      delay = nextBackoff(delay);
    }
  }

  /** One subscription call: 'dropped' when it should be resubscribed, 'ended' when the subscription is over. */
  private async follow(onConfirmed: () => void): Promise<'dropped' | 'ended'> {
    const subscription = this.client.subscribeToAll({
      fromPosition: toReadPosition(this.#checkpoint),
      filter: excludeSystemEvents(),
    });
    this.current = subscription;
    let inFlight = false;
    let serverCaughtUp = false;
    // The server's caughtUp can overtake events still buffered in the stream: only count it once those are handled.
    const checkCaughtUp = () => {
      const drained = this.current === subscription && !inFlight && subscription.readableLength === 0;
      if (serverCaughtUp && drained) this.markCaughtUp();
    };
    subscription.on('confirmation', onConfirmed);
    subscription.on('caughtUp', () => {
      serverCaughtUp = true;
      setImmediate(checkCaughtUp);
    });
    // Errors reach us through the iterator; this listener keeps a late one from becoming an unhandled 'error' event.
    subscription.on('error', () => undefined);
    try {
      for await (const resolved of subscription) {
        if (this.stopped) return 'ended';
        const event = toRecordedEvent(resolved);
        if (!event || isSystemEventType(event.type) || !isAfter(event.position, this.#checkpoint)) continue;
        inFlight = true;
        try {
          await this.options.onEvent(event);
        } catch (error) {
          this.fail(error);
          return 'ended';
        }
        inFlight = false;
        this.#checkpoint = event.position;
        if (typeof this.target === 'bigint' && event.position >= this.target) this.markCaughtUp();
        checkCaughtUp();
      }
      return 'dropped'; // the server ended a subscription that should run forever
    } catch (error) {
      if (this.stopped || isConnectionError(error)) return 'dropped';
      this.fail(error);
      return 'ended';
    } finally {
      this.current = undefined;
      // Leaving the loop destroys the stream but not the gRPC call behind it: cancel that explicitly.
      void subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    }
  }

  /** The fallback caught-up target: the head when the subscription started (or first could reach the server). */
  private async learnTarget(): Promise<void> {
    if (this.caughtUp || this.target !== null) return;
    try {
      this.target = await this.head();
    } catch {
      return; // unreachable now; the subscription itself will retry, and the server's caughtUp still counts
    }
    const after = this.#checkpoint;
    if (this.target === undefined || (after !== undefined && this.target <= after)) this.markCaughtUp();
  }

  private markCaughtUp(): void {
    if (this.caughtUp || this.stopped) return;
    this.caughtUp = true;
    this.options.onCaughtUp?.();
  }

  /** Stops for good and reports the cause once. */
  private fail(error: unknown): void {
    this.stopped = true;
    if (this.reported) return;
    this.reported = true;
    try {
      this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An error thrown by onError itself has nowhere left to go; it must not become an unhandled rejection.
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}
