/** The BSN elfproef (CS002): weights 9…2 and −1 over the nine digits; the sum is divisible by 11. */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += Number(bsn[index]) * (9 - index);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}
