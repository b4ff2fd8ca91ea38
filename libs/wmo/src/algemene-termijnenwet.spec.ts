import { atwHolidays, easterSunday, endOfStatutoryTerm } from './algemene-termijnenwet';
import { onderzoekUiterlijk } from './wmo.termijn';

describe('Algemene termijnenwet', () => {
  it('knows Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((year) => easterSunday(Number(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  it('counts the holidays of art. 3 (not Goede Vrijdag), with Koningsdag on the 26th when the 27th is a Sunday', () => {
    expect([...atwHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(atwHolidays(2025).has('2025-04-26')).toBe(true);
    expect(atwHolidays(2025).has('2025-04-27')).toBe(false);
    expect(atwHolidays(2026).has('2026-04-03')).toBe(false);
  });

  it('extends a term that ends on a weekend or holiday to the next working day, and leaves a working day alone', () => {
    expect(endOfStatutoryTerm('2026-03-11')).toBe('2026-03-11');
    expect(endOfStatutoryTerm('2026-03-14')).toBe('2026-03-16');
    expect(endOfStatutoryTerm('2026-12-25')).toBe('2026-12-28');
    expect(endOfStatutoryTerm('2026-04-04')).toBe('2026-04-07');
    expect(endOfStatutoryTerm('2026-04-03')).toBe('2026-04-03');
  });

  it('gives the Wmo onderzoek six weeks, ending on a working day', () => {
    expect(onderzoekUiterlijk('2026-02-02')).toBe('2026-03-16');
    expect(onderzoekUiterlijk('2026-11-14')).toBe('2026-12-28');
    expect(onderzoekUiterlijk('2026-03-16')).toBe('2026-04-28');
  });
});
