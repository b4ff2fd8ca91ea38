import type { DomainModuleDefinition } from '../../core/domain-module';
import type { DraftEvent } from '../../core/event-envelope';
import { HouseholdEventType } from '../../core/household.events';
import { fixtureMembers, givenHousehold, householdRegistered, rejectionOf } from '../../testing/decider-fixture';
import { recordAfweging, type RecordAfweging } from './afweging.decide';

const domain = (code: string) =>
  ({ code, eventPrefix: `${code.toLowerCase()}.`, label: code }) as unknown as DomainModuleDefinition;
const domains = [domain('JEUGD'), domain('WMO'), domain('WERK_EN_INKOMEN')];
const given = (history: DraftEvent[] = []) => givenHousehold([householdRegistered(), ...history], { domains });

const notConsidered = { considered: false };
const nee = { considered: true, sufficient: 'NEE' };
const ladderClimbed: RecordAfweging = {
  afwegingId: 'afw-1',
  domain: 'JEUGD',
  memberId: fixtureMembers.zoon.memberId,
  requestKey: 'vot-1',
  assessedOn: '2026-03-02',
  rungs: {
    EIGEN_KRACHT: {
      considered: true,
      sufficient: 'DEELS',
      toelichting: '  Moeder houdt structuur vast in de ochtend  ',
    },
    GEBRUIKELIJKE_HULP: nee,
    MANTELZORG: nee,
    SOCIAAL_NETWERK: { considered: true, sufficient: 'NEE', toelichting: 'Buurvrouw kan niet vaker' },
    ALGEMENE_VOORZIENING: nee,
  },
  outcome: 'MAATWERK',
  netwerk: ' buurvrouw Els ',
};

describe('recordAfweging', () => {
  it('records every rung, trimmed free text, dated on the day of the afweging', () => {
    expect(recordAfweging(ladderClimbed, given())).toEqual([
      {
        type: HouseholdEventType.afwegingRecorded,
        data: {
          afwegingId: 'afw-1',
          domain: 'JEUGD',
          memberId: 'm-zoon',
          requestKey: 'vot-1',
          assessedOn: '2026-03-02',
          rungs: {
            EIGEN_KRACHT: {
              considered: true,
              sufficient: 'DEELS',
              toelichting: 'Moeder houdt structuur vast in de ochtend',
            },
            GEBRUIKELIJKE_HULP: { considered: true, sufficient: 'NEE' },
            MANTELZORG: { considered: true, sufficient: 'NEE' },
            SOCIAAL_NETWERK: { considered: true, sufficient: 'NEE', toelichting: 'Buurvrouw kan niet vaker' },
            ALGEMENE_VOORZIENING: { considered: true, sufficient: 'NEE' },
          },
          outcome: 'MAATWERK',
          netwerk: 'buurvrouw Els',
        },
        occurredAt: '2026-03-02',
      },
    ]);
  });

  it('sends Wmo to its onderzoek with its own code', () => {
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, domain: 'WMO' }, given()))).toBe(
      'AFWEGING_IN_WMO_ONDERZOEK',
    );
  });

  it('rejects a domain that is not a registered domain module', () => {
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, domain: 'HOUSEHOLD' }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects an unknown member, a reused id and a date in the future', () => {
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, memberId: 'm-onbekend' }, given()))).toBe(
      'MEMBER_NOT_FOUND',
    );
    const earlier = recordAfweging(ladderClimbed, given());
    expect(rejectionOf(() => recordAfweging(ladderClimbed, given(earlier)))).toBe('INVALID_STATE');
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, assessedOn: '2026-06-16' }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it.each([
    ['a missing rung', { MANTELZORG: undefined }],
    ['a considered rung without sufficiency', { MANTELZORG: { considered: true } }],
    ['sufficiency on a rung not considered', { MANTELZORG: { considered: false, sufficient: 'NEE' } }],
    ['an unknown sufficiency', { MANTELZORG: { considered: true, sufficient: 'MISSCHIEN' } }],
  ])('rejects %s', (_label, rungs) => {
    const command = { ...ladderClimbed, rungs: { ...ladderClimbed.rungs, ...rungs } };
    expect(rejectionOf(() => recordAfweging(command, given()))).toBe('BAD_USER_INPUT');
  });

  it('allows MAATWERK with rungs not considered (the overview flags it), but not when a rung suffices', () => {
    const skipped = { ...ladderClimbed, rungs: { ...ladderClimbed.rungs, SOCIAAL_NETWERK: notConsidered } };
    expect(recordAfweging(skipped, given())).toHaveLength(1);
    const networkSuffices = {
      ...ladderClimbed,
      rungs: { ...ladderClimbed.rungs, MANTELZORG: { considered: true, sufficient: 'JA' } },
    };
    expect(rejectionOf(() => recordAfweging(networkSuffices, given()))).toBe('BAD_USER_INPUT');
    expect(recordAfweging({ ...networkSuffices, outcome: 'NETWERK' }, given())).toHaveLength(1);
  });

  it('ends the ladder at the lowest rung that suffices', () => {
    const both = {
      ...ladderClimbed,
      rungs: {
        ...ladderClimbed.rungs,
        EIGEN_KRACHT: { considered: true, sufficient: 'JA' },
        ALGEMENE_VOORZIENING: { considered: true, sufficient: 'JA' },
      },
    };
    expect(recordAfweging({ ...both, outcome: 'EIGEN_KRACHT' }, given())).toHaveLength(1);
    expect(
      rejectionOf(() => recordAfweging({ ...both, outcome: 'ALGEMENE_VOORZIENING', voorzieningId: 'v1' }, given())),
    ).toBe('BAD_USER_INPUT');
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, outcome: 'EIGEN_KRACHT' }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('needs the chosen voorziening for ALGEMENE_VOORZIENING, and only then', () => {
    const voorziening = {
      ...ladderClimbed,
      outcome: 'ALGEMENE_VOORZIENING',
      rungs: { ...ladderClimbed.rungs, ALGEMENE_VOORZIENING: { considered: true, sufficient: 'JA' } },
    };
    expect(rejectionOf(() => recordAfweging(voorziening, given()))).toBe('BAD_USER_INPUT');
    const [event] = recordAfweging({ ...voorziening, voorzieningId: 'vv-opvoedsteunpunt' }, given());
    expect((event!.data as { voorzieningId: string }).voorzieningId).toBe('vv-opvoedsteunpunt');
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, voorzieningId: 'vv-1' }, given()))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects an unknown outcome', () => {
    expect(rejectionOf(() => recordAfweging({ ...ladderClimbed, outcome: 'ANDERS' }, given()))).toBe('BAD_USER_INPUT');
  });
});
