import { assertSpendAmount, reject } from '@regie/household';
import {
  BudgetEventType,
  type BestedingGereserveerd,
  type BudgetEvent,
  type BudgetVastgesteld,
  type ReserveringVrijgegeven,
} from './budget.events';
import { rejectBudget } from './budget.rejection';
import { reservedCents, type BudgetState } from './budget.state';

/** A typo guard (€ 1 miljard): the real limit is the gemeente's own decision. */
export const MAX_BUDGET_CENTS = 100_000_000_000;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2100;

const euros = (cents: number) => `€ ${(cents / 100).toFixed(2)}`;

function assertCents(value: number, field: string, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    reject('BAD_USER_INPUT', `${field} moet een heel aantal centen zijn, tussen 0 en ${max}`, { field });
  }
}

/**
 * The functioneel beheerder sets the year's budget, or raises or lowers it; never below what is already reserved
 * that year. Setting the same figures again records nothing.
 */
export function setBudget(command: BudgetVastgesteld, state: BudgetState): BudgetEvent[] {
  if (!Number.isInteger(command.year) || command.year < FIRST_YEAR || command.year > LAST_YEAR) {
    reject('BAD_USER_INPUT', `year moet tussen ${FIRST_YEAR} en ${LAST_YEAR} liggen`, { field: 'year' });
  }
  assertCents(command.totalCents, 'totalCents', MAX_BUDGET_CENTS);
  assertCents(command.perHouseholdCents, 'perHouseholdCents', command.totalCents);
  const reserved = reservedCents(state, command.year);
  if (command.totalCents < reserved) {
    rejectBudget('BUDGET_BELOW_RESERVED', `Er is al ${euros(reserved)} gereserveerd in ${command.year}`, {
      reservedCents: reserved,
    });
  }
  const current = state.years.get(command.year);
  if (current?.totalCents === command.totalCents && current.perHouseholdCents === command.perHouseholdCents) return [];
  const data: BudgetVastgesteld = {
    year: command.year,
    totalCents: command.totalCents,
    perHouseholdCents: command.perHouseholdCents,
  };
  return [{ type: BudgetEventType.set, data }];
}

// The spend's field a refusal concerns, as the api gives field paths (the year comes from spentOn).
const AT_AMOUNT = { field: 'input.amountCents', fields: ['input.amountCents'] };
const AT_SPENT_ON = { field: 'input.spentOn', fields: ['input.spentOn'] };

/** A spend holds its amount within the gemeente's budget and the household's limit for the year. */
export function reserveSpend(command: BestedingGereserveerd, state: BudgetState): BudgetEvent[] {
  assertSpendAmount(command.amountCents);
  if (state.reservations.has(command.spendId)) {
    reject('INVALID_STATE', `Besteding ${command.spendId} is al gereserveerd`, { spendId: command.spendId });
  }
  const budget = state.years.get(command.year);
  if (!budget) {
    return rejectBudget('NO_BUDGET', `Er is geen maatwerkbudget vastgesteld voor ${command.year}`, AT_SPENT_ON);
  }
  const remaining = budget.totalCents - reservedCents(state, command.year);
  if (command.amountCents > remaining) {
    rejectBudget('BUDGET_EXCEEDED', `Het maatwerkbudget van ${command.year} heeft nog ${euros(remaining)}`, {
      remainingCents: remaining,
      ...AT_AMOUNT,
    });
  }
  const household = reservedCents(state, command.year, command.householdId);
  if (household + command.amountCents > budget.perHouseholdCents) {
    rejectBudget(
      'HOUSEHOLD_BUDGET_EXCEEDED',
      `Dit huishouden heeft in ${command.year} nog ${euros(budget.perHouseholdCents - household)}`,
      { remainingCents: budget.perHouseholdCents - household, ...AT_AMOUNT },
    );
  }
  const data: BestedingGereserveerd = {
    spendId: command.spendId,
    householdId: command.householdId,
    year: command.year,
    amountCents: command.amountCents,
  };
  return [{ type: BudgetEventType.reserved, data }];
}

/** Gives a reservation back (the saga's compensation). Releasing it again records nothing. */
export function releaseReservation(command: ReserveringVrijgegeven, state: BudgetState): BudgetEvent[] {
  const reservation = state.reservations.get(command.spendId);
  if (!reservation) return reject('INVALID_STATE', `Besteding ${command.spendId} is niet gereserveerd`);
  if (reservation.released) return [];
  return [{ type: BudgetEventType.released, data: { spendId: command.spendId, reason: command.reason } }];
}
