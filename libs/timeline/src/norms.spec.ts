import type { DomainModuleDefinition } from '@regie/household';
import { decodeCursor, encodeCursor, pageSize } from './query/cursor';
import { waitingFrom, waitingNormsDays, waitingTime } from './norms';

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
    expect(waitingTime(42, { toegewezenOp: '2025-01-01' }, '2025-02-12')).toEqual({
      from: '2025-01-01',
      days: 42,
      stillWaiting: true,
      startsLater: false,
      overNorm: false,
      normDays: 42,
    });
    expect(waitingTime(42, { toegewezenOp: '2025-01-01' }, '2025-02-13')).toMatchObject({ days: 43, overNorm: true });
    expect(waitingTime(42, { toegewezenOp: '2025-01-01', gestartOp: '2025-03-01' }, '2025-06-01')).toMatchObject({
      days: 59,
      stillWaiting: false,
      overNorm: true,
    });
    expect(waitingTime(undefined, { toegewezenOp: '2025-01-01' }, '2025-12-01')).toMatchObject({
      overNorm: false,
      normDays: undefined,
    });
  });

  // The consultant's repro: JW301 toegewezen 1 September 2026, ingangsdatum 4 January 2027, seen on 7 December 2026.
  it('does not wait before the ingangsdatum: care that may not start yet starts later', () => {
    const toewijzing = { toegewezenOp: '2026-09-01', ingangsdatum: '2027-01-04' };
    expect(waitingTime(42, toewijzing, '2026-12-07')).toEqual({
      from: '2027-01-04',
      days: 0,
      stillWaiting: false,
      startsLater: true,
      overNorm: false,
      normDays: 42,
    });
    expect(waitingTime(42, toewijzing, '2027-01-04')).toMatchObject({
      days: 0,
      stillWaiting: true,
      startsLater: false,
    });
    expect(waitingTime(42, toewijzing, '2027-02-16')).toMatchObject({ days: 43, stillWaiting: true, overNorm: true });
  });

  it('counts a started wait from the later of toewijzing and ingangsdatum, and an earlier ingangsdatum not at all', () => {
    expect(
      waitingTime(
        42,
        { toegewezenOp: '2026-03-09', ingangsdatum: '2026-03-16', gestartOp: '2026-03-19' },
        '2026-12-07',
      ),
    ).toMatchObject({ from: '2026-03-16', days: 3, stillWaiting: false, startsLater: false });
    expect(
      waitingTime(
        42,
        { toegewezenOp: '2026-03-09', ingangsdatum: '2026-01-01', gestartOp: '2026-03-19' },
        '2026-12-07',
      ),
    ).toMatchObject({ from: '2026-03-09', days: 10 });
    expect(waitingFrom({ toegewezenOp: '2026-03-09' })).toBe('2026-03-09');
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
