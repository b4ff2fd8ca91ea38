import type { LocalDate } from '@regie/household';

// Algemene termijnenwet (Atw): a term set in a law that ends on a Saturday, a Sunday or a generally recognised
// holiday runs on to the next day that is none of these (art. 1 lid 1). The holidays are those of art. 3 lid 1:
// Nieuwjaarsdag, tweede Paas- en Pinksterdag, both Kerstdagen, Hemelvaartsdag, Koningsdag and 5 mei.

const day = (year: number, month: number, date: number): LocalDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

const plusDays = (date: LocalDate, days: number): LocalDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, date);
}

/** Koningsdag: 27 April, or 26 April when the 27th is a Sunday. */
function koningsdag(year: number): LocalDate {
  const date = day(year, 4, 27);
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 0 ? day(year, 4, 26) : date;
}

/** The generally recognised holidays of Atw art. 3 lid 1 in `year`. */
export function atwHolidays(year: number): Set<LocalDate> {
  const easter = easterSunday(year);
  return new Set([
    day(year, 1, 1),
    plusDays(easter, 1),
    plusDays(easter, 39),
    plusDays(easter, 50),
    koningsdag(year),
    day(year, 5, 5),
    day(year, 12, 25),
    day(year, 12, 26),
  ]);
}

const restDay = (date: LocalDate): boolean => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 || atwHolidays(Number(date.slice(0, 4))).has(date);
};

/** The last day of a statutory term that would end on `date`, extended past weekends and holidays (Atw art. 1). */
export function endOfStatutoryTerm(date: LocalDate): LocalDate {
  let end = date;
  while (restDay(end)) end = plusDays(end, 1);
  return end;
}
