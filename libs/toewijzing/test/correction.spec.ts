import type { HouseholdEvent } from '@regie/household';
import { correctionValidator, lifecycleCorrections } from '../src';
import { PROFILE_CASES, toewijzingEvent } from './lifecycle.fixtures';

// Corrections (StatusAanlevering 2) of the life cycle's entries, once for each profile.

describe.each(PROFILE_CASES)('lifecycleCorrections, $name', (testCase) => {
  const { profile } = testCase;
  const validate = correctionValidator(lifecycleCorrections(profile));
  const stored = (type: string, data: Record<string, unknown>): HouseholdEvent => ({
    id: 'e2',
    type,
    data,
    metadata: {} as never,
  });
  const toewijzing = stored(profile.eventType.toewijzingVastgelegd, toewijzingEvent(testCase).data as never);
  const stop = stored(profile.eventType.zorgGestopt, {
    toewijzingNummer: 'T1',
    begindatum: '2026-02-01',
    einddatum: '2026-03-31',
    redenBeeindiging: '20',
  });

  it('accepts a corrected einddatum, omvang or reden wijziging with it', () => {
    expect(validate(toewijzing, { einddatum: '2026-10-31', redenWijziging: '05' })).toBeUndefined();
    expect(validate(toewijzing, { omvang: { volume: 3, eenheid: '04', frequentie: '2' } })).toBeUndefined();
    expect(validate(stop, { einddatum: '2026-03-15', redenBeeindiging: '36' })).toBeUndefined();
  });

  it.each([
    ['a field that is never corrected', { memberId: 'm-ander' }, /niet te corrigeren: memberId/],
    ['only a reden wijziging', { redenWijziging: '05' }, /verandert niets/],
    ['a reden wijziging outside the list', { einddatum: '2026-10-31', redenWijziging: '99' }, /redenWijziging/],
    ['an einddatum before the ingangsdatum', { einddatum: '2026-01-01' }, /einddatum 2026-01-01 ligt vóór/],
    ['a weekly omvang without einddatum', { einddatum: null }, /per week heeft een einddatum nodig/],
    ['omvang and budget together', { budget: 1_000 }, /omvang óf een budget/],
  ])('refuses on a toewijzing %s', (_case, changes, message) => {
    expect(validate(toewijzing, changes)).toMatch(message);
  });

  it('refuses a stop whose einddatum would lie before its begindatum, naming what the domain delivers', () => {
    expect(validate(stop, { einddatum: '2026-01-31' })).toBe(
      `einddatum 2026-01-31 ligt vóór de begindatum 2026-02-01 van de ${profile.care}`,
    );
  });

  it('corrects no 315, 317 or 323: withdraw (or credit) and record anew', () => {
    for (const type of [
      profile.eventType.verzoekOmToewijzingOntvangen,
      profile.eventType.verzoekOmWijzigingOntvangen,
      profile.eventType.declaratieOntvangen,
    ]) {
      expect(validate(stored(type, {}), { note: 'x' })).toMatch(/kan niets worden gecorrigeerd/);
    }
  });
});
