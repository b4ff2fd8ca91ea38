import { reject } from './rejection';

/** Dates of the law (ingangsdatum, begindatum) are calendar days without a time zone: `YYYY-MM-DD`. */
export type LocalDate = string;

export function isLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A calendar day as a reader says it: "3 maart 2026" (B1; no time zone, it is a day, not a moment). */
export function formatDutchDate(date: LocalDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MAANDEN[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date;
}

// Made once: a new Intl.DateTimeFormat costs about half a millisecond, and every command asks for today.
const DUTCH_CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today in the Netherlands, as a LocalDate. */
export function todayInNetherlands(now: Date = new Date()): LocalDate {
  return DUTCH_CALENDAR_DATE.format(now);
}

/** A fact that already happened cannot be dated in the future. */
export function assertNotInFuture(date: LocalDate, today: LocalDate, field: string): void {
  if (date > today) reject('BAD_USER_INPUT', `${field} ${date} ligt in de toekomst`, { field });
}

export function assertOrder(earlier: LocalDate, later: LocalDate, message: string, field: string): void {
  if (later < earlier) reject('BAD_USER_INPUT', message, { field });
}

export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
