import type { ExpectedRevision } from './event-store.port';

/** The one conflict error every adapter raises, whatever its driver calls it. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or 'no_stream'; undefined when the store did not say. */
    readonly actual: bigint | 'no_stream' | undefined,
  ) {
    super(
      `Stream ${streamId}: expected ${describe(expected)}, actual ${actual === undefined ? 'unknown' : describe(actual)}`,
    );
  }
}

/** An append repeated some but not all event ids of an earlier append: a client bug, never silently merged. */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Stream ${streamId}: event ids already written elsewhere: ${eventIds.join(', ')}`);
  }
}

function describe(value: ExpectedRevision | bigint): string {
  return typeof value === 'bigint' ? `revision ${value}` : value;
}

/** An append asked to commit rows in a database this store does not live in (see CompanionWrite). */
export class CompanionNotSupportedError extends Error {
  override readonly name = 'CompanionNotSupportedError';
  constructor(streamId: string) {
    super(`Stream ${streamId}: this event store cannot commit a companion write in the same transaction`);
  }
}
