import { FIXTURE_TODAY } from '@regie/household';
import {
  HUURACHTERSTAND_OPVOLGING_DAYS,
  ONTRUIMING_SIGNAAL_DAYS,
  addDays,
  huurachterstandOpvolgenUiterlijk,
  ontruimingSignaalVanaf,
} from './wonen.signals';

// The worklist lists a signal once its dueOn lies before today (libs/timeline, insight-read-model.ts).
const listedOn = (dueOn: string, today: string) => dueOn < today;

describe('Wonen signal terms', () => {
  it('lists an ontruiming from the day its date is 14 days or fewer away, not a day earlier', () => {
    expect(ONTRUIMING_SIGNAAL_DAYS).toBe(14);
    expect(listedOn(ontruimingSignaalVanaf(addDays(FIXTURE_TODAY, 14)), FIXTURE_TODAY)).toBe(true);
    expect(listedOn(ontruimingSignaalVanaf(addDays(FIXTURE_TODAY, 15)), FIXTURE_TODAY)).toBe(false);
    expect(listedOn(ontruimingSignaalVanaf(FIXTURE_TODAY), FIXTURE_TODAY)).toBe(true);
  });

  it('lists a huurachterstand once more than 28 days have passed since it was received', () => {
    expect(HUURACHTERSTAND_OPVOLGING_DAYS).toBe(28);
    expect(huurachterstandOpvolgenUiterlijk('2026-05-01')).toBe('2026-05-29');
    expect(listedOn(huurachterstandOpvolgenUiterlijk('2026-05-01'), '2026-05-29')).toBe(false);
    expect(listedOn(huurachterstandOpvolgenUiterlijk('2026-05-01'), '2026-05-30')).toBe(true);
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2026-12-20', 14)).toBe('2027-01-03');
    expect(addDays('2027-03-01', -15)).toBe('2027-02-14');
  });
});
