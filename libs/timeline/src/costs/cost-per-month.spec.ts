import { costPerMonth, type CostLineInput } from './cost-per-month';
import { beforeAfterRegisseur } from './before-after-regisseur';

const line = (overrides: Partial<CostLineInput>): CostLineInput => ({
  domain: 'WMO',
  tariff: { kind: 'PER_MAAND', monthlyCents: 31_000 },
  validFrom: '2026-01-01',
  ...overrides,
});

const cell = (cells: ReturnType<typeof costPerMonth>, month: string, domain = 'WMO') =>
  cells.find((c) => c.month === month && c.domain === domain);

describe('costPerMonth', () => {
  it('PER_EENHEID 1 per dag: volume × price × days of validity in the month', () => {
    const tariff = { kind: 'PER_EENHEID', pricePerUnitCents: 1_000, volume: 2, unit: '14', frequency: '1' } as const;
    const cells = costPerMonth(
      [line({ tariff, validFrom: '2026-02-10', validUntil: '2026-03-05' })],
      '2026-02',
      '2026-03',
      '2026-12-31',
    );
    expect(cell(cells, '2026-02')?.expectedCents).toBe(19 * 2_000);
    expect(cell(cells, '2026-03')?.expectedCents).toBe(5 * 2_000);
  });

  it('PER_EENHEID 2 per week: days / 7, rounded once per month', () => {
    const tariff = { kind: 'PER_EENHEID', pricePerUnitCents: 5_000, volume: 3, unit: '04', frequency: '2' } as const;
    const cells = costPerMonth(
      [line({ tariff, validFrom: '2026-01-01', validUntil: '2026-12-31' })],
      '2026-01',
      '2026-02',
      '2026-12-31',
    );
    expect(cell(cells, '2026-01')?.expectedCents).toBe(Math.round((31 * 15_000) / 7));
    expect(cell(cells, '2026-02')?.expectedCents).toBe(Math.round((28 * 15_000) / 7));
  });

  it('PER_EENHEID 4 per maand: one occurrence per full month, prorated by days in a partial month', () => {
    const tariff = { kind: 'PER_EENHEID', pricePerUnitCents: 3_000, volume: 10, unit: '04', frequency: '4' } as const;
    const cells = costPerMonth(
      [line({ tariff, validFrom: '2026-04-16', validUntil: '2026-06-30' })],
      '2026-04',
      '2026-06',
      '2026-12-31',
    );
    expect(cell(cells, '2026-04')?.expectedCents).toBe(15_000);
    expect(cell(cells, '2026-05')?.expectedCents).toBe(30_000);
  });

  it('PER_EENHEID 6 totaal binnen de geldigheidsduur: spread evenly over the validity', () => {
    const tariff = { kind: 'PER_EENHEID', pricePerUnitCents: 100, volume: 590, unit: '04', frequency: '6' } as const;
    const cells = costPerMonth(
      [line({ tariff, validFrom: '2026-01-01', validUntil: '2026-02-28' })],
      '2026-01',
      '2026-03',
      '2026-12-31',
    );
    expect(cell(cells, '2026-01')?.expectedCents).toBe(31_000);
    expect(cell(cells, '2026-02')?.expectedCents).toBe(28_000);
    expect(cell(cells, '2026-03')).toBeUndefined();
  });

  it('BUDGET spreads over validFrom..validUntil; without validUntil it lands in the month of validFrom', () => {
    const budget = { kind: 'BUDGET', budgetCents: 59_000 } as const;
    const spread = costPerMonth(
      [line({ tariff: budget, validFrom: '2026-01-01', validUntil: '2026-02-28' })],
      '2026-01',
      '2026-02',
      '2026-12-31',
    );
    expect(cell(spread, '2026-02')?.expectedCents).toBe(28_000);
    const lump = costPerMonth([line({ tariff: budget, validFrom: '2026-02-14' })], '2026-01', '2026-03', '2026-12-31');
    expect(lump.map((c) => [c.month, c.expectedCents])).toEqual([['2026-02', 59_000]]);
  });

  it('PER_MAAND prorates by days; expected runs to the end of the range when there is no validUntil', () => {
    const cells = costPerMonth([line({ validFrom: '2026-01-11' })], '2026-01', '2026-03', '2026-12-31');
    expect(cells.map((c) => c.expectedCents)).toEqual([21_000, 31_000, 31_000]);
  });

  it('realised runs from GESTART to GESTOPT (or today) within validity; nothing without a start', () => {
    const running = line({
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      startedOn: '2026-01-21',
      stoppedOn: '2026-02-14',
    });
    const cells = costPerMonth([running], '2026-01', '2026-03', '2026-12-31');
    expect(cells.map((c) => c.realisedCents)).toEqual([11_000, Math.round((14 * 31_000) / 28), 0]);
    const untilToday = costPerMonth([line({ startedOn: '2025-12-01' })], '2026-01', '2026-02', '2026-01-10');
    expect(untilToday.map((c) => c.realisedCents)).toEqual([10_000, 0]);
    const notStarted = costPerMonth([line({})], '2026-01', '2026-01', '2026-12-31');
    expect(notStarted[0].realisedCents).toBe(0);
  });

  it('sums per domain and month, and skips an unknown frequentie', () => {
    const unknown = { kind: 'PER_EENHEID', pricePerUnitCents: 100, volume: 1, unit: '04', frequency: '9' } as const;
    const cells = costPerMonth(
      [line({}), line({}), line({ domain: 'JEUGD' }), line({ domain: 'JEUGD', tariff: unknown })],
      '2026-01',
      '2026-01',
      '2026-12-31',
    );
    expect(cells).toEqual([
      {
        month: '2026-01',
        domain: 'JEUGD',
        expectedCents: 31_000,
        realisedCents: 0,
        declaredCents: 0,
        estimatedCents: 0,
      },
      { month: '2026-01', domain: 'WMO', expectedCents: 62_000, realisedCents: 0, declaredCents: 0, estimatedCents: 0 },
    ]);
  });
});

describe('beforeAfterRegisseur', () => {
  it('averages realised cost per household-month before and after the assignment month, leaving that month out', () => {
    const result = beforeAfterRegisseur(
      [
        // 310 per month all year; a regisseur from March; stopped after April.
        { lines: [line({ startedOn: '2026-01-01', stoppedOn: '2026-04-30' })], firstRegisseurOn: '2026-03-05' },
        // No regisseur: not counted.
        { lines: [line({ startedOn: '2026-01-01' })] },
      ],
      '2026-01',
      '2026-06',
      '2026-12-31',
    );
    expect(result).toEqual({
      households: 1,
      averageMonthlyBeforeCents: 31_000,
      averageMonthlyAfterCents: Math.round(31_000 / 3),
    });
  });
});
