import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { ProcessingLog, type ProcessingLogEntry } from '@regie/audit';
import {
  EVENT_STORE,
  newEventId,
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
} from '@regie/event-store';
import { currentCorrelationId, RegieMetrics } from '@regie/observability';
import { randomUUID } from 'node:crypto';
import { reject } from '../core/rejection';

/** An event a decider returns, before the handler gives it an id and metadata. */
export interface StreamDraft {
  readonly type: string;
  readonly data: unknown;
  /** LocalDate or ISO timestamp when it happened; defaults to now. */
  readonly occurredAt?: string;
}

/** One command on one stream: how to load its state, decide, and describe what it appends. */
export interface StreamCommand<State, Draft extends StreamDraft> {
  readonly stream: string;
  readonly actor: Actor;
  /** The request's correlation id; by default the active trace's, else a new one. */
  readonly correlationId?: string;
  /** The stream's state and revision (undefined: no stream yet). */
  load(): Promise<{ readonly state: State; readonly revision: bigint | undefined }>;
  /** The pure decision on fresh state; may reject. No drafts: nothing is appended. */
  decide(state: State, correlationId: string): Promise<readonly Draft[]> | readonly Draft[];
  /** What each event's metadata carries besides actor, correlation id and occurredAt (e.g. its domain). */
  metadata(draft: Draft): Readonly<Record<string, unknown>>;
  /** The verwerkingenlog line of the write, committed with it. */
  logLine?(drafts: readonly Draft[], correlationId: string): ProcessingLogEntry | undefined;
  /** The rejection after `maxAttempts` conflicts. */
  readonly conflictMessage: string;
  readonly maxAttempts?: number;
}

export interface StreamCommandResult<State, Draft extends StreamDraft> {
  readonly state: State;
  readonly drafts: readonly Draft[];
  readonly eventIds: readonly string[];
  readonly correlationId: string;
  /** Undefined when the decision appended nothing. */
  readonly streamRevision?: bigint;
  readonly position?: bigint;
}

/** How many times a command is re-decided after another writer changed the stream first (default). */
const MAX_ATTEMPTS = 10;

/**
 * The wait before attempt `attempt + 1`: random (so writers that collided do not collide again in lockstep) up to a
 * bound that doubles per attempt, at most 200 ms. With a bound that grew only linearly, a writer among eight on one
 * stream could lose to newcomers ten times in a row (seen on the voorliggend-veld catalogue).
 */
export const retryDelayMs = (attempt: number, random = Math.random()): number =>
  random * Math.min(200, 5 * 2 ** attempt);

/**
 * The one way a command is handled, for every stream (households, the provider register, the voorliggend-veld
 * catalogue, the maatwerkbudget): load and fold, decide, append with the expected revision and the
 * verwerkingenlog line in the same transaction; on a conflict load and decide again (bounded, with jitter).
 */
@Injectable()
export class StreamCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly processingLog?: ProcessingLog,
    @Optional() private readonly metrics?: RegieMetrics,
  ) {}

  async handle<State, Draft extends StreamDraft>(
    command: StreamCommand<State, Draft>,
  ): Promise<StreamCommandResult<State, Draft>> {
    const correlationId = command.correlationId ?? currentCorrelationId() ?? randomUUID();
    const maxAttempts = command.maxAttempts ?? MAX_ATTEMPTS;
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await command.load();
      const drafts = await command.decide(state, correlationId);
      if (drafts.length === 0) return { state, drafts, eventIds: [], correlationId };
      const recordedAt = new Date().toISOString();
      const events: NewEvent[] = drafts.map((draft) => ({
        id: newEventId(),
        type: draft.type,
        data: draft.data,
        metadata: {
          actor: command.actor,
          correlationId,
          occurredAt: draft.occurredAt ?? recordedAt,
          ...command.metadata(draft),
        },
      }));
      try {
        const line = command.logLine?.(drafts, correlationId);
        const result = await this.appendWithLine(command.stream, events, revision ?? 'no_stream', line);
        return {
          state,
          drafts,
          eventIds: events.map((event) => event.id),
          correlationId,
          streamRevision: result.nextRevision,
          position: result.position,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= maxAttempts) {
          this.metrics?.commandConflicts.inc();
          reject('CONFLICT', command.conflictMessage);
        }
        this.metrics?.commandRetries.inc();
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt)));
      }
    }
  }

  /**
   * No stored write without its verwerkingenlog line. Where the log lives in the store's own database (PostgreSQL,
   * embedded) the line commits in the append's transaction: both or neither. Otherwise (KurrentDB) the line is
   * written first: a crash or a conflict can leave a line whose write never happened, never a write without a line.
   */
  private async appendWithLine(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    line: ProcessingLogEntry | undefined,
  ): Promise<AppendResult> {
    const log = this.processingLog;
    if (!line || !log) return this.store.append(stream, events, expected);
    if (this.store.canCommitWith(log.database)) {
      return this.store.append(stream, events, expected, {
        companion: {
          database: log.database,
          write: (tx) => log.within(tx).record(line),
          // The SQL store folds the line into its append statement: one round trip and one commit.
          statements: [log.statementFor([line])],
        },
      });
    }
    await log.record(line);
    return this.store.append(stream, events, expected);
  }
}
