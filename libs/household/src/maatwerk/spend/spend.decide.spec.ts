import type { DraftEvent } from '../../core/event-envelope';
import { HouseholdEventType } from '../../core/household.events';
import { DomainRejection } from '../../core/rejection';
import { fixtureMembers, givenHousehold, householdRegistered, rejectionOf } from '../../testing/decider-fixture';
import {
  evaluateMaatwerkbudget,
  spendMaatwerkbudget,
  type EvaluateMaatwerkbudget,
  type SpendMaatwerkbudget,
} from './spend.decide';

const given = (history: DraftEvent[] = []) => givenHousehold([householdRegistered(), ...history], { domains: [] });

const spend: SpendMaatwerkbudget = {
  spendId: 'spend-1',
  amountCents: 95_000,
  spentOn: '2026-03-02',
  purpose: '  Huurachterstand maart betaald aan de corporatie  ',
  prevents: 'HUISUITZETTING',
  memberIds: [fixtureMembers.moeder.memberId, fixtureMembers.zoon.memberId],
};
const spent = (): DraftEvent => spendMaatwerkbudget(spend, given())[0]!;

const evaluation: EvaluateMaatwerkbudget = {
  spendId: 'spend-1',
  evaluatedOn: '2026-06-01',
  worked: 'JA',
  note: 'Gezin woont er nog, huur loopt via automatische incasso',
};

describe('spendMaatwerkbudget', () => {
  it('records the spend for the year it was spent, with the purpose trimmed, dated on the day of the spend', () => {
    expect(spendMaatwerkbudget(spend, given())).toEqual([
      {
        type: HouseholdEventType.maatwerkbudgetSpent,
        data: {
          spendId: 'spend-1',
          amountCents: 95_000,
          spentOn: '2026-03-02',
          budgetYear: 2026,
          purpose: 'Huurachterstand maart betaald aan de corporatie',
          prevents: 'HUISUITZETTING',
          memberIds: ['m-moeder', 'm-zoon'],
        },
        occurredAt: '2026-03-02',
      },
    ]);
  });

  describe('what it answers', () => {
    const goalSet: DraftEvent = {
      type: HouseholdEventType.planGoalSet,
      data: { goalId: 'goal-1', version: 1, title: 'Wonen blijft betaalbaar', domains: [], memberIds: [] },
    };
    const refusal = (decide: () => unknown) => {
      try {
        decide();
      } catch (error) {
        if (error instanceof DomainRejection) return { code: error.code, field: error.details.field };
        throw error;
      }
      throw new Error('expected the command to be rejected, but it was accepted');
    };

    it('records the plan goal and the timeline entry the spend answers', () => {
      const history = given([goalSet]);
      const entryId = [...history.state.core.entries.keys()][0]!;
      const [event] = spendMaatwerkbudget({ ...spend, answersGoalId: 'goal-1', answersEntryId: entryId }, history);
      expect(event!.data).toMatchObject({ answersGoalId: 'goal-1', answersEntryId: entryId });
    });

    it('leaves both out when the spend answers nothing named', () => {
      expect(spendMaatwerkbudget(spend, given())[0]!.data).not.toHaveProperty('answersGoalId');
      expect(spendMaatwerkbudget(spend, given())[0]!.data).not.toHaveProperty('answersEntryId');
    });

    it('refuses a goal that is not in the plan, at answersGoalId', () => {
      expect(refusal(() => spendMaatwerkbudget({ ...spend, answersGoalId: 'goal-x' }, given()))).toEqual({
        code: 'GOAL_NOT_FOUND',
        field: 'answersGoalId',
      });
    });

    it('refuses an entry that is not in the household, at answersEntryId', () => {
      expect(refusal(() => spendMaatwerkbudget({ ...spend, answersEntryId: 'entry-x' }, given()))).toEqual({
        code: 'ENTRY_NOT_FOUND',
        field: 'answersEntryId',
      });
    });
  });

  it('takes the budget year from the date of the spend, not from today', () => {
    const [event] = spendMaatwerkbudget({ ...spend, spentOn: '2025-12-31' }, given());
    expect((event!.data as { budgetYear: number }).budgetYear).toBe(2025);
  });

  it.each([
    ['zero', 0],
    ['a negative amount', -100],
    ['a fraction of a cent', 10.5],
    ['more than the sanity bound', 10_000_001],
  ])('rejects %s as amount', (_label, amountCents) => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, amountCents }, given()))).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['too short', 'Huur'],
    ['only spaces around a short text', '    Huur      '],
    ['too long', 'x'.repeat(501)],
  ])('rejects a purpose that is %s', (_label, purpose) => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, purpose }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects an aim outside PREVENTION_AIMS', () => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, prevents: 'VAKANTIE' }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects a spend dated after today', () => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, spentOn: '2026-06-16' }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects a date that does not exist', () => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, spentOn: '2026-02-30' }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects a person outside the household, and a spend for nobody', () => {
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, memberIds: ['m-buurman'] }, given()))).toBe(
      'MEMBER_NOT_FOUND',
    );
    expect(rejectionOf(() => spendMaatwerkbudget({ ...spend, memberIds: [] }, given()))).toBe('BAD_USER_INPUT');
  });

  it('rejects a spendId that was used before', () => {
    expect(rejectionOf(() => spendMaatwerkbudget(spend, given([spent()])))).toBe('INVALID_STATE');
  });

  it('rejects a spend for a closed household', () => {
    const closed = { type: HouseholdEventType.closed, data: { reason: 'klaar' } };
    expect(rejectionOf(() => spendMaatwerkbudget(spend, given([closed])))).toBe('HOUSEHOLD_CLOSED');
  });
});

describe('evaluateMaatwerkbudget', () => {
  it('records whether the spend worked, dated on the evaluation', () => {
    expect(evaluateMaatwerkbudget(evaluation, given([spent()]))).toEqual([
      {
        type: HouseholdEventType.maatwerkbudgetEvaluated,
        data: {
          spendId: 'spend-1',
          evaluatedOn: '2026-06-01',
          worked: 'JA',
          note: 'Gezin woont er nog, huur loopt via automatische incasso',
        },
        occurredAt: '2026-06-01',
      },
    ]);
  });

  it('leaves out an empty note', () => {
    const [event] = evaluateMaatwerkbudget({ ...evaluation, note: '   ' }, given([spent()]));
    expect(event!.data).not.toHaveProperty('note');
  });

  it('rejects an unknown spend', () => {
    expect(rejectionOf(() => evaluateMaatwerkbudget(evaluation, given()))).toBe('ENTRY_NOT_FOUND');
  });

  it.each([
    ['before the spend', '2026-03-01'],
    ['in the future', '2026-06-16'],
  ])('rejects an evaluation dated %s', (_label, evaluatedOn) => {
    expect(rejectionOf(() => evaluateMaatwerkbudget({ ...evaluation, evaluatedOn }, given([spent()])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a result outside SPEND_RESULTS', () => {
    expect(rejectionOf(() => evaluateMaatwerkbudget({ ...evaluation, worked: 'MISSCHIEN' }, given([spent()])))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('allows a later re-evaluation, but not one dated before the previous evaluation', () => {
    const first = evaluateMaatwerkbudget(evaluation, given([spent()]))[0]!;
    const later = { ...evaluation, evaluatedOn: '2026-06-10', worked: 'NEE' };
    expect(evaluateMaatwerkbudget(later, given([spent(), first]))[0]!.data).toMatchObject({ worked: 'NEE' });
    expect(
      rejectionOf(() => evaluateMaatwerkbudget({ ...later, evaluatedOn: '2026-05-31' }, given([spent(), first]))),
    ).toBe('BAD_USER_INPUT');
  });
});
