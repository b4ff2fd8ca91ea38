/** Dates, amounts and durations as the web notes ask: "3 maart 2026", "14:05", "€ 850,00", "9 weken". */
const TIME_ZONE = 'Europe/Amsterdam';
const longDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});
const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A business date (YYYY-MM-DD) is a calendar day, not a moment: it is shown as that day everywhere, never shifted by
 * a time zone. A timestamp is shown as the day in the Netherlands.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const local = LOCAL_DATE.exec(value);
  if (local) return longDate.format(new Date(Date.UTC(+local[1]!, +local[2]! - 1, +local[3]!, 12)));
  return longDate.format(new Date(value));
}

export function formatDateTime(value: string): string {
  return `${formatDate(value)}, ${time.format(new Date(value))}`;
}

/** A month `YYYY-MM` as "maart 2026" (or "mrt. 26" for a chart axis). */
export function formatMonth(value: string, short = false): string {
  const [year, monthNumber] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, monthNumber! - 1, 1));
  return (short ? shortMonth : month).format(date);
}

export function formatCents(cents: number): string {
  return euro.format(cents / 100);
}

/** "vandaag", "1 dag", "12 dagen", "9 weken" (from 8 weeks on). */
export function formatDays(days: number): string {
  if (days <= 0) return 'vandaag';
  if (days >= 56) return `${Math.floor(days / 7)} weken`;
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** Whole days from a timestamp or date until now. */
export function daysSince(value: string, now = new Date()): number {
  const local = LOCAL_DATE.exec(value);
  const then = local ? Date.UTC(+local[1]!, +local[2]! - 1, +local[3]!) : new Date(value).getTime();
  return Math.max(0, Math.floor((now.getTime() - then) / 86_400_000));
}

/** Age in whole years on today, from a birth date YYYY-MM-DD. */
export function ageOn(birthDate: string, today = new Date()): number {
  const [year, monthNumber, day] = birthDate.split('-').map(Number);
  let age = today.getFullYear() - year!;
  if (today.getMonth() + 1 < monthNumber! || (today.getMonth() + 1 === monthNumber && today.getDate() < day!)) age -= 1;
  return age;
}

/** "Postcode 1234 AB, huisnummer 12A-2": the woonadres as the household page shows it. */
export function formatAddress(address: {
  postcode: string;
  huisnummer: number;
  huisletter?: string | null;
  huisnummertoevoeging?: string | null;
}): string {
  const postcode = `${address.postcode.slice(0, 4)} ${address.postcode.slice(4)}`;
  const toevoeging = address.huisnummertoevoeging ? `-${address.huisnummertoevoeging}` : '';
  return `Postcode ${postcode}, huisnummer ${address.huisnummer}${address.huisletter ?? ''}${toevoeging}`;
}
