import type { DraftEvent } from '../../core/event-envelope';
import { HouseholdEventType } from '../../core/household.events';
import { fixtureMembers, givenHousehold, householdRegistered, rejectionOf } from '../../testing/decider-fixture';
import type { LadderRung, LadderRungName } from '../../core/facts';
import { maatwerkAfweging } from './maatwerk-afweging';

const climbed: LadderRung = { considered: true, sufficient: 'NEE' };
const allClimbed: Record<LadderRungName, LadderRung> = {
  EIGEN_KRACHT: climbed,
  GEBRUIKELIJKE_HULP: climbed,
  MANTELZORG: climbed,
  SOCIAAL_NETWERK: climbed,
  ALGEMENE_VOORZIENING: climbed,
};
const afweging = (afwegingId: string, assessedOn: string, rungs = allClimbed, domain = 'JEUGD'): DraftEvent => ({
  type: HouseholdEventType.afwegingRecorded,
  data: { afwegingId, domain, memberId: fixtureMembers.zoon.memberId, assessedOn, rungs, outcome: 'MAATWERK' },
});
const skipped = { ...allClimbed, SOCIAAL_NETWERK: { considered: false } };
const alternatives = [{ voorzieningId: 'vv-1', naam: 'Opvoedsteunpunt' }];
const given = (history: DraftEvent[], withAlternatives = false) =>
  givenHousehold([householdRegistered(), ...history], {
    domains: [],
    alternatives: withAlternatives ? alternatives : [],
  });
const decision = { domain: 'JEUGD', memberId: fixtureMembers.zoon.memberId };

describe('maatwerkAfweging', () => {
  it('cites the latest afweging of the domain and member: by date, then by the order recorded', () => {
    const history = [
      afweging('afw-later', '2026-03-01', skipped),
      afweging('afw-early', '2026-02-01'),
      afweging('afw-same-day', '2026-03-01'),
      afweging('afw-wi', '2026-04-01', skipped, 'WERK_EN_INKOMEN'),
    ];
    expect(maatwerkAfweging(given(history), decision)).toEqual({
      afwegingId: 'afw-same-day',
      lowerRungsConsidered: true,
      alternatives: [],
    });
    expect(maatwerkAfweging(given(history.slice(0, 2)), decision)).toEqual({
      afwegingId: 'afw-later',
      lowerRungsConsidered: false,
      alternatives: [],
    });
  });

  it('allows a decision without an afweging, recorded as not having considered the lower rungs', () => {
    expect(maatwerkAfweging(given([]), decision)).toEqual({ lowerRungsConsidered: false, alternatives: [] });
  });

  it('uses a ladder the domain knows itself (the Wmo onderzoek)', () => {
    expect(maatwerkAfweging(given([]), { ...decision, ladder: { rungs: allClimbed } })).toEqual({
      lowerRungsConsidered: true,
      alternatives: [],
    });
  });

  it('needs a reason of at least 10 characters when the catalogue lists alternatives', () => {
    expect(rejectionOf(() => maatwerkAfweging(given([], true), decision))).toBe('ALTERNATIVE_REASON_REQUIRED');
    expect(
      rejectionOf(() => maatwerkAfweging(given([], true), { ...decision, redenGeenAlternatief: '  te kort  ' })),
    ).toBe('ALTERNATIVE_REASON_REQUIRED');
    expect(
      maatwerkAfweging(given([], true), { ...decision, redenGeenAlternatief: ' Wachtlijst van vier maanden ' }),
    ).toEqual({ lowerRungsConsidered: false, alternatives, reasonNoAlternative: 'Wachtlijst van vier maanden' });
  });
});
