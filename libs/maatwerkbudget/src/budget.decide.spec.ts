import { rejectionOf } from '@regie/household';
import { releaseReservation, reserveSpend, setBudget } from './budget.decide';
import { BudgetEventType, type BestedingGereserveerd, type BudgetEvent } from './budget.events';
import { BudgetRejection } from './budget.rejection';
import { foldBudget, overviewOf, type BudgetState } from './budget.state';

const HOUSEHOLD_A = '00000000-0000-4000-8000-00000000000a';
const HOUSEHOLD_B = '00000000-0000-4000-8000-00000000000b';

const budgetSet = (totalCents: number, perHouseholdCents: number, year = 2026): BudgetEvent => ({
  type: BudgetEventType.set,
  data: { year, totalCents, perHouseholdCents },
});
const reserved = (spendId: string, amountCents: number, householdId = HOUSEHOLD_A, year = 2026): BudgetEvent => ({
  type: BudgetEventType.reserved,
  data: { spendId, householdId, year, amountCents },
});
const released = (spendId: string): BudgetEvent => ({
  type: BudgetEventType.released,
  data: { spendId, reason: 'HOUSEHOLD_STEP_FAILED:FORBIDDEN' },
});
const given = (...history: BudgetEvent[]): BudgetState => foldBudget(history);

/** The budget's own rejection code, or the household's for bad input. */
function codeOf(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    if (error instanceof BudgetRejection) return error.code;
    return rejectionOf(() => {
      throw error;
    });
  }
  throw new Error('expected the command to be rejected, but it was accepted');
}

describe('setBudget', () => {
  it('sets the budget of a year', () => {
    expect(setBudget({ year: 2026, totalCents: 5_000_000, perHouseholdCents: 250_000 }, given())).toEqual([
      budgetSet(5_000_000, 250_000),
    ]);
  });

  it('lowers the budget to exactly what is reserved, not below it', () => {
    const state = given(budgetSet(1_000_000, 500_000), reserved('s1', 300_000), reserved('s2', 100_000));
    expect(setBudget({ year: 2026, totalCents: 400_000, perHouseholdCents: 400_000 }, state)).toEqual([
      budgetSet(400_000, 400_000),
    ]);
    expect(codeOf(() => setBudget({ year: 2026, totalCents: 399_999, perHouseholdCents: 1000 }, state))).toBe(
      'BUDGET_BELOW_RESERVED',
    );
  });

  it('does not count released reservations or other years when lowering', () => {
    const state = given(
      budgetSet(1_000_000, 500_000),
      reserved('s1', 300_000),
      released('s1'),
      budgetSet(1_000_000, 500_000, 2025),
      reserved('s2', 900_000, HOUSEHOLD_A, 2025),
    );
    expect(setBudget({ year: 2026, totalCents: 0, perHouseholdCents: 0 }, state)).toEqual([budgetSet(0, 0)]);
  });

  it('records nothing when the figures do not change', () => {
    expect(setBudget({ year: 2026, totalCents: 1000, perHouseholdCents: 500 }, given(budgetSet(1000, 500)))).toEqual(
      [],
    );
  });

  it.each([
    ['a year out of range', { year: 1999, totalCents: 1000, perHouseholdCents: 500 }],
    ['a fraction of a cent', { year: 2026, totalCents: 1000.5, perHouseholdCents: 500 }],
    ['a negative total', { year: 2026, totalCents: -1, perHouseholdCents: 0 }],
    ['a household limit above the total', { year: 2026, totalCents: 1000, perHouseholdCents: 1001 }],
  ])('rejects %s', (_label, command) => {
    expect(codeOf(() => setBudget(command, given()))).toBe('BAD_USER_INPUT');
  });
});

describe('reserveSpend', () => {
  const spend: BestedingGereserveerd = { spendId: 's9', householdId: HOUSEHOLD_A, year: 2026, amountCents: 95_000 };

  it('reserves the amount in the year of the spend', () => {
    expect(reserveSpend(spend, given(budgetSet(1_000_000, 200_000)))).toEqual([reserved('s9', 95_000)]);
  });

  it('needs a budget for that year', () => {
    expect(codeOf(() => reserveSpend(spend, given()))).toBe('NO_BUDGET');
    expect(codeOf(() => reserveSpend(spend, given(budgetSet(1_000_000, 200_000, 2025))))).toBe('NO_BUDGET');
  });

  it('allows the gemeente remaining exactly, and not one cent more', () => {
    const state = given(budgetSet(200_000, 200_000), reserved('s1', 105_000, HOUSEHOLD_B));
    expect(reserveSpend(spend, state)).toHaveLength(1);
    expect(codeOf(() => reserveSpend({ ...spend, amountCents: 95_001 }, state))).toBe('BUDGET_EXCEEDED');
  });

  it('keeps the household within its own limit for the year, whatever the gemeente has left', () => {
    const state = given(
      budgetSet(1_000_000, 100_000),
      reserved('s1', 10_000),
      reserved('s2', 90_000, HOUSEHOLD_B),
      reserved('s3', 50_000, HOUSEHOLD_A, 2025),
    );
    expect(reserveSpend({ ...spend, amountCents: 90_000 }, state)).toHaveLength(1);
    expect(codeOf(() => reserveSpend({ ...spend, amountCents: 90_001 }, state))).toBe('HOUSEHOLD_BUDGET_EXCEEDED');
  });

  it('names the field a refusal concerns: the amount for a limit, the date (its year) for a missing budget', () => {
    const fieldOf = (decide: () => unknown) => {
      try {
        decide();
      } catch (error) {
        if (error instanceof BudgetRejection) return [error.code, error.extensions.field];
      }
      throw new Error('expected a refusal');
    };
    const state = given(budgetSet(200_000, 100_000), reserved('s1', 100_000, HOUSEHOLD_B));
    expect(fieldOf(() => reserveSpend({ ...spend, amountCents: 100_001 }, state))).toEqual([
      'BUDGET_EXCEEDED',
      'input.amountCents',
    ]);
    expect(
      fieldOf(() => reserveSpend({ ...spend, amountCents: 100_001 }, given(budgetSet(1_000_000, 100_000)))),
    ).toEqual(['HOUSEHOLD_BUDGET_EXCEEDED', 'input.amountCents']);
    expect(fieldOf(() => reserveSpend(spend, given()))).toEqual(['NO_BUDGET', 'input.spentOn']);
  });

  it('gives a released reservation back to both limits', () => {
    const state = given(budgetSet(100_000, 100_000), reserved('s1', 100_000), released('s1'));
    expect(reserveSpend({ ...spend, amountCents: 100_000 }, state)).toHaveLength(1);
  });

  it.each([0, -5, 1.5, 10_000_001])('rejects the amount %p', (amountCents) => {
    expect(codeOf(() => reserveSpend({ ...spend, amountCents }, given(budgetSet(1_000_000, 200_000))))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('rejects a spendId reserved before', () => {
    expect(codeOf(() => reserveSpend(spend, given(budgetSet(1_000_000, 200_000), reserved('s9', 1))))).toBe(
      'INVALID_STATE',
    );
  });
});

describe('releaseReservation', () => {
  it('releases a reservation once; a second release records nothing', () => {
    const state = given(budgetSet(1000, 1000), reserved('s1', 500));
    expect(releaseReservation({ spendId: 's1', reason: 'HOUSEHOLD_STEP_FAILED:FORBIDDEN' }, state)).toEqual([
      released('s1'),
    ]);
    expect(
      releaseReservation(
        { spendId: 's1', reason: 'x' },
        given(budgetSet(1000, 1000), reserved('s1', 500), released('s1')),
      ),
    ).toEqual([]);
  });

  it('rejects an unknown reservation', () => {
    expect(codeOf(() => releaseReservation({ spendId: 'nope', reason: 'x' }, given()))).toBe('INVALID_STATE');
  });
});

describe('overviewOf', () => {
  it('sums what still counts in the year', () => {
    const state = given(
      budgetSet(500_000, 100_000),
      reserved('s1', 40_000),
      reserved('s2', 60_000, HOUSEHOLD_B),
      reserved('s3', 10_000),
      released('s3'),
      reserved('s4', 1, HOUSEHOLD_A, 2025),
    );
    expect(overviewOf(state, 2026)).toEqual({
      year: 2026,
      totalCents: 500_000,
      perHouseholdCents: 100_000,
      reservedCents: 100_000,
      remainingCents: 400_000,
      spendCount: 2,
    });
  });

  it('shows no total for a year without a budget', () => {
    expect(overviewOf(given(), 2030)).toMatchObject({ totalCents: null, remainingCents: null, reservedCents: 0 });
  });
});
