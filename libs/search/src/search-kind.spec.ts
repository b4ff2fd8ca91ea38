import { addressBlindIndexes } from './blind-index';
import { searchKind, SearchInputError } from './household-search';

/** The field and message a refused search names. */
function refusal(terms: Parameters<typeof searchKind>[0]): [string, string] {
  try {
    searchKind(terms);
  } catch (error) {
    if (error instanceof SearchInputError) return [error.field, error.message];
    throw error;
  }
  throw new Error('expected the search to be refused');
}

describe('search by postcode and huisnummer', () => {
  it('is its own kind of search, with or without a toevoeging', () => {
    expect(searchKind({ postcode: '1234 ab', huisnummer: 12 })).toBe('POSTCODE_HUISNUMMER');
    expect(searchKind({ postcode: '1234AB', huisnummer: 12, toevoeging: 'a-2' })).toBe('POSTCODE_HUISNUMMER');
  });

  it.each([
    [{ postcode: '1234AB' }, 'huisnummer', 'Vul ook het huisnummer in.'],
    [{ huisnummer: 12 }, 'postcode', 'Vul ook de postcode in.'],
    [{ toevoeging: 'A' }, 'postcode', 'Vul ook de postcode in.'],
    [{ postcode: '123AB', huisnummer: 1 }, 'postcode', expect.stringContaining('Deze postcode klopt niet')],
    [{ postcode: '1234AB', huisnummer: 0 }, 'huisnummer', 'Vul een huisnummer in van 1 tot en met 99999.'],
    [{ postcode: '1234AB', huisnummer: 100_000 }, 'huisnummer', expect.stringContaining('99999')],
    [{ postcode: '1234AB', huisnummer: 1, toevoeging: 'A/2' }, 'toevoeging', expect.stringContaining('letters')],
    [{ postcode: '1234AB', huisnummer: 1, toevoeging: 'ABCDEF' }, 'toevoeging', expect.stringContaining('letters')],
    [{ postcode: '1234AB', huisnummer: 1, name: 'Sanne' }, 'input', expect.stringContaining('op één manier')],
    [{ postcode: '1234AB', huisnummer: 1, bsn: '111222333' }, 'input', expect.stringContaining('op één manier')],
  ])('refuses %j naming the field', (terms, field, message) => {
    expect(refusal(terms)).toEqual([field, message]);
  });
});

describe('address blind indexes', () => {
  const key = 'k'.repeat(32);
  const address = { postcode: '1234AB', huisnummer: 12, suffix: '' };

  it('never contain the postcode, and depend on the key', () => {
    const indexes = addressBlindIndexes(key, address);
    expect(JSON.stringify(indexes)).not.toContain('1234AB');
    expect(addressBlindIndexes('x'.repeat(32), address)).not.toEqual(indexes);
  });

  it('match on postcode and huisnummer whatever follows, and on the suffix only when it is the same', () => {
    const plain = addressBlindIndexes(key, address);
    const withLetter = addressBlindIndexes(key, { ...address, suffix: 'A' });
    expect(withLetter.numberIndex).toBe(plain.numberIndex);
    expect(withLetter.fullIndex).not.toBe(plain.fullIndex);
    expect(addressBlindIndexes(key, { ...address, huisnummer: 13 }).numberIndex).not.toBe(plain.numberIndex);
  });
});
