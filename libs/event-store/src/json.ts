import type { AppendResult, RecordedEvent } from './event-store.port';

/** Revisions and positions are bigint inside and decimal strings at the edges (JSON, GraphQL). */
export const bigintToString = (value: bigint): string => value.toString(10);

export function parseBigint(value: string, what = 'value'): bigint {
  if (!/^(0|[1-9][0-9]*)$/.test(value))
    throw new RangeError(`${what} must be a non-negative integer string, got "${value}"`);
  return BigInt(value);
}

export interface RecordedEventJson {
  id: string;
  type: string;
  streamId: string;
  revision: string;
  position: string;
  data: unknown;
  metadata: Record<string, unknown>;
  recordedAt: string;
}

export function recordedEventToJson(event: RecordedEvent): RecordedEventJson {
  return {
    id: event.id,
    type: event.type,
    streamId: event.streamId,
    revision: bigintToString(event.revision),
    position: bigintToString(event.position),
    data: event.data,
    metadata: { ...event.metadata },
    recordedAt: event.recordedAt.toISOString(),
  };
}

export function recordedEventFromJson(json: RecordedEventJson): RecordedEvent {
  return {
    ...json,
    revision: parseBigint(json.revision, 'revision'),
    position: parseBigint(json.position, 'position'),
    recordedAt: new Date(json.recordedAt),
  };
}

export const appendResultToJson = (result: AppendResult) => ({
  nextRevision: bigintToString(result.nextRevision),
  position: bigintToString(result.position),
});
