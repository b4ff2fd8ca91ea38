import { GraphQLError } from 'graphql';

/** An opaque keyset cursor: the sort key of the last row seen, so later pages are stable under new events. */
export interface Keyset {
  readonly at: Date;
  readonly tieBreaker: string;
}

export function encodeCursor(key: Keyset): string {
  return Buffer.from(JSON.stringify([key.at.toISOString(), key.tieBreaker]), 'utf8').toString('base64url');
}

/** A tie-breaker the database takes: a global position (a bigint) or an id (text without NUL). */
export type TieBreaker = 'position' | 'id';

const MAX_BIGINT = 9223372036854775807n;

function isTieBreaker(value: unknown, kind: TieBreaker): value is string {
  if (typeof value !== 'string' || value.includes('\u0000')) return false;
  if (kind === 'id') return value.length <= 200;
  return /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT;
}

export function decodeCursor(cursor: string, kind: TieBreaker): Keyset {
  try {
    const [at, tieBreaker] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const date = new Date(String(at));
    if (typeof at !== 'string' || !isTieBreaker(tieBreaker, kind) || Number.isNaN(date.getTime())) throw new Error();
    // What encodeCursor writes: a four-digit year (a forged `+275760-…` is a valid Date the database refuses).
    if (date.toISOString() !== at || !/^\d{4}-/.test(at)) throw new Error();
    return { at: date, tieBreaker };
  } catch {
    throw new GraphQLError('Ongeldige cursor', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  }
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, {
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  }
  return size;
}
