/**
 * Pure translation between the KurrentDB client and the event store port; no I/O, unit-tested without a server.
 */
import {
  ANY,
  CancelledError,
  ErrorType,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
  jsonEvent,
  type AppendStreamState,
  type EventData,
  type JSONType,
  type Position,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../errors';
import type { EventMetadata, ExpectedRevision, NewEvent, RecordedEvent } from '../event-store.port';

/** The part of the client's recorded event we read; the client's own types are structurally compatible. */
export interface ClientRecordedEvent {
  readonly streamId: string;
  readonly id: string;
  readonly type: string;
  readonly revision: bigint;
  readonly created: Date;
  readonly data: unknown;
  readonly metadata?: unknown;
  readonly position?: Position;
}

export interface ClientResolvedEvent {
  readonly event?: ClientRecordedEvent;
  readonly commitPosition?: bigint;
}

export { INITIAL_BACKOFF_MS, MAX_BACKOFF_MS, nextBackoff } from '../backoff';
/** gRPC status UNAVAILABLE: the server is unreachable or the connection dropped. */
const GRPC_UNAVAILABLE = 14;
/** KurrentDB's "no position" sentinel (-1 as an unsigned 64-bit integer). */
const NO_POSITION = 2n ** 64n - 1n;

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      return expected;
  }
}

export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    // The port types data as unknown; KurrentDB JSON-serialises whatever it gets, as our other adapters do.
    data: event.data as JSONType,
    metadata: event.metadata ? { ...event.metadata } : undefined,
  });
}

/** The stream's actual revision as our error reports it: a revision, 'no_stream', or unknown. */
export function toActualRevision(actual: unknown): bigint | 'no_stream' | undefined {
  if (actual === NO_STREAM || actual === -1n) return 'no_stream';
  if (typeof actual === 'bigint' && actual >= 0n) return actual;
  return undefined;
}

/** Turns the client's conflict error (or a lookalike from its other code paths) into ours; anything else unchanged. */
export function translateAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (!(error instanceof ClientWrongExpectedVersionError) && typeOf(error) !== ErrorType.WRONG_EXPECTED_VERSION) {
    return error;
  }
  return new WrongExpectedVersionError(streamId, expected, toActualRevision(field(error, 'actualState')));
}

export function isStreamNotFound(error: unknown): boolean {
  return error instanceof StreamNotFoundError || typeOf(error) === ErrorType.STREAM_NOT_FOUND;
}

/**
 * Whether a failed subscription should be resubscribed from its checkpoint: the connection dropped or the server
 * cancelled the call. Anything else (access denied, a bad event) stops the subscription and reaches onError.
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof UnavailableError || error instanceof CancelledError) return true;
  const type = typeOf(error);
  return type === ErrorType.UNAVAILABLE || type === ErrorType.CANCELLED || field(error, 'code') === GRPC_UNAVAILABLE;
}

/** Where to resume reading `$all`: from the start, or at the checkpoint's record (commit and prepare coincide). */
export function toReadPosition(after: bigint | undefined): ReadPosition {
  return after === undefined ? START : { commit: after, prepare: after };
}

/**
 * The global position of the last event an append wrote, when the result says so unambiguously. For a multi-event
 * append KurrentDB reports the last event's commit position with the transaction's first prepare position; equal
 * values there (or no position, as for some idempotent retries) mean we must look the position up instead.
 */
export function appendedPosition(position: Position | undefined, eventCount: number): bigint | undefined {
  if (!position || position.commit < 0n || position.commit >= NO_POSITION) return undefined;
  if (eventCount > 1 && position.commit === position.prepare) return undefined;
  return position.commit;
}

export const isSystemEventType = (type: string): boolean => type.startsWith('$');

/** KurrentDB reads `$all` from a position inclusively; the port reads strictly after it. */
export const isAfter = (position: bigint, after: bigint | undefined): boolean =>
  after === undefined || position > after;

/** One readAll page: the events strictly after `after`, without system events, at most `maxCount`. */
export function pageAfter(
  events: readonly RecordedEvent[],
  after: bigint | undefined,
  maxCount: number,
): RecordedEvent[] {
  return events.filter((e) => isAfter(e.position, after) && !isSystemEventType(e.type)).slice(0, maxCount);
}

/** Maps a resolved event to ours; undefined for an unresolved link (no event to deliver). */
export function toRecordedEvent(resolved: ClientResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event) return undefined;
  const position = event.position?.commit ?? resolved.commitPosition;
  if (position === undefined) {
    throw new Error(
      `KurrentDB returned event ${event.id} without a log position; a server of version 22.10 or later is required`,
    );
  }
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position,
    data: event.data,
    metadata: toMetadata(event.metadata),
    recordedAt: event.created instanceof Date ? event.created : new Date(event.created),
  };
}

function toMetadata(raw: unknown): EventMetadata {
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !ArrayBuffer.isView(raw);
  return isObject ? (raw as EventMetadata) : {};
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

const typeOf = (error: unknown): unknown => field(error, 'type');
