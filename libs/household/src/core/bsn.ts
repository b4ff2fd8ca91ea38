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

/** Whether free text holds a BSN: nine digits in a row (dots or spaces between them allowed) that pass the elfproef. */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)\d(?:[ .]?\d){8}(?!\d)/g)) {
    if (isValidBsn(match[0].replace(/[ .]/g, ''))) return true;
  }
  return false;
}
