import type { MonthDomainCost } from './cost-per-month';

export interface DomainTotal {
  readonly domain: string;
  readonly expectedCents: number;
  readonly realisedCents: number;
}

export interface CostSummary {
  readonly months: { month: string; domains: DomainTotal[]; expectedCents: number; realisedCents: number }[];
  readonly domains: DomainTotal[];
  readonly expectedCents: number;
  readonly realisedCents: number;
}

/** Groups month-and-domain figures into months (with their domains), per-domain totals and a grand total. */
export function summariseCosts(cells: readonly MonthDomainCost[], months: readonly string[]): CostSummary {
  const byDomain = new Map<string, { expectedCents: number; realisedCents: number }>();
  const summary: CostSummary = {
    months: months.map((month) => {
      const domains = cells
        .filter((cell) => cell.month === month)
        .map(({ domain, expectedCents, realisedCents }) => ({ domain, expectedCents, realisedCents }));
      for (const cell of domains) {
        const total = byDomain.get(cell.domain) ?? { expectedCents: 0, realisedCents: 0 };
        total.expectedCents += cell.expectedCents;
        total.realisedCents += cell.realisedCents;
        byDomain.set(cell.domain, total);
      }
      return {
        month,
        domains,
        expectedCents: domains.reduce((sum, cell) => sum + cell.expectedCents, 0),
        realisedCents: domains.reduce((sum, cell) => sum + cell.realisedCents, 0),
      };
    }),
    domains: [...byDomain]
      .map(([domain, total]) => ({ domain, ...total }))
      .sort((a, b) => a.domain.localeCompare(b.domain)),
    expectedCents: 0,
    realisedCents: 0,
  };
  return {
    ...summary,
    expectedCents: summary.months.reduce((sum, month) => sum + month.expectedCents, 0),
    realisedCents: summary.months.reduce((sum, month) => sum + month.realisedCents, 0),
  };
}
