import { copyText } from './copy-text';

describe('copyText (PostgreSQL COPY text format)', () => {
  it('separates columns by a tab and rows by a newline, null as \\N', () => {
    expect(
      copyText([
        ['a', null, 1],
        ['b', undefined, 2],
      ]),
    ).toBe('a\t\\N\t1\nb\t\\N\t2\n');
  });

  it('escapes backslash, tab, newline and carriage return, so a value cannot end a column, a row or the data', () => {
    expect(copyText([['C:\\pad\tmet\ntab\r', '\\.', '\\N']])).toBe('C:\\\\pad\\tmet\\ntab\\r\t\\\\.\t\\\\N\n');
  });

  it('writes numbers, bigints, booleans and dates as PostgreSQL reads them', () => {
    expect(copyText([[12, 9007199254740993n, true, false, new Date('2026-12-07T05:00:00.000Z')]])).toBe(
      '12\t9007199254740993\tt\tf\t2026-12-07T05:00:00.000Z\n',
    );
  });

  it('keeps any other Unicode as it is', () => {
    expect(copyText([['Zoë “Çelik” 👩‍👧', '']])).toBe('Zoë “Çelik” 👩‍👧\t\n');
  });

  it('refuses a structure instead of writing "[object Object]"', () => {
    expect(() => copyText([[{ a: 1 }]])).toThrow(TypeError);
    expect(() => copyText([[['x']]])).toThrow(TypeError);
  });

  it('writes nothing for no rows', () => {
    expect(copyText([])).toBe('');
  });
});
