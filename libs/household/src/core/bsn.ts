/**
 * The BSN elfproef: 9 digits, weights 9,8,7,6,5,4,3,2,-1, weighted sum divisible by 11 (and not all zeros).
 * Source: Logius, "Burgerservicenummer: 11-proef".
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || bsn === '000000000') return false;
  const digits = [...bsn].map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}
