import type { DomainModuleDefinition } from '@regie/household';
import { decodeCursor, encodeCursor, pageSize } from './query/cursor';
import { waitingNormsDays, waitingTime } from './norms';

describe('waiting time', () => {
  it('takes the norms from the registered domains', () => {
    const domain = (code: string, days?: number) =>
      ({ code, ...(days ? { waitingNorm: { days, source: 'test' } } : {}) }) as DomainModuleDefinition;
    expect(waitingNormsDays({ all: [domain('JEUGD', 42), domain('WMO'), domain('VIJFDE', 10)] })).toEqual({
      JEUGD: 42,
      VIJFDE: 10,
    });
  });

  it('counts to today while waiting and flags waits over the norm', () => {
    expect(waitingTime(42, '2025-01-01', undefined, '2025-02-12')).toEqual({
      days: 42,
      stillWaiting: true,
      overNorm: false,
      normDays: 42,
    });
    expect(waitingTime(42, '2025-01-01', undefined, '2025-02-13')).toMatchObject({ days: 43, overNorm: true });
    expect(waitingTime(42, '2025-01-01', '2025-03-01', '2025-06-01')).toMatchObject({
      days: 59,
      stillWaiting: false,
      overNorm: true,
    });
    expect(waitingTime(undefined, '2025-01-01', undefined, '2025-12-01')).toMatchObject({
      overNorm: false,
      normDays: undefined,
    });
  });
});

describe('cursor', () => {
  it('round-trips and rejects garbage as BAD_USER_INPUT', () => {
    const key = { at: new Date('2025-01-02T03:04:05.678Z'), tieBreaker: '42' };
    expect(decodeCursor(encodeCursor(key), 'position')).toEqual(key);
    expect(() => decodeCursor('nope', 'id')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });

  it.each([
    ['a position over the bigint range', 'position', '9223372036854775808'],
    ['a position in exponent notation', 'position', '1e5'],
    ['a negative position', 'position', '-1'],
    ['a NUL in a position', 'position', '\u0000'],
    ['a NUL in an id', 'id', 'abc\u0000'],
  ] as const)('refuses %s as BAD_USER_INPUT before the database sees it', (_label, kind, tieBreaker) => {
    const forged = encodeCursor({ at: new Date('2026-12-07T18:46:08.770Z'), tieBreaker });
    expect(() => decodeCursor(forged, kind)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    );
    expect(decodeCursor(encodeCursor({ at: new Date(0), tieBreaker: '9223372036854775807' }), 'position')).toBeTruthy();
  });

  it('defaults to 50 and allows at most 200', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(200)).toBe(200);
    expect(() => pageSize(201)).toThrow(/200/);
    expect(() => pageSize(0)).toThrow();
  });
});
