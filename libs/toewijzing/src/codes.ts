import { isCodeIn, type NamedCodeList } from '@regie/berichten';

/** The Dutch label of a code, or the code itself when it is not in the list (an older stored code still reads). */
export const labelOf = (list: NamedCodeList, code: string): string =>
  isCodeIn(list.codes, code) ? list.codes[code]! : code;

/** "ambulant (45)": how a product category reads in a summary or episode label. */
export const codeWithLabel = (list: NamedCodeList, code: string): string => `${labelOf(list, code)} (${code})`;

/** The Dutch message for a code that is not in its list, naming the field and the list; undefined when it is. */
export function codeProblem(list: NamedCodeList, value: unknown, field: string): string | undefined {
  if (typeof value === 'string' && isCodeIn(list.codes, value)) return undefined;
  const allowed = Object.keys(list.codes).join(', ');
  return `${field}: ${JSON.stringify(value)} is geen code uit ${list.id} (${list.label}) (toegestaan: ${allowed})`;
}
