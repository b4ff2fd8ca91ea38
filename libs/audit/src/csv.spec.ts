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

  it('given a row, when written, then cells are comma-separated and the row ends in CRLF', () => {
    expect(csvRow(['a', null, 'b,c'])).toBe('"a",,"b,c"\r\n');
  });

  it('given an empty string, when written, then it is an empty quoted cell (distinct from null)', () => {
    expect(csvRow(['', null])).toBe('"",\r\n');
  });
});
