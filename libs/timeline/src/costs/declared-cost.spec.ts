import { costPerMonth, type CostLineInput } from './cost-per-month';
import { dayNumber } from './calendar';
import { netDeclarations, splitOverMonths, type DeclarationInput } from './declared-cost';

const range = (first: string, last: string) => ({ first: dayNumber(first), last: dayNumber(last) });

// € 310 a month, care from 1 January, toewijzing T1 for the whole year.
const line: CostLineInput = {
  domain: 'JEUGD',
  key: 'T1',
  tariff: { kind: 'PER_MAAND', monthlyCents: 31_000 },
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  startedOn: '2026-01-01',
};
const declaration = (overrides: Partial<DeclarationInput>): DeclarationInput => ({
  domain: 'JEUGD',
  key: 'T1',
  lineReference: 'D1/P1',
  periodBegin: '2026-02-01',
  periodEnd: '2026-02-28',
  amountCents: 25_000,
  ...overrides,
});
const month = (cells: ReturnType<typeof costPerMonth>, key: string) => cells.find((cell) => cell.month === key);

describe('splitOverMonths', () => {
  it('splits by days in whole cents that add up to the amount', () => {
    expect(splitOverMonths(10_000, range('2026-01-20', '2026-02-09'))).toEqual([
      { month: '2026-01', cents: 5_714 },
      { month: '2026-02', cents: 4_286 },
    ]);
    const parts = splitOverMonths(-99_999, range('2026-01-31', '2026-04-01'));
    expect(parts.map((part) => part.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(parts.reduce((sum, part) => sum + part.cents, 0)).toBe(-99_999);
  });
});

describe('netDeclarations', () => {
  it('nets a credit line with the debit it names; a line credited in full stands for nothing', () => {
    const net = netDeclarations([
      declaration({}),
      declaration({ amountCents: -25_000, periodBegin: '2026-02-01', periodEnd: '2026-02-28' }),
      declaration({ lineReference: 'D2/P1', amountCents: 20_000 }),
      declaration({ lineReference: 'D3/P1', amountCents: 5_000, periodBegin: '2026-03-01', periodEnd: '2026-03-31' }),
      declaration({ lineReference: 'D3/P1', amountCents: -1_000, periodBegin: '2026-03-01', periodEnd: '2026-03-31' }),
    ]);
    expect(net.map((one) => one.amountCents)).toEqual([20_000, 4_000]);
  });
});

describe('costPerMonth with declarations', () => {
  it('without declarations the realised cost is an estimate from start and stop of care', () => {
    const cells = costPerMonth([line], '2026-01', '2026-02', '2026-12-31');
    expect(month(cells, '2026-02')).toMatchObject({
      expectedCents: 31_000,
      realisedCents: 31_000,
      declaredCents: 0,
      estimatedCents: 31_000,
    });
  });

  it('a declared month is realised at the declared amount; months without one stay estimated', () => {
    const cells = costPerMonth([line], '2026-01', '2026-03', '2026-12-31', [declaration({})]);
    expect(month(cells, '2026-01')).toMatchObject({ realisedCents: 31_000, declaredCents: 0, estimatedCents: 31_000 });
    expect(month(cells, '2026-02')).toMatchObject({
      expectedCents: 31_000,
      realisedCents: 25_000,
      declaredCents: 25_000,
      estimatedCents: 0,
    });
    expect(month(cells, '2026-03')).toMatchObject({ declaredCents: 0, estimatedCents: 31_000 });
  });

  it('a declaration for part of a month: the declared days at the amount, the other days care ran estimated', () => {
    const cells = costPerMonth([line], '2026-03', '2026-03', '2026-12-31', [
      declaration({ periodBegin: '2026-03-01', periodEnd: '2026-03-10', amountCents: 12_345 }),
    ]);
    // 21 of 31 days at € 310 a month = € 210 estimated.
    expect(month(cells, '2026-03')).toMatchObject({
      declaredCents: 12_345,
      estimatedCents: 21_000,
      realisedCents: 33_345,
    });
  });

  it('a credit line corrects the debit it names; a full credit brings the estimate back', () => {
    const credit = declaration({ amountCents: -25_000 });
    const corrected = costPerMonth([line], '2026-02', '2026-02', '2026-12-31', [
      declaration({}),
      credit,
      declaration({ lineReference: 'D2/P1', amountCents: 28_000 }),
    ]);
    expect(month(corrected, '2026-02')).toMatchObject({ declaredCents: 28_000, estimatedCents: 0 });
    const withdrawn = costPerMonth([line], '2026-02', '2026-02', '2026-12-31', [declaration({}), credit]);
    expect(month(withdrawn, '2026-02')).toMatchObject({ declaredCents: 0, estimatedCents: 31_000 });
  });

  it('a period spanning months is split by days; a declaration of another toewijzing or domain does not cover', () => {
    const cells = costPerMonth([line], '2026-01', '2026-02', '2026-12-31', [
      declaration({ periodBegin: '2026-01-20', periodEnd: '2026-02-09', amountCents: 10_000 }),
      declaration({ key: 'T9', lineReference: 'X', periodBegin: '2026-02-01', periodEnd: '2026-02-28' }),
      declaration({ domain: 'WMO', lineReference: 'Y', periodBegin: '2026-02-01', periodEnd: '2026-02-28' }),
    ]);
    expect(month(cells, '2026-01')).toMatchObject({ declaredCents: 5_714, estimatedCents: 19_000 });
    // February: 19 uncovered days of T1 estimated (€ 210,36) and T9's declared € 250.
    expect(month(cells, '2026-02')).toMatchObject({
      domain: 'JEUGD',
      declaredCents: 4_286 + 25_000,
      estimatedCents: Math.round((19 * 31_000) / 28),
    });
    expect(cells.find((cell) => cell.domain === 'WMO')).toMatchObject({ declaredCents: 25_000, expectedCents: 0 });
  });

  it('a lump total without an end date is estimated only while its toewijzing has no declaration', () => {
    const lump: CostLineInput = {
      ...line,
      validUntil: null,
      tariff: { kind: 'BUDGET', budgetCents: 50_000 },
    };
    expect(month(costPerMonth([lump], '2026-01', '2026-01', '2026-12-31'), '2026-01')).toMatchObject({
      estimatedCents: 50_000,
    });
    const declared = costPerMonth([lump], '2026-01', '2026-01', '2026-12-31', [
      declaration({ periodBegin: '2026-01-01', periodEnd: '2026-01-31', amountCents: 40_000 }),
    ]);
    expect(month(declared, '2026-01')).toMatchObject({
      expectedCents: 50_000,
      declaredCents: 40_000,
      estimatedCents: 0,
    });
  });
});
