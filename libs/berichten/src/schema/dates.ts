// Dates as the messages carry them: xs:date without a time zone (RS032), read as ISO text "YYYY-MM-DD".

/** A calendar date "YYYY-MM-DD". */
export type IsoDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;

/** Whether `value` is an existing date in the form YYYY-MM-DD (year 0001–9999). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `value` is a time hh:mm:ss(.fff) without a time zone (RS034); 24:00:00 is allowed as in xs:time. */
export function isIsoTime(value: string): boolean {
  const match = TIME.exec(value);
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (hour === 24) return minute === 0 && second === 0 && !/[1-9]/.test(match[4] ?? '');
  return hour < 24 && minute < 60 && second < 60;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of the month `date` falls in. */
export function monthOf(date: IsoDate): { readonly first: IsoDate; readonly last: IsoDate } {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const prefix = date.slice(0, 8);
  return { first: `${prefix}01`, last: `${prefix}${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/** `date` moved by whole years (29 February becomes 28 February in a non-leap year), clamped to years 0–9999. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  if (year < 1) return '0000-01-01';
  if (year > 9999) return '9999-12-31';
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(day).padStart(2, '0')}`;
}
