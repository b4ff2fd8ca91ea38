import { formatDutchDate } from './local-date';

describe('formatDutchDate', () => {
  it.each([
    ['2026-03-03', '3 maart 2026'],
    ['2027-12-31', '31 december 2027'],
    ['2026-01-05', '5 januari 2026'],
  ])('says %s as %s (a calendar day, no time zone)', (date, words) => {
    expect(formatDutchDate(date)).toBe(words);
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDutchDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDutchDate('morgen')).toBe('morgen');
  });
});
