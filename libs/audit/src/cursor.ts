import { GraphQLError } from 'graphql';

/**
 * An opaque keyset cursor holding the id of the last row seen. Log rows are never updated or deleted, so the id
 * always finds its row again, and the query compares `(logged_at, id)` with that row's exact values in SQL: no
 * microseconds are lost to a JavaScript Date, and a page never skips or repeats a row while new lines arrive.
 */
const TAG = 'pl';
const ID = /^[1-9][0-9]{0,18}$/;
/** The largest PostgreSQL bigint: a larger id in a forged cursor would fail in the database. */
const MAX_BIGINT = 2n ** 63n - 1n;

export function encodeLogCursor(id: string): string {
  return Buffer.from(JSON.stringify([TAG, id]), 'utf8').toString('base64url');
}

/** The row id inside a cursor, or BAD_USER_INPUT. */
export function decodeLogCursor(cursor: string): string {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== TAG) throw new Error();
    const id: unknown = decoded[1];
    if (typeof id !== 'string' || !ID.test(id) || BigInt(id) > MAX_BIGINT) throw new Error();
    return id;
  } catch {
    throw new GraphQLError('Ongeldige cursor', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  }
}

export const DEFAULT_LOG_PAGE_SIZE = 50;
export const MAX_LOG_PAGE_SIZE = 200;

/** `first` of a query: 1 to 200, default 50; otherwise BAD_USER_INPUT. */
export function logPageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_LOG_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LOG_PAGE_SIZE) {
    throw new GraphQLError(`first moet tussen 1 en ${MAX_LOG_PAGE_SIZE} liggen`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  }
  return size;
}
