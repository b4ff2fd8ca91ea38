import { INITIAL_BACKOFF_MS, nextBackoff } from './backoff';
import type { EventStore, RecordedEvent, Subscription } from './event-store.port';

/**
 * `starting` until the first subscription has read the store, `following` while it does, `retrying` after a failure
 * until a new subscription has read the store again, `failed` after an error that is not retried, `stopped` after
 * `stop()`.
 */
export type ResubscribingState = 'starting' | 'following' | 'retrying' | 'failed' | 'stopped';

export interface SubscriptionStop {
  /** Whether it subscribes again (after a backoff); false after an error that `isRetryable` refused. */
  readonly retrying: boolean;
  /** 1 when it has just stopped; 2, 3, … for each attempt to subscribe again that failed too. */
  readonly attempt: number;
}

export interface ResubscribingOptions {
  /** Where each subscription starts (exclusive): the consumer's stored checkpoint, read again before every attempt. */
  readonly checkpoint: () => Promise<bigint | undefined>;
  /** As `SubscribeAllOptions.onEvent`; an error stops the subscription, which is then tried again. */
  readonly onEvent: (event: RecordedEvent) => Promise<void>;
  /** Each time a subscription has delivered everything that existed when it started. */
  readonly onCaughtUp?: () => void;
  /** The subscription stopped with `error`, or an attempt to subscribe again failed. */
  readonly onStopped?: (error: Error, stop: SubscriptionStop) => void;
  /** Following again: a new subscription read the store, `stoppedForMs` after the first failure. */
  readonly onResumed?: (stoppedForMs: number) => void;
  /** False leaves the subscription stopped for good (state `failed`). Default: every error is retried. */
  readonly isRetryable?: (error: Error) => boolean;
  /** The first wait before subscribing again; it doubles up to 5 s (`nextBackoff`). Default 250 ms. */
  readonly initialBackoffMs?: number;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * A catch-up subscription to the whole store that outlives failures. The store's own subscription stops for good when
 * its database goes away or the handler fails (the handler's database went away); this one then subscribes again
 * from the consumer's stored checkpoint, after 250 ms doubling up to 5 s, until that works or `stop()`. Events after
 * the checkpoint may be delivered again, so the handler must be idempotent (a read model with its checkpoint in the
 * same transaction is).
 */
export class ResubscribingSubscription {
  private current: Subscription | undefined;
  /** Bumped by every subscription and by a failure: a stopped subscription's late callbacks are ignored. */
  private generation = 0;
  private running = false;
  private stateNow: ResubscribingState = 'stopped';
  private failedSince: number | undefined;
  private attempt = 0;
  private delayMs: number;
  private retry: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly options: ResubscribingOptions,
  ) {
    this.delayMs = options.initialBackoffMs ?? INITIAL_BACKOFF_MS;
  }

  get state(): ResubscribingState {
    return this.stateNow;
  }

  /** Subscribes from the checkpoint; rejects (and stays stopped) when the checkpoint cannot be read. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stateNow = 'starting';
    try {
      await this.subscribe();
    } catch (error) {
      this.running = false;
      this.stateNow = 'stopped';
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    this.stateNow = 'stopped';
    this.wake?.();
    const current = this.current;
    this.current = undefined;
    await current?.stop().catch(() => undefined);
    await this.retry;
  }

  private async subscribe(): Promise<void> {
    const after = await this.options.checkpoint();
    if (!this.running) return;
    const generation = ++this.generation;
    const mine = () => generation === this.generation;
    this.current = this.store.subscribeAll({
      after,
      onEvent: async (event) => {
        if (!mine()) return;
        this.readTheStore();
        await this.options.onEvent(event);
      },
      onCaughtUp: () => {
        if (!mine()) return;
        this.readTheStore();
        this.options.onCaughtUp?.();
      },
      onError: (error) => {
        if (mine()) this.failed(error);
      },
    });
  }

  private readTheStore(): void {
    if (this.stateNow === 'following') return;
    const stoppedForMs = this.failedSince === undefined ? undefined : Date.now() - this.failedSince;
    this.stateNow = 'following';
    this.failedSince = undefined;
    this.attempt = 0;
    this.delayMs = this.options.initialBackoffMs ?? INITIAL_BACKOFF_MS;
    if (stoppedForMs !== undefined) this.options.onResumed?.(stoppedForMs);
  }

  private failed(error: Error): void {
    if (!this.running) return;
    this.generation++;
    const dead = this.current;
    this.current = undefined;
    const retrying = this.options.isRetryable?.(error) ?? true;
    this.failedSince ??= Date.now();
    this.attempt++;
    this.stateNow = retrying ? 'retrying' : 'failed';
    this.options.onStopped?.(error, { retrying, attempt: this.attempt });
    const delay = this.delayMs;
    this.delayMs = nextBackoff(delay);
    // The wait starts now, so a stop() from here on ends it.
    const backoff = retrying ? this.sleep(delay) : undefined;
    this.retry = (async () => {
      await dead?.stop().catch(() => undefined);
      if (!backoff) return;
      await backoff;
      if (this.running) await this.subscribe();
    })().catch((retryError: unknown) => this.failed(asError(retryError)));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
