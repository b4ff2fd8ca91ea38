import { EventEmitter } from 'node:events';
import type { EventStore, RecordedEvent, Subscription } from '@regie/event-store';
import { HouseholdEventType, type DomainRegistry } from '@regie/household';
import { quoteIdentifier, type HeldLock, type SqlDatabase, type SqlExecutor } from '@regie/sql';
import { partitionOf, rebuildSearchPath, type ReadModelSchemas } from './blue-green';
import { rebuildBlueGreen, type BulkLoader, type RebuildOptions, type RebuildProgress } from './blue-green-rebuild';
import { partitionKeyOf, prepareBatch, projectEvent, registeredProvider, type ProjectedEntry } from './project-event';
import { ProjectionCaches, ProjectionContext, providerKey } from './projection-context';
import type { PageReader } from './shared-pages';
import { traceBatch } from './trace-batch';

export const TIMELINE_PROJECTOR = 'timeline';

const ERASURES: ReadonlySet<string> = new Set([HouseholdEventType.personErased, HouseholdEventType.retentionExpired]);

/** NOTIFY channel: sent (on commit) after every projected batch, for subscriptions in any api process. */
export const PROJECTED_CHANNEL = 'regie_timeline_projected';

export { RebuildBusyError, type RebuildProgress } from './blue-green-rebuild';

/**
 * Events per transaction of a rebuild's bulk load, unless `batchSize` is set: five times a live catch-up batch. A
 * batch merges a household's rows (household, members, episodes, provider activity, …) into one write each, so bigger
 * batches write fewer row versions and index entries; memory stays bounded by the batch.
 */
export const REBUILD_BATCH_SIZE = 5000;

export interface TimelineProjectorOptions {
  /** Checkpoint name in `projector_checkpoints`. */
  readonly name?: string;
  /**
   * Events per transaction at most; during catch-up batches fill up, live events go one by one. A rebuild's bulk
   * load uses this too when it is set, else `REBUILD_BATCH_SIZE`.
   */
  readonly batchSize?: number;
  /** Wait before resubscribing after a failure. */
  readonly retryDelayMs?: number;
  /**
   * Only one projector of this name may be active per database: it holds a session lock (`SqlDatabase.tryLock`);
   * the others wait on standby and take over when the holder's connection goes. Default false (tests, tools).
   */
  readonly exclusive?: boolean;
  /** How often a standby projector tries to take over. */
  readonly standbyRetryMs?: number;
  /** Test hook: runs inside the transaction after the read-model writes, before the checkpoint moves. */
  readonly afterWrites?: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly onError?: (error: Error) => void;
  /**
   * Write into a rebuild schema instead of the live one (blue/green rebuild, see blue-green.ts): every transaction
   * puts that schema in front of the search_path; no NOTIFY is sent.
   */
  readonly rebuildInto?: ReadModelSchemas;
  /**
   * With `rebuildInto`: project only the households of this partition (blue-green.ts `partitionOf`). Worker 0 also
   * writes the provider register; the others take provider names from the registrations they pass.
   */
  readonly partition?: { readonly index: number; readonly count: number; readonly pages: PageReader };
}

/**
 * Follows every event of the store from its checkpoint (`subscribeAll`, never the in-memory EventBus) and updates
 * the read-model tables and the checkpoint in one transaction per batch. A transaction first locks the checkpoint
 * row and skips events at or below it, so a replay, a restart after a crash or a second projector never applies an
 * event twice; and the writes themselves are idempotent upserts keyed by event id.
 */
export class TimelineProjector implements BulkLoader {
  readonly name: string;
  private readonly batchSize: number;
  private readonly retryDelayMs: number;
  private readonly events = new EventEmitter().setMaxListeners(0);
  private readonly caches = new ProjectionCaches();
  private subscription: Subscription | undefined;
  private running = false;
  private restarting: Promise<void> | undefined;
  private buffer: RecordedEvent[] = [];
  private flushing: Promise<void> | undefined;
  private scheduled: NodeJS.Immediate | undefined;
  private failure: Error | undefined;
  private caughtUp = false;
  private committed: bigint | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private lock: HeldLock | undefined;
  private standbyTimer: NodeJS.Timeout | undefined;
  /**
   * The checkpoint table's oid as the last batch saw it. Another oid means a rebuild switched the read model: the
   * caches describe the old tables and are dropped.
   */
  private checkpointTable: string | undefined;
  private readonly checkpointTableName: string;
  /** A partition worker other than 0: its provider names come from the registrations it passes, not the table. */
  private readonly providerNamesFromEvents: boolean;
  /** A partition worker: the store position up to which it has looked at every event. */
  private seen: bigint | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly db: SqlDatabase,
    private readonly registry: DomainRegistry,
    private readonly options: TimelineProjectorOptions = {},
  ) {
    this.name = options.name ?? TIMELINE_PROJECTOR;
    this.batchSize = options.batchSize ?? 1000;
    this.retryDelayMs = options.retryDelayMs ?? 1000;
    this.checkpointTableName = options.rebuildInto
      ? `${quoteIdentifier(options.rebuildInto.rebuild)}.projector_checkpoints`
      : 'projector_checkpoints';
    this.providerNamesFromEvents = (options.partition?.index ?? 0) > 0;
  }

  /** True once the subscription has delivered everything that existed when it (re)started. */
  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** `active` follows the store; `standby` waits for the active projector (another process) to go away. */
  get role(): 'active' | 'standby' | 'stopped' {
    if (!this.running) return 'stopped';
    return !this.options.exclusive || this.lock ? 'active' : 'standby';
  }

  /**
   * Starts following the store from the stored checkpoint; resolves once subscribed (not when caught up), or, when
   * exclusive and another projector is active, once on standby.
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (this.options.exclusive) await this.takeOverOrWait();
    else await this.subscribe();
  }

  private async takeOverOrWait(): Promise<void> {
    if (!this.running) return;
    if (!(await this.acquireLock())) return this.takeOverLater();
    if (this.running) await this.subscribe();
  }

  /**
   * Tries again after `standbyRetryMs`. A failure there (the store or the checkpoint unreadable while the database is
   * away) is reported and tried again later: a rejection nobody handles would end the process.
   */
  private takeOverLater(error?: unknown): void {
    if (error !== undefined) this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    if (!this.running) return;
    clearTimeout(this.standbyTimer);
    this.standbyTimer = setTimeout(
      () => void this.takeOverOrWait().catch((failure: unknown) => this.takeOverLater(failure)),
      this.options.standbyRetryMs ?? 2000,
    );
  }

  private async acquireLock(): Promise<boolean> {
    if (this.lock) return true;
    const lock = await this.db.tryLock(`projector:${this.name}`).catch(() => undefined);
    if (!lock) return false;
    this.lock = lock;
    void lock.lost.then(() => this.lockLost(lock)).catch((failure: unknown) => this.takeOverLater(failure));
    return true;
  }

  /** The lock's connection died: another process may take over now, so stop writing and try to get it back. */
  private async lockLost(lock: HeldLock): Promise<void> {
    if (this.lock !== lock) return;
    this.lock = undefined;
    const error = new Error(`projector ${this.name} lost its lock; on standby`);
    this.options.onError?.(error);
    this.events.emit('failed', error);
    await this.subscription?.stop().catch(() => undefined);
    this.subscription = undefined;
    while (this.flushing) await this.flushing.catch(() => undefined);
    this.buffer = [];
    if (this.running) await this.takeOverOrWait();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    clearTimeout(this.standbyTimer);
    await this.restarting?.catch(() => undefined);
    await this.subscription?.stop();
    this.subscription = undefined;
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    await this.flush().catch(() => undefined);
    this.buffer = [];
    const lock = this.lock;
    this.lock = undefined;
    await lock?.release();
  }

  /** The checkpoint as committed in the database (by this or any other projector process). */
  async checkpoint(): Promise<bigint | undefined> {
    const { rows } = await this.db.query<{ position: string | null }>(
      `select position::text as position from ${this.checkpointTableName} where name = $1`,
      [this.name],
    );
    const position = rows[0]?.position;
    return position == null ? undefined : BigInt(position);
  }

  /**
   * Resolves true as soon as the committed checkpoint is at or past `position`, false after `timeoutMs`.
   * Works whether the projector runs in this process (woken on commit) or elsewhere (polls the checkpoint).
   */
  async waitFor(position: bigint, timeoutMs = 5000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const activeHere = () => this.role === 'active' && this.subscription !== undefined && !this.failure;
    // While this process's projector is the active one, its commits wake us and say how far it is: the stored
    // checkpoint is read only when none came for a while (a projector elsewhere may have taken over). Reading it on
    // every commit made each waiting mutation a query per batch, which filled the pool at 32 concurrent commands.
    let lookInStore = !activeHere();
    for (;;) {
      if (this.committed !== undefined && this.committed >= position) return true;
      if (lookInStore) {
        const stored = await this.checkpoint();
        if (stored !== undefined && stored >= position) return true;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const woken = await new Promise<'commit' | 'timer'>((resolve) => {
        const timer = setTimeout(() => done('timer'), Math.min(left, this.running ? 250 : 50));
        const self = this.events;
        const onCommit = () => done('commit');
        self.once('committed', onCommit);
        function done(by: 'commit' | 'timer') {
          clearTimeout(timer);
          self.off('committed', onCommit);
          resolve(by);
        }
      });
      lookInStore = woken === 'timer' || !activeHere();
    }
  }

  /** Resolves once everything that exists in the store now is projected (or rejects after `timeoutMs`). */
  async catchUp(timeoutMs = 60_000): Promise<void> {
    const head = await this.store.headPosition();
    if (head === undefined) return;
    if (!(await this.waitFor(head, timeoutMs))) throw new Error(`projector ${this.name} did not reach ${head}`);
  }

  /** Called after each commit with the timeline entries it wrote (for subscriptions). */
  /** Called after each commit with the number of events it projected (for metrics). */
  onCommitted(listener: (events: number) => void): () => void {
    this.events.on('committed', listener);
    return () => this.events.off('committed', listener);
  }

  onProjected(listener: (entries: readonly ProjectedEntry[]) => void): () => void {
    this.events.on('projected', listener);
    return () => this.events.off('projected', listener);
  }

  /**
   * The streams of the batch's corrections and withdrawals (a correction describes its entry again; either works out
   * the dates of the entry's episode again), read before the transaction: an embedded database has a single
   * connection, which the transaction holds.
   */
  private async historiesOfReferences(events: readonly RecordedEvent[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Set(
      events
        .filter(
          (event) =>
            event.type === HouseholdEventType.entryCorrected || event.type === HouseholdEventType.entryWithdrawn,
        )
        .map((event) => event.streamId),
    );
    const histories = new Map<string, RecordedEvent[]>();
    for (const streamId of streams) histories.set(streamId, await this.store.readStream(streamId));
    return histories;
  }

  /**
   * Applies a batch in one transaction: lock the checkpoint, skip what it already covers, write, move it.
   * Public for tools and tests; the subscription calls it.
   */
  async projectBatch(events: readonly RecordedEvent[]): Promise<readonly ProjectedEntry[]> {
    if (events.length === 0) return [];
    const histories = await this.historiesOfReferences(events);
    const result = await this.batchTransactions(events)
      .transaction(async (tx) => {
        const into = this.options.rebuildInto;
        if (into) {
          await tx.query(rebuildSearchPath(into));
          // A crash loses at most the last batches of the rebuild schema, checkpoint included: they are projected again.
          await tx.query('set local synchronous_commit = off');
        }
        // Creates the checkpoint row if needed and locks it (the no-op update), in one round trip.
        const { rows } = await tx.query<{ position: string | null; table_id: string }>(
          `insert into projector_checkpoints (name, position) values ($1, null)
           on conflict (name) do update set name = excluded.name
           returning position::text as position, tableoid::text as table_id`,
          [this.name],
        );
        const stored = rows[0]?.position == null ? undefined : BigInt(rows[0].position);
        if (this.checkpointTable !== rows[0]!.table_id) {
          // First batch, or a rebuild switched the read model since the last one: read the names again.
          if (this.providerNamesFromEvents) this.caches.members.clear();
          else this.caches.clear();
          this.checkpointTable = rows[0]!.table_id;
        }
        const fresh = events.filter((event) => stored === undefined || event.position > stored);
        if (fresh.length === 0) return { entries: [], context: undefined, position: stored, count: 0, erased: false };
        if (!this.caches.providersLoaded && !this.providerNamesFromEvents) await this.loadProviders(tx);
        const context = new ProjectionContext(
          tx,
          this.registry,
          this.caches,
          (streamId) => histories.get(streamId) ?? [],
        );
        const entries: ProjectedEntry[] = [];
        await prepareBatch(context, fresh);
        for (const event of fresh) {
          const entry = await projectEvent(context, event);
          if (entry) entries.push(entry);
        }
        await context.finish();
        await this.options.afterWrites?.(fresh);
        const position = fresh[fresh.length - 1]!.position;
        // Not waited for: the commit goes out right behind it (and fails if it did). The NOTIFY is delivered on
        // commit, so it can travel with the checkpoint's move.
        void tx.query(
          into
            ? 'update projector_checkpoints set position = $2 where name = $1'
            : `with moved as (update projector_checkpoints set position = $2 where name = $1)
               select pg_notify($3, $1)`,
          into ? [this.name, position.toString()] : [this.name, position.toString(), PROJECTED_CHANNEL],
        );
        const erased = fresh.some((event) => ERASURES.has(event.type));
        return { entries, context, position, count: fresh.length, erased };
      })
      .catch((error: unknown) => {
        // The rolled-back batch may have cached names the database does not hold; start from the tables again.
        this.caches.clear();
        this.checkpointTable = undefined;
        throw error;
      });
    // The purge above blanked rows and destroyed keys; their old versions must leave the disk too (embedded store)
    // before the erasure counts as projected. The batch is committed either way: a failure here fails the projector.
    if (result.erased) await this.db.purgeDeletedData();
    result.context?.newProviders.forEach((name, key) => this.caches.providerNames.set(key, name));
    if (result.position !== undefined && (this.committed === undefined || result.position > this.committed)) {
      this.committed = result.position;
    }
    this.events.emit('committed', result.count);
    if (result.entries.length > 0) this.events.emit('projected', result.entries);
    return result.entries;
  }

  /**
   * A live batch (caught up, no erasure in it) does not wait for its commit to reach the disk: a mutation's answer
   * waits for it (read-your-writes), and it is visible at once. A crash of the server can lose such a batch only as a
   * whole, with its checkpoint, and it is projected again from the stored events. Catch-up and erasures stay durable
   * (a rebuild's bulk load into its own schema does not wait for the disk either; see `rebuildInto`).
   */
  private batchTransactions(events: readonly RecordedEvent[]): Pick<SqlDatabase, 'transaction'> {
    const durable = !this.caughtUp || events.some((event) => ERASURES.has(event.type));
    // A rebuild copies its timeline entries in (`COPY`): about half PostgreSQL's work of an insert from arrays.
    const copy = this.options.rebuildInto !== undefined;
    return { transaction: (work) => this.db.transaction(work, { durable, copy }) };
  }

  /**
   * Builds a new read model next to the live one and switches to it in one transaction (blue/green, see
   * blue-green-rebuild.ts), reporting progress about once a second. The live read model keeps serving meanwhile and
   * the live projector (this one when running, or one in another process) keeps projecting; after the switch it goes
   * on from the new checkpoint. A rebuild that was cut off (a crash, kill -9) goes on from its own checkpoint;
   * `restart` starts it over. Only one rebuild runs per database at a time.
   */
  rebuild(
    onProgress: (progress: RebuildProgress) => void = () => undefined,
    options: RebuildOptions = {},
  ): Promise<RebuildProgress> {
    return rebuildBlueGreen(
      {
        db: this.db,
        store: this.store,
        name: this.name,
        notifyChannel: PROJECTED_CHANNEL,
        pageSize: this.options.batchSize ?? REBUILD_BATCH_SIZE,
        loader: ({ name, rebuildInto, partition }) =>
          new TimelineProjector(this.store, this.db, this.registry, {
            name,
            batchSize: this.options.batchSize ?? REBUILD_BATCH_SIZE,
            rebuildInto,
            partition,
          }),
        switched: (position) => {
          // A running projector sees the new checkpoint table in its next batch and drops its caches itself.
          if (!this.running) {
            this.caches.clear();
            this.checkpointTable = undefined;
          }
          if (position !== undefined && (this.committed === undefined || position > this.committed)) {
            this.committed = position;
            this.events.emit('committed', 0);
          }
        },
      },
      onProgress,
      options,
    );
  }

  /** The last position this projector committed (or found committed). */
  get committedPosition(): bigint | undefined {
    return this.committed;
  }

  /** A partition worker of a rebuild: the position up to which it has looked at every event. */
  get seenPosition(): bigint | undefined {
    return this.seen;
  }

  /**
   * A partition worker's bulk load: its households' events up to `head` exactly (every worker stops there), in
   * batches of at most `batchSize`. Every worker takes every page of the store from the start (`partition.pages`,
   * read once for all of them), to pass every provider registration in order; worker 0 also projects the events of
   * no household. Each skips what its checkpoint already covers.
   */
  async projectPartition(head: bigint, counted: (events: number) => void): Promise<void> {
    const { index, count, pages } = this.options.partition!;
    try {
      const stored = await this.checkpoint();
      if (stored !== undefined && stored >= head) {
        this.seen = head;
        return;
      }
      let mine: RecordedEvent[] = [];
      const flush = async () => {
        if (mine.length === 0) return;
        const batch = mine;
        mine = [];
        await traceBatch(batch, () => this.projectBatch(batch));
        counted(batch.length);
      };
      for (;;) {
        const events = await pages.next();
        if (events.length === 0) break;
        const last: bigint = events[events.length - 1]!.position;
        for (const event of events) {
          if (event.position > head) break;
          const household = partitionKeyOf(event);
          if (household === undefined && index !== 0) {
            const provider = registeredProvider(event);
            if (provider) {
              // Events before the registration do not know the name yet, as with one projector.
              await flush();
              this.caches.providerNames.set(provider.key, provider.name);
            }
            continue;
          }
          if (partitionOf(household, count) === index && (stored === undefined || event.position > stored)) {
            mine.push(event);
          }
        }
        // Batches of about `batchSize` of this worker's events, however few of a page are its own.
        if (mine.length >= this.batchSize) await flush();
        this.seen = last < head ? last : head;
      }
      await flush();
      this.seen = head;
    } finally {
      pages.close();
    }
  }

  /**
   * Projects the store from this projector's checkpoint up to `head` (or a little past), page by page, reading the
   * next page while the current one is written. For the rebuild; the live projector follows its subscription.
   */
  async projectUpTo(head: bigint | undefined, counted: (events: number) => void): Promise<void> {
    const after = await this.checkpoint();
    if (after !== undefined && (this.committed === undefined || after > this.committed)) this.committed = after;
    if (head === undefined || (after !== undefined && after >= head)) return;
    const read = (from: bigint | undefined) => {
      const page = this.store.readAll({ after: from, maxCount: this.batchSize });
      page.catch(() => undefined); // awaited below; a failing batch may leave it unawaited
      return page;
    };
    let page: Promise<RecordedEvent[]> | undefined = read(after);
    while (page) {
      const events: RecordedEvent[] = await page;
      if (events.length === 0) return;
      const last: bigint = events[events.length - 1]!.position;
      page = last >= head ? undefined : read(last);
      await traceBatch(events, () => this.projectBatch(events));
      counted(events.length);
    }
  }

  /** The provider register, read inside the batch's transaction (so from the tables that batch writes). */
  private async loadProviders(tx: SqlExecutor): Promise<void> {
    const { rows } = await tx.query<{ gemeente: string; agb_code: string; name: string }>(
      'select gemeente, agb_code, name from providers',
    );
    this.caches.providerNames.clear();
    rows.forEach((row) => this.caches.providerNames.set(providerKey(row.gemeente, row.agb_code), row.name));
    this.caches.providersLoaded = true;
  }

  private batchObserver: ((batch: readonly RecordedEvent[]) => void) | undefined;

  /** Bumped per subscription: events of an older one (a restart racing a takeover) are dropped, never mixed in. */
  private generation = 0;

  private async subscribe(): Promise<void> {
    const generation = ++this.generation;
    const previous = this.subscription;
    this.subscription = undefined;
    await previous?.stop().catch(() => undefined);
    this.failure = undefined;
    this.buffer = [];
    this.caughtUp = false;
    const after = await this.checkpoint();
    this.committed = after;
    if (!this.running || generation !== this.generation) return;
    this.subscription = this.store.subscribeAll({
      after,
      onEvent: async (event) => {
        if (generation === this.generation) await this.onEvent(event);
      },
      onCaughtUp: () => {
        this.caughtUp = true;
      },
      onError: (error) => this.fail(error),
    });
  }

  private async onEvent(event: RecordedEvent): Promise<void> {
    if (this.failure) throw this.failure;
    this.buffer.push(event);
    if (this.buffer.length >= this.batchSize) await this.flush();
    else this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.scheduled) return;
    // Runs when the subscription waits for I/O: during catch-up the buffer fills up to a batch meanwhile.
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      this.flush().catch((error: Error) => this.fail(error));
    });
  }

  private async flush(): Promise<void> {
    while (this.flushing) await this.flushing.catch(() => undefined);
    if (this.failure) throw this.failure;
    const batch = this.buffer.splice(0);
    if (batch.length === 0) return;
    this.flushing = traceBatch(batch, () => this.projectBatch(batch)).then(() => this.batchObserver?.(batch));
    try {
      await this.flushing;
    } catch (error) {
      this.failure ??= error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      this.flushing = undefined;
    }
  }

  /** A failed batch rolled back: report it, drop what is buffered and resubscribe from the stored checkpoint. */
  private fail(error: Error): void {
    this.failure ??= error;
    this.options.onError?.(error);
    this.events.emit('failed', error);
    if (!this.running || this.restarting) return;
    this.restarting = (async () => {
      await this.subscription?.stop().catch(() => undefined);
      this.subscription = undefined;
      while (this.flushing) await this.flushing.catch(() => undefined);
      this.buffer = [];
      if (!this.running) return;
      await new Promise<void>((resolve) => (this.retryTimer = setTimeout(resolve, this.retryDelayMs)));
      if (this.running) await this.subscribe();
    })()
      .catch((retryError: Error) => this.options.onError?.(retryError))
      .finally(() => {
        this.restarting = undefined;
        if (this.running && !this.subscription) this.fail(this.failure ?? new Error('projector could not resubscribe'));
      });
  }
}
