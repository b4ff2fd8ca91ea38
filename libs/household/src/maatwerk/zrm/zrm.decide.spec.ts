import type { DraftEvent } from '../../core/event-envelope';
import { HouseholdEventType } from '../../core/household.events';
import { fixtureMembers, givenHousehold, householdRegistered, rejectionOf } from '../../testing/decider-fixture';
import { scoreZrm, type ScoreZrm } from './zrm.decide';

const goal: DraftEvent = {
  type: HouseholdEventType.planGoalSet,
  data: { goalId: 'g-1', version: 1, title: 'Schulden stabiel', domains: ['WERK_EN_INKOMEN'], memberIds: [] },
};
const given = (history: DraftEvent[] = [goal]) => givenHousehold([householdRegistered(), ...history], { domains: [] });

const scoring: ScoreZrm = {
  zrmId: 'zrm-1',
  memberId: fixtureMembers.moeder.memberId,
  scoredOn: '2026-03-02',
  scores: [
    { domain: 'FINANCIEN', score: 2 },
    { domain: 'HUISVESTING', score: 3 },
  ],
  goalIds: ['g-1', 'g-1'],
  note: '  Na intake schuldhulp  ',
};

describe('scoreZrm', () => {
  it('records only the scored domains, linked to plan goals, dated on the day of scoring', () => {
    expect(scoreZrm(scoring, given())).toEqual([
      {
        type: HouseholdEventType.zrmScored,
        data: {
          zrmId: 'zrm-1',
          memberId: 'm-moeder',
          scoredOn: '2026-03-02',
          scores: [
            { domain: 'FINANCIEN', score: 2 },
            { domain: 'HUISVESTING', score: 3 },
          ],
          goalIds: ['g-1'],
          note: 'Na intake schuldhulp',
        },
        occurredAt: '2026-03-02',
      },
    ]);
  });

  it.each([
    ['no scores', []],
    ['an unknown domain', [{ domain: 'GELUK', score: 3 }]],
    [
      'a domain twice',
      [
        { domain: 'FINANCIEN', score: 3 },
        { domain: 'FINANCIEN', score: 4 },
      ],
    ],
    ['a score of 0', [{ domain: 'FINANCIEN', score: 0 }]],
    ['a score of 6', [{ domain: 'FINANCIEN', score: 6 }]],
    ['a fraction', [{ domain: 'FINANCIEN', score: 2.5 }]],
  ])('rejects %s', (_label, scores) => {
    expect(rejectionOf(() => scoreZrm({ ...scoring, scores }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects more scores than the matrix has domains', () => {
    const scores = Array.from({ length: 14 }, () => ({ domain: 'FINANCIEN', score: 3 }));
    expect(rejectionOf(() => scoreZrm({ ...scoring, scores }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects a goal not in the plan, an unknown member and a date in the future', () => {
    expect(rejectionOf(() => scoreZrm({ ...scoring, goalIds: ['g-2'] }, given()))).toBe('GOAL_NOT_FOUND');
    expect(rejectionOf(() => scoreZrm({ ...scoring, memberId: 'm-x' }, given()))).toBe('MEMBER_NOT_FOUND');
    expect(rejectionOf(() => scoreZrm({ ...scoring, scoredOn: '2026-06-16' }, given()))).toBe('BAD_USER_INPUT');
  });

  it('scores without goals', () => {
    const [event] = scoreZrm({ ...scoring, goalIds: undefined }, given([]));
    expect((event!.data as { goalIds: string[] }).goalIds).toEqual([]);
  });
});
