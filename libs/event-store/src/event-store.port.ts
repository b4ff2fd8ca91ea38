import type { SqlExecutor } from '@regie/sql';

/**
 * The event store port. Every adapter (PostgreSQL, embedded PGlite, KurrentDB) implements exactly
 * these semantics; `libs/event-store/test/event-store.contract.ts` is the executable definition.
 */

/** The state a stream must be in for an append to succeed. A bigint is the exact current revision. */
export type ExpectedRevision = 'no_stream' | 'exists' | 'any' | bigint;

/** Who did it and why: travels with every event, never inside the domain payload. */
export interface EventMetadata {
  readonly [key: string]: unknown;
}

export interface NewEvent<Data = unknown> {
  /** Client-chosen uuid. Appending the same ids again is a no-op that returns the first result. */
  readonly id: string;
  /** Stable string name, e.g. `jeugd.ZorgGestart`. */
  readonly type: string;
  readonly data: Data;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Data = unknown> {
  readonly id: string;
  readonly type: string;
  readonly streamId: string;
  /** 0-based revision within the stream. */
  readonly revision: bigint;
  /** Position in the global order of all streams; strictly increasing in `readAll`. */
  readonly position: bigint;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
}

export interface AppendResult {
  /** Revision of the last event written: pass it as `expected` for the next append. */
  readonly nextRevision: bigint;
  /** Global position of the last event written. */
  readonly position: bigint;
}

/**
 * Rows that must commit together with the events or not at all (the verwerkingenlog line of a write). Only a store
 * that lives in `database` can take them: the SQL store writes them in the append's transaction; any other store
 * (KurrentDB) refuses the append with CompanionNotSupportedError before writing anything.
 */
export interface CompanionWrite {
  /** The database the rows belong in; compared by identity with the store's own. */
  readonly database: SqlExecutor;
  /** Writes the rows with the transaction's executor; throwing rolls the events back too. */
  write(tx: SqlExecutor): Promise<void>;
  /**
   * Optional: the same rows as inserts with one parameter each, which the SQL store folds into its append statement
   * (one round trip and one commit, no transaction around it); `write` is then not called. `sql(parameter, onlyIf)`
   * is an insert whose rows come from `parameter` (bound to `value`) and that inserts nothing unless the condition
   * `onlyIf` holds (the append took place). Both or neither, as with `write`.
   */
  readonly statements?: readonly CompanionStatement[];
}

export interface CompanionStatement {
  sql(parameter: string, onlyIf: string): string;
  readonly value: unknown;
}

export interface AppendOptions {
  readonly companion?: CompanionWrite;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omit to read from the start. */
  readonly after?: bigint;
  readonly maxCount?: number;
}

export interface SubscribeAllOptions {
  /** Exclusive checkpoint: delivery starts with the first event after it. */
  readonly after?: bigint;
  /** Called in global order, one event at a time; the next waits until the promise settles. */
  readonly onEvent: (event: RecordedEvent) => Promise<void>;
  /** Called once if the subscription stops because `onEvent` threw; the store does not retry handler errors. */
  readonly onError?: (error: Error) => void;
  /** Called when the subscription has delivered everything that existed when it started. */
  readonly onCaughtUp?: () => void;
}

export interface Subscription {
  /** Last position handed to `onEvent` and settled. */
  readonly checkpoint: bigint | undefined;
  stop(): Promise<void>;
}

export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Whether `append` can commit a companion write to `database` in the same transaction as the events. */
  canCommitWith(database: SqlExecutor): boolean;
  /** All events of one stream in revision order; an empty array when the stream does not exist. */
  readStream(streamId: string): Promise<RecordedEvent[]>;
  /** One page of the global log in order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** The highest position that exists now, or undefined for an empty store. */
  headPosition(): Promise<bigint | undefined>;
  /** Catch-up subscription: reads history from the checkpoint, then follows live appends. */
  subscribeAll(options: SubscribeAllOptions): Subscription;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
