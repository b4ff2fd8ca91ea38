import { GraphQLError } from 'graphql';
import { decodeLogCursor, DEFAULT_LOG_PAGE_SIZE, encodeLogCursor, logPageSize, MAX_LOG_PAGE_SIZE } from './cursor';

const codeOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
};

describe('log cursor', () => {
  it('given a row id, when encoded and decoded, then the id comes back', () => {
    expect(decodeLogCursor(encodeLogCursor('9007199254740993'))).toBe('9007199254740993');
  });

  it('given a cursor, when encoded, then it is opaque url-safe text', () => {
    expect(encodeLogCursor('42')).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['another kind of cursor', Buffer.from(JSON.stringify(['2025-01-01T00:00:00.000Z', '5'])).toString('base64url')],
    ['a non-numeric id', Buffer.from(JSON.stringify(['pl', '1 or 1=1'])).toString('base64url')],
    ['id zero', Buffer.from(JSON.stringify(['pl', '0'])).toString('base64url')],
    ['an id beyond bigint', Buffer.from(JSON.stringify(['pl', '12345678901234567890'])).toString('base64url')],
  ])('given %s, when decoded, then BAD_USER_INPUT', (_label, cursor) => {
    expect(codeOf(() => decodeLogCursor(cursor))).toBe('BAD_USER_INPUT');
  });
});

describe('log page size', () => {
  it('given nothing, when asked, then the default', () => {
    expect(logPageSize(undefined)).toBe(DEFAULT_LOG_PAGE_SIZE);
    expect(logPageSize(null)).toBe(DEFAULT_LOG_PAGE_SIZE);
  });

  it.each([0, -1, 1.5, MAX_LOG_PAGE_SIZE + 1])('given %p, when asked, then BAD_USER_INPUT', (first) => {
    expect(codeOf(() => logPageSize(first))).toBe('BAD_USER_INPUT');
  });

  it('given the bounds, when asked, then they pass', () => {
    expect(logPageSize(1)).toBe(1);
    expect(logPageSize(MAX_LOG_PAGE_SIZE)).toBe(MAX_LOG_PAGE_SIZE);
  });
});
