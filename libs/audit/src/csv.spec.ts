import { csvCell, csvRow } from './csv';

describe('CSV quoting (RFC 4180)', () => {
  it('given plain text, when written, then it is quoted', () => {
    expect(csvCell('household.timeline')).toBe('"household.timeline"');
  });

  it('given a quote, comma, CR or LF inside, when written, then the cell stays one cell with quotes doubled', () => {
    expect(csvCell('zei "nee", toen\r\nweg')).toBe('"zei ""nee"", toen\r\nweg"');
  });

  it('given null or undefined, when written, then the cell is empty and unquoted', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('given a value that a spreadsheet would run as a formula, when written, then it starts with an apostrophe', () => {
    for (const formula of ['=HYPERLINK("x")', '+31', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(formula)).toBe(`"'${formula.replaceAll('"', '""')}"`);
    }
  });

  it('given whitespace or an invisible character before a formula, when written, then it is escaped too', () => {
    for (const formula of [
      ' =1+1',
      '  +31',
      '\u00a0-1',
      '\n@SUM(A1)',
      '\u200b=HYPERLINK("x")',
      '\ufeff=1',
      '\u2060 +1',
    ]) {
      expect(csvCell(formula)).toBe(`"'${formula.replaceAll('"', '""')}"`);
    }
    expect(csvCell(' Anna Bakker')).toBe('" Anna Bakker"');
    expect(csvCell('u-1-2')).toBe('"u-1-2"');
  });

  it('given the Excel separator, when a row is written, then cells are separated by semicolons', () => {
    expect(csvRow(['a', null, 'b;c'], ';')).toBe('"a";;"b;c"\r\n');
  });

  it('given a row, when written, then cells are comma-separated and the row ends in CRLF', () => {
    expect(csvRow(['a', null, 'b,c'])).toBe('"a",,"b,c"\r\n');
  });

  it('given an empty string, when written, then it is an empty quoted cell (distinct from null)', () => {
    expect(csvRow(['', null])).toBe('"",\r\n');
  });
});
