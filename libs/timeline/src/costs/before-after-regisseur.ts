import type { LocalDate } from '@regie/household';
import { monthKeyOf, monthsBetween } from './calendar';
import { costPerMonth, type CostLineInput } from './cost-per-month';
import type { DeclarationInput } from './declared-cost';

export interface HouseholdCostHistory {
  readonly lines: readonly CostLineInput[];
  /** Its declaration lines (323), keyed as its lines. */
  readonly declarations?: readonly DeclarationInput[];
  /** The first time a regisseur was assigned; households without one are left out. */
  readonly firstRegisseurOn?: LocalDate;
}

export interface BeforeAfterRegisseur {
  /** Households with at least one whole month before and one after the assignment within the range. */
  readonly households: number;
  readonly averageMonthlyBeforeCents: number;
  readonly averageMonthlyAfterCents: number;
}

/**
 * Average realised cost per household per month before and after the first regisseur assignment, over the months
 * `from`..`to`. The month of the assignment itself counts for neither side. A comparison, not a causal effect:
 * households get a regisseur because things are going badly, and costs move for many reasons.
 */
export function beforeAfterRegisseur(
  households: readonly HouseholdCostHistory[],
  from: string,
  to: string,
  today: LocalDate,
): BeforeAfterRegisseur {
  const months = monthsBetween(from, to).map((month) => month.key);
  let counted = 0;
  const before = { cents: 0, months: 0 };
  const after = { cents: 0, months: 0 };
  for (const household of households) {
    if (!household.firstRegisseurOn) continue;
    const assigned = monthKeyOf(household.firstRegisseurOn);
    const beforeMonths = months.filter((month) => month < assigned);
    const afterMonths = months.filter((month) => month > assigned);
    if (beforeMonths.length === 0 || afterMonths.length === 0) continue;
    counted += 1;
    const perMonth = new Map<string, number>();
    for (const cell of costPerMonth(household.lines, from, to, today, household.declarations)) {
      perMonth.set(cell.month, (perMonth.get(cell.month) ?? 0) + cell.realisedCents);
    }
    for (const month of beforeMonths) before.cents += perMonth.get(month) ?? 0;
    for (const month of afterMonths) after.cents += perMonth.get(month) ?? 0;
    before.months += beforeMonths.length;
    after.months += afterMonths.length;
  }
  const average = (side: { cents: number; months: number }) => (side.months ? Math.round(side.cents / side.months) : 0);
  return { households: counted, averageMonthlyBeforeCents: average(before), averageMonthlyAfterCents: average(after) };
}
