/** The elfproef, as the api checks it: 9 digits, weights 9..2 and -1, sum divisible by 11. */
export function isValidBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || bsn === '000000000') return false;
  const sum = [...bsn].map(Number).reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0;
}

/** Whether free text holds a BSN (nine digits, dots or spaces between them allowed, passing the elfproef), as the api. */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(/(?<!\d)\d(?:[ .]?\d){8}(?!\d)/g)) {
    if (isValidBsn(match[0].replace(/[ .]/g, ''))) return true;
  }
  return false;
}
