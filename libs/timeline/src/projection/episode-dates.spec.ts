import type { CareEpisodeFact } from '@regie/household';
import { NO_EPISODE_DATES, combine, datesOf, episodeDatesOf } from './episode-dates';

const fact = (step: CareEpisodeFact['step'], date: string, ingangsdatum?: string): CareEpisodeFact => ({
  key: '8000101',
  kind: 'TOEWIJZING',
  step,
  date,
  label: 'begeleiding (02)',
  ...(ingangsdatum ? { ingangsdatum } : {}),
});

// The consultant's repro: WMO301 (ingangsdatum 12 October), WMO305, WMO307 reden 20 "tijdelijk beëindigd" on
// 1 December, WMO305 again on 6 December.
const toegewezen = fact('TOEGEWEZEN', '2026-10-12', '2026-10-12');
const started = fact('GESTART', '2026-10-12');
const stopped = fact('GESTOPT', '2026-12-01');
const restarted = fact('GESTART', '2026-12-06');
const stoppedAgain = fact('GESTOPT', '2027-03-31');

describe('episode dates', () => {
  it('keeps the first start and runs again from a restart, without the stop before it', () => {
    expect(episodeDatesOf([toegewezen, started, stopped, restarted])).toEqual({
      toegewezenOp: '2026-10-12',
      ingangsdatum: '2026-10-12',
      gestartOp: '2026-10-12',
      restartedOn: '2026-12-06',
      gestoptOp: null,
    });
  });

  it('is stopped by a stop after the restart, and keeps the stop of care that never restarted', () => {
    expect(episodeDatesOf([toegewezen, started, stopped, restarted, stoppedAgain])).toMatchObject({
      gestartOp: '2026-10-12',
      restartedOn: '2026-12-06',
      gestoptOp: '2027-03-31',
    });
    expect(episodeDatesOf([toegewezen, started, stopped])).toMatchObject({
      gestartOp: '2026-10-12',
      restartedOn: null,
      gestoptOp: '2026-12-01',
    });
    expect(episodeDatesOf([])).toEqual(NO_EPISODE_DATES);
  });

  it('keeps the ingangsdatum of an earlier toewijzing when a later one has none', () => {
    expect(episodeDatesOf([toegewezen, fact('TOEGEWEZEN', '2026-10-20')])).toMatchObject({
      toegewezenOp: '2026-10-20',
      ingangsdatum: '2026-10-12',
    });
  });

  // What a batch merges in memory and then onto the stored row must equal one fact at a time, and a fact projected
  // again (a replay from an earlier checkpoint) must change nothing.
  it('gives the same dates however the run is cut into batches, and again when facts come twice', () => {
    const run = [toegewezen, started, stopped, restarted, stoppedAgain, fact('GESTART', '2027-04-07')];
    const oneByOne = episodeDatesOf(run);
    for (let first = 0; first <= run.length; first++) {
      for (let second = first; second <= run.length; second++) {
        const pieces = [run.slice(0, first), run.slice(first, second), run.slice(second)].map(episodeDatesOf);
        expect(pieces.reduce(combine, NO_EPISODE_DATES)).toEqual(oneByOne);
        expect(combine(oneByOne, pieces[1]!)).toEqual(oneByOne);
      }
    }
    expect(oneByOne).toMatchObject({ gestartOp: '2026-10-12', restartedOn: '2027-04-07', gestoptOp: null });
  });

  it('counts a stop on the day of the start, and one start alone as no restart', () => {
    expect(episodeDatesOf([started, fact('GESTOPT', '2026-10-12')])).toMatchObject({ gestoptOp: '2026-10-12' });
    expect(episodeDatesOf([started, started])).toMatchObject({ gestartOp: '2026-10-12', restartedOn: null });
  });

  it('reads one fact as the date of its step', () => {
    expect(datesOf(started)).toEqual({ ...NO_EPISODE_DATES, gestartOp: '2026-10-12' });
    expect(datesOf(stopped)).toEqual({ ...NO_EPISODE_DATES, gestoptOp: '2026-12-01' });
  });
});
