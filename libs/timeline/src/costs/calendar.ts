import type { LocalDate } from '@regie/household';

const DAY_MS = 86_400_000;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Days since 1970-01-01 of a LocalDate (UTC midnight): whole numbers, so intervals are plain arithmetic. */
export const dayNumber = (date: LocalDate): number => Math.round(Date.parse(`${date}T00:00:00.000Z`) / DAY_MS);

/** An inclusive range of days. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

export interface Month extends DayRange {
  /** YYYY-MM */
  readonly key: string;
  readonly days: number;
}

export function monthOf(key: string): Month {
  const [year, month] = key.split('-').map(Number);
  const first = Date.UTC(year, month - 1, 1) / DAY_MS;
  const last = Date.UTC(year, month, 1) / DAY_MS - 1;
  return { key, first, last, days: last - first + 1 };
}

/** Every month from `from` to `to` (YYYY-MM, inclusive). */
export function monthsBetween(from: string, to: string): Month[] {
  const months: Month[] = [];
  let [year, month] = from.split('-').map(Number);
  for (let key = from; key <= to; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(monthOf(key));
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

export const monthKeyOf = (date: LocalDate): string => date.slice(0, 7);

export function overlapDays(a: DayRange, b: DayRange): number {
  return Math.max(0, Math.min(a.last, b.last) - Math.max(a.first, b.first) + 1);
}
