/**
 * Rows in PostgreSQL's COPY text format: one line per row, columns separated by a tab, `\N` for null, and a
 * backslash before the characters that would end a value or a line (backslash, tab, newline, carriage return).
 * Values are text as PostgreSQL reads them for the column's type: strings as they are, numbers and bigints in
 * decimal, booleans as `t`/`f`, dates as ISO 8601. Anything else (an object, an array) is refused: the caller
 * passes column values, not structures.
 */
export function copyText(rows: readonly (readonly unknown[])[]): string {
  let text = '';
  for (const row of rows) {
    for (let column = 0; column < row.length; column++) {
      if (column > 0) text += '\t';
      text += copyValue(row[column]);
    }
    text += '\n';
  }
  return text;
}

const ESCAPED = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') {
    return value.replace(ESCAPED, (character) => ESCAPES[character]!);
  }
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`copyText: a ${typeof value} is not a column value`);
}
