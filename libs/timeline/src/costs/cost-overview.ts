import type { MonthDomainCost } from './cost-per-month';

export interface CostFigures {
  readonly expectedCents: number;
  /** Declared plus estimated. */
  readonly realisedCents: number;
  readonly declaredCents: number;
  readonly estimatedCents: number;
}

/** The figures with `estimated`: whether any part of the realised cost is an estimate (no declaration covers it). */
export type FlaggedFigures = CostFigures & { readonly estimated: boolean };

export interface DomainTotal extends FlaggedFigures {
  readonly domain: string;
}

export interface CostSummary extends FlaggedFigures {
  readonly months: (FlaggedFigures & { month: string; domains: DomainTotal[] })[];
  readonly domains: DomainTotal[];
}

const ZERO: CostFigures = { expectedCents: 0, realisedCents: 0, declaredCents: 0, estimatedCents: 0 };

function plus(a: CostFigures, b: CostFigures): CostFigures {
  return {
    expectedCents: a.expectedCents + b.expectedCents,
    realisedCents: a.realisedCents + b.realisedCents,
    declaredCents: a.declaredCents + b.declaredCents,
    estimatedCents: a.estimatedCents + b.estimatedCents,
  };
}

const figuresOf = ({ expectedCents, realisedCents, declaredCents, estimatedCents }: CostFigures): CostFigures => ({
  expectedCents,
  realisedCents,
  declaredCents,
  estimatedCents,
});

const flagged = (figures: CostFigures): FlaggedFigures => ({ ...figures, estimated: figures.estimatedCents !== 0 });

/** Groups month-and-domain figures into months (with their domains), per-domain totals and a grand total. */
export function summariseCosts(cells: readonly MonthDomainCost[], months: readonly string[]): CostSummary {
  const byDomain = new Map<string, CostFigures>();
  const perMonth = months.map((month) => {
    const domains = cells
      .filter((cell) => cell.month === month)
      .map((cell) => ({ domain: cell.domain, ...flagged(figuresOf(cell)) }));
    for (const cell of domains) byDomain.set(cell.domain, plus(byDomain.get(cell.domain) ?? ZERO, cell));
    return { month, domains, ...flagged(domains.reduce<CostFigures>(plus, ZERO)) };
  });
  return {
    months: perMonth,
    domains: [...byDomain]
      .map(([domain, total]) => ({ domain, ...flagged(total) }))
      .sort((a, b) => a.domain.localeCompare(b.domain)),
    ...flagged(perMonth.reduce<CostFigures>((sum, month) => plus(sum, figuresOf(month)), ZERO)),
  };
}
