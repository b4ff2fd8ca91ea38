import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  EVENT_STORE,
  ResubscribingSubscription,
  type EventStore,
  type RecordedEvent,
  type SubscriptionStop,
} from '@regie/event-store';
import { householdIdOfStream } from '@regie/household';
import type { SqlDatabase, SqlExecutor } from '@regie/sql';
import { keyFingerprint } from './blind-index';
import { INDEXED_TYPES, writeIndexRows } from './index-rows';
import { SearchIndexKeyMismatchError, storedFingerprint } from './search-index-key';

export const SEARCH_DATABASE = Symbol('SEARCH_DATABASE');
export const SEARCH_INDEX_KEY = Symbol('SEARCH_INDEX_KEY');

/** How often a checkpoint moved only by events the index ignores is written (a restart re-reads at most this). */
const CHECKPOINT_EVERY_MS = 1000;

/**
 * `starting` until it has read the store, `following` while it does, `stopped` after a failure (it subscribes again
 * by itself) or `stop()`, `key-mismatch` for good once the index was rebuilt with another key.
 */
export type SearchIndexerState = 'starting' | 'following' | 'stopped' | 'key-mismatch';

export interface SearchIndexReport {
  readonly state: SearchIndexerState;
  /** The store position up to which this process knows the index complete. */
  readonly position: bigint | undefined;
  /** Events in the store past `position`. */
  readonly lag: number;
}

const householdOf = (event: RecordedEvent): string | undefined =>
  (event.metadata?.householdId as string | undefined) ?? householdIdOfStream(event.streamId);

/**
 * Keeps the BSN and woonadres blind indexes (`writeIndexRows`): follows the event store from its own checkpoint (one
 * row, updated with each indexed event in the same transaction), so it needs nothing from the timeline projector.
 * When the store or the database goes away it subscribes again from that checkpoint with a backoff
 * (`ResubscribingSubscription`): a warning when it stops, an info line when it follows again. Upserts and deletes are
 * idempotent, so two processes indexing at once (scale-out) do no harm. Every write names the key's fingerprint: once
 * the index has been rebuilt with another key (`regie search-index rebuild`) this process writes nothing more and its
 * searches refuse (`key-mismatch`), until it is restarted with that key.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchIndexer');
  private readonly fingerprint: string;
  private readonly events = new EventEmitter();
  private subscription: ResubscribingSubscription | undefined;
  private keyRefused = false;
  private readonly caughtUp: Promise<void>;
  private signalCaughtUp!: () => void;
  /** The last position this process indexed, or found indexed in the checkpoint. */
  private position = -1n;
  /** The last position written to household_search_state. */
  private saved = -1n;
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SEARCH_DATABASE) private readonly db: SqlDatabase,
    @Inject(SEARCH_INDEX_KEY) private readonly key: string,
  ) {
    this.fingerprint = keyFingerprint(key);
    this.caughtUp = new Promise((resolve) => (this.signalCaughtUp = resolve));
  }

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.stop();
  }

  /** Subscribes from the checkpoint; rejects when it cannot be read or the index has another key. */
  async start(): Promise<void> {
    this.subscription ??= new ResubscribingSubscription(this.store, {
      checkpoint: () => this.checkpoint(),
      onEvent: (event) => this.apply(event),
      onCaughtUp: () => this.signalCaughtUp(),
      onStopped: (error, stop) => this.stopped(error, stop),
      onResumed: (ms) => this.logger.log(`search index follows the store again, after ${(ms / 1000).toFixed(1)} s`),
      isRetryable: (error) => !(error instanceof SearchIndexKeyMismatchError),
    });
    await this.subscription.start();
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saveCheckpoint().catch(() => undefined);
  }

  get state(): SearchIndexerState {
    if (this.keyRefused) return 'key-mismatch';
    const state = this.subscription?.state ?? 'starting';
    return state === 'starting' || state === 'following' ? state : 'stopped';
  }

  /** Called once per stop: a failure (it goes on by itself) or a key refused (for good). */
  onStopped(listener: (error: Error) => void): () => void {
    this.events.on('stopped', listener);
    return () => this.events.off('stopped', listener);
  }

  /** Resolves once everything that existed at start-up is indexed (tests, benchmarks, `rebuildSearchIndex`). */
  whenCaughtUp(): Promise<void> {
    return this.caughtUp;
  }

  /** State and lag for readiness and metrics; also notices an index rebuilt with another key while nothing is written. */
  async report(): Promise<SearchIndexReport> {
    if (!this.keyRefused && (await storedFingerprint(this.db)) !== this.fingerprint) {
      this.refuseKey(new SearchIndexKeyMismatchError());
    }
    const head = await this.store.headPosition();
    const position = this.position < 0n ? undefined : this.position;
    const behind = head === undefined ? 0n : head - (position ?? 0n);
    return { state: this.state, position, lag: behind > 0n ? Number(behind) : 0 };
  }

  /** Throws `SearchIndexKeyMismatchError` once the index has been rebuilt with another key. */
  assertKeyMatches(): void {
    if (this.keyRefused) throw new SearchIndexKeyMismatchError();
  }

  /**
   * Waits (at most `timeoutMs`) until everything in the store now is indexed, so a search right after a
   * registration finds it, as the timeline's read-your-writes does for queries.
   */
  async waitForHead(timeoutMs = 2000): Promise<void> {
    this.assertKeyMatches();
    const head = await this.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    while (head !== undefined && this.position < head && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private stopped(error: Error, { retrying, attempt }: SubscriptionStop): void {
    if (!retrying) return this.refuseKey(error);
    if (attempt > 1) {
      this.logger.debug(`search index still stopped (attempt ${attempt}): ${error.message}`);
      return;
    }
    this.logger.warn(`search index stopped: ${error.message}; subscribing again from its checkpoint`);
    this.events.emit('stopped', error);
  }

  private refuseKey(error: Error): void {
    if (this.keyRefused) return;
    this.keyRefused = true;
    this.logger.error(
      'search index stopped for good: it was rebuilt with another SEARCH_INDEX_KEY; this process neither indexes ' +
        'nor searches until it is restarted with that key',
    );
    this.events.emit('stopped', error);
    void this.subscription?.stop();
  }

  private async checkpoint(): Promise<bigint | undefined> {
    const { rows } = await this.db.query<{ key_fingerprint: string; position: string | null }>(
      'select key_fingerprint, position::text as position from household_search_state where id = 1',
    );
    if (rows[0]?.key_fingerprint !== this.fingerprint) throw new SearchIndexKeyMismatchError();
    const position = rows[0].position === null ? undefined : BigInt(rows[0].position);
    // Whoever wrote it (this process or another), the shared index is complete up to there.
    if (position !== undefined) this.advance(position);
    return position;
  }

  private async apply(event: RecordedEvent): Promise<void> {
    const householdId = householdOf(event);
    if (!householdId || !INDEXED_TYPES.has(event.type)) {
      // Most events are care content the index ignores: no write per event, only a checkpoint now and then.
      this.advance(event.position);
      this.saveTimer ??= setTimeout(() => {
        this.saveTimer = undefined;
        this.saveCheckpoint().catch((error: Error) => {
          if (error instanceof SearchIndexKeyMismatchError) this.refuseKey(error);
          else this.logger.warn(`search checkpoint not saved: ${error.message}`);
        });
      }, CHECKPOINT_EVERY_MS).unref();
      return;
    }
    // Not waiting for the flush to disk: a crash of the server can lose the last of these as a whole (index rows
    // with their checkpoint), and they are indexed again from the stored events; upserts and deletes are idempotent.
    await this.db.transaction(
      async (tx) => {
        // Sent together, so the checkpoint costs no round trip of its own; it moves only under this key.
        const [, moved] = await Promise.all([
          writeIndexRows(tx, this.key, householdId, event),
          this.moveCheckpoint(tx, event.position),
        ]);
        if (!moved) throw new SearchIndexKeyMismatchError(); // rolls the rows back
      },
      { durable: false },
    );
    this.advance(event.position);
    if (event.position > this.saved) this.saved = event.position;
  }

  private advance(position: bigint): void {
    if (position > this.position) this.position = position;
  }

  private async saveCheckpoint(): Promise<void> {
    const position = this.position;
    if (position <= this.saved) return;
    if (!(await this.moveCheckpoint(this.db, position))) throw new SearchIndexKeyMismatchError();
    if (position > this.saved) this.saved = position;
  }

  /** False when the index is no longer this key's: nothing moved. */
  private async moveCheckpoint(tx: SqlExecutor, position: bigint): Promise<boolean> {
    const { rows } = await tx.query(
      `update household_search_state set position = greatest(coalesce(position, 0), $1)
       where id = 1 and key_fingerprint = $2 returning id`,
      [position.toString(), this.fingerprint],
    );
    return rows.length > 0;
  }
}
