/**
 * RFC 4180 by hand, in one small function rather than a dependency: every cell is quoted, a quote inside is doubled,
 * rows end in CRLF. That is all RFC 4180 asks, and quoting every cell means a comma, quote, CR or LF inside a value
 * can never break a row. Null becomes an empty cell.
 *
 * One deliberate deviation from a byte-exact copy, for a file an auditor opens in a spreadsheet: a value starting
 * with `=`, `+`, `-`, `@` (also after leading whitespace or invisible characters such as a zero-width space, which
 * spreadsheets skip), tab or CR gets a leading `'` so it is shown as text and never run as a formula (OWASP
 * "CSV injection"; `user_name`, `basis` and `emergency_reason` come from outside). The JSON export is exact.
 */
const FORMULA_START = /^[\s\p{Cf}]*[=+\-@]|^[\t\r]/u;

export function csvCell(value: string | null | undefined): string {
  if (value == null) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** `,` for RFC 4180; `;` for a spreadsheet in a Dutch locale, where `,` is the decimal separator. */
export type CsvSeparator = ',' | ';';

/** One CSV row including its CRLF. */
export function csvRow(values: readonly (string | null | undefined)[], separator: CsvSeparator = ','): string {
  return `${values.map(csvCell).join(separator)}\r\n`;
}

/** The UTF-8 byte order mark: tells Excel the file is UTF-8 (without it, `ë` reads as `Ã«`). */
export const UTF8_BOM = '\uFEFF';
