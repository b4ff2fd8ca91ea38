import fc from 'fast-check';
import { passesElfproef } from '@regie/berichten';
import { addYears, isIsoDate, isIsoTime, monthOf } from '../src/schema/dates';

describe('dates as the messages carry them', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['0000-01-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ])('%s is a date: %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it.each([
    ['10:15:00', true],
    ['23:59:59.999', true],
    ['24:00:00', true],
    ['24:00:01', false],
    ['10:60:00', false],
    ['10:15', false],
  ])('%s is a time: %s', (value, expected) => expect(isIsoTime(value)).toBe(expected));

  it('knows the first and last day of a month', () => {
    expect(monthOf('2024-02-10')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthOf('2026-04-30')).toEqual({ first: '2026-04-01', last: '2026-04-30' });
  });

  it('moves by years, 29 February to 28 February, and clamps at the ends of the calendar', () => {
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2026-03-18', -120)).toBe('1906-03-18');
    expect(addYears('0050-01-01', -120)).toBe('0000-01-01');
    expect(addYears('9990-01-01', 20)).toBe('9999-12-31');
  });

  it('agrees with the JavaScript calendar for every day of years 1–9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (date) => isIsoDate(date.toISOString().slice(0, 10)),
      ),
    );
  });
});

describe('the BSN elfproef (CS002)', () => {
  it.each([
    ['999990019', true],
    ['999990032', true],
    ['999990018', false],
    ['123456782', true],
    ['12345678', false],
    ['12345678a', false],
  ])('%s passes: %s', (bsn, expected) => expect(passesElfproef(bsn)).toBe(expected));

  it('a single changed digit always fails', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = '999990019'.split('').map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        return !passesElfproef(digits.join(''));
      }),
    );
  });
});
