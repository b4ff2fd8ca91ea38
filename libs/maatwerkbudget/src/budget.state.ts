import { BudgetEventType, type BestedingGereserveerd, type BudgetEvent, type BudgetVastgesteld } from './budget.events';

export interface Reservation extends BestedingGereserveerd {
  readonly released: boolean;
}

export interface BudgetState {
  readonly years: ReadonlyMap<number, BudgetVastgesteld>;
  readonly reservations: ReadonlyMap<string, Reservation>;
}

export const initialBudgetState: BudgetState = { years: new Map(), reservations: new Map() };

export function evolveBudget(state: BudgetState, event: BudgetEvent): BudgetState {
  switch (event.type) {
    case BudgetEventType.set:
      return { ...state, years: new Map(state.years).set(event.data.year, event.data) };
    case BudgetEventType.reserved:
      return {
        ...state,
        reservations: new Map(state.reservations).set(event.data.spendId, { ...event.data, released: false }),
      };
    case BudgetEventType.released: {
      const reservation = state.reservations.get(event.data.spendId);
      if (!reservation) return state;
      return {
        ...state,
        reservations: new Map(state.reservations).set(reservation.spendId, { ...reservation, released: true }),
      };
    }
    default:
      return state;
  }
}

export const foldBudget = (events: readonly BudgetEvent[]): BudgetState =>
  events.reduce(evolveBudget, initialBudgetState);

/** The reservations that still count in a year, optionally of one household. */
export function activeReservations(state: BudgetState, year: number, householdId?: string): Reservation[] {
  return [...state.reservations.values()].filter(
    (reservation) =>
      !reservation.released &&
      reservation.year === year &&
      (householdId === undefined || reservation.householdId === householdId),
  );
}

export const reservedCents = (state: BudgetState, year: number, householdId?: string): number =>
  activeReservations(state, year, householdId).reduce((sum, reservation) => sum + reservation.amountCents, 0);

export interface BudgetOverview {
  readonly year: number;
  readonly totalCents: number | null;
  readonly perHouseholdCents: number | null;
  readonly reservedCents: number;
  readonly remainingCents: number | null;
  readonly spendCount: number;
}

export function overviewOf(state: BudgetState, year: number): BudgetOverview {
  const budget = state.years.get(year);
  const reserved = reservedCents(state, year);
  return {
    year,
    totalCents: budget?.totalCents ?? null,
    perHouseholdCents: budget?.perHouseholdCents ?? null,
    reservedCents: reserved,
    remainingCents: budget ? budget.totalCents - reserved : null,
    spendCount: activeReservations(state, year).length,
  };
}
