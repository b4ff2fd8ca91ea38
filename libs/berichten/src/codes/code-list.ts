/** A code list: code → short Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/** A code list with the id the iStandaarden give it (e.g. JZ020), so a rejection can name it. */
export interface NamedCodeList {
  readonly id: string;
  /** What a reader calls the element, e.g. "productcategorie". */
  readonly label: string;
  readonly codes: CodeList;
}

/** Whether `code` is in `list` (own keys only, so `toString` or `__proto__` are not codes). */
export const isCodeIn = (list: CodeList, code: string): boolean => Object.prototype.hasOwnProperty.call(list, code);
