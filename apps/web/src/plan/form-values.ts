// Reading and checking what a regisseur typed in the plan's forms, before it goes to the api.

/** Today as YYYY-MM-DD in the Netherlands (the api's "not in the future" is about this day). */
export function todayLocal(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Euros as typed ("950", "950,50", "1.250,00") to whole cents; undefined when it is not an amount. */
export function centsOf(value: string): number | undefined {
  const cleaned = value.replace(/[€\s]/g, '').replace(/\.(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(,\d{1,2})?$/.test(cleaned)) return undefined;
  const [whole, fraction = ''] = cleaned.split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
