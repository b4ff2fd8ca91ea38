import { startInWords, wachttijdInWords } from '../src/household/episode-words';

// What the regisseur reads under "Betrokken hulpverleners" (a Wmo consultant's review): care that started again after
// a stop runs, a toewijzing that may start only later does not wait, and no "wacht al vandaag".
const waiting = { wachttijdDays: 0, stillWaiting: false, startsLater: false, ingangsdatum: null };

describe('a care episode in words', () => {
  it('says since when it runs, and when it started again after a stop', () => {
    expect(startInWords({ gestartOp: '2026-10-12', restartedOn: null })).toBe('gestart 12 oktober 2026');
    expect(startInWords({ gestartOp: '2026-10-12', restartedOn: '2026-12-06' })).toBe(
      'gestart 12 oktober 2026, weer gestart 6 december 2026',
    );
    expect(startInWords({ gestartOp: null, restartedOn: null })).toBe('nog niet gestart');
  });

  it('says a toewijzing begins on its ingangsdatum instead of how long it waits', () => {
    expect(wachttijdInWords({ ...waiting, startsLater: true, ingangsdatum: '2027-01-04' })).toBe(
      'begint op 4 januari 2027',
    );
  });

  it.each([
    [{ wachttijdDays: 0, stillWaiting: true }, 'wacht sinds vandaag'],
    [{ wachttijdDays: 1, stillWaiting: true }, 'wacht al 1 dag'],
    [{ wachttijdDays: 91, stillWaiting: true }, 'wacht al 13 weken'],
    [{ wachttijdDays: 0, stillWaiting: false }, 'niet gewacht'],
    [{ wachttijdDays: 55, stillWaiting: false }, '55 dagen gewacht'],
    [{ wachttijdDays: null, stillWaiting: false }, 'onbekend'],
  ])('reads %j as "%s"', (episode, words) => {
    expect(wachttijdInWords({ ...waiting, ...episode })).toBe(words);
    expect(wachttijdInWords({ ...waiting, ...episode })).not.toMatch(/wacht al vandaag|vandaag gewacht/);
  });
});
