import { GraphQLError } from 'graphql';
import { checkOptionalPeriod, checkPeriod } from './period';

const codeOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
  return undefined;
};
const d = (iso: string) => new Date(iso);

describe('periods [from, to)', () => {
  it('given from before to, when checked, then the period is returned', () => {
    expect(checkPeriod({ from: d('2025-01-01'), to: d('2025-02-01') })).toEqual({
      from: d('2025-01-01'),
      to: d('2025-02-01'),
    });
  });

  it('given from equal to or after to, when checked, then BAD_USER_INPUT', () => {
    expect(codeOf(() => checkPeriod({ from: d('2025-01-01'), to: d('2025-01-01') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkOptionalPeriod(d('2025-02-01'), d('2025-01-01')))).toBe('BAD_USER_INPUT');
  });

  it('given a missing bound, when a period is required, then BAD_USER_INPUT; when optional, then fine', () => {
    expect(codeOf(() => checkPeriod({ from: d('2025-01-01') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => checkOptionalPeriod(d('2025-01-01'), null))).toBeUndefined();
    expect(codeOf(() => checkOptionalPeriod(undefined, d('2025-01-01')))).toBeUndefined();
  });

  it('given an invalid date, when checked, then BAD_USER_INPUT', () => {
    expect(codeOf(() => checkOptionalPeriod(new Date('x'), null))).toBe('BAD_USER_INPUT');
  });

  it('given a longer period than allowed, when checked, then BAD_USER_INPUT', () => {
    expect(codeOf(() => checkPeriod({ from: d('2024-01-01'), to: d('2025-01-03') }, 366))).toBe('BAD_USER_INPUT');
    expect(checkPeriod({ from: d('2024-01-01'), to: d('2025-01-01') }, 366).to).toEqual(d('2025-01-01'));
  });
});
