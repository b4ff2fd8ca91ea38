import type { LocalDate, TariffBasis } from '@regie/household';
import { dayNumber, monthKeyOf, monthsBetween, overlapDays, type DayRange, type Month } from './calendar';
import {
  coverageKey,
  coveredDays,
  netDeclarations,
  splitOverMonths,
  uncoveredDays,
  type DeclarationInput,
} from './declared-cost';

/** A toewijzing's or trajectory's tariff with its validity and the start and stop of its care (the episode). */
export interface CostLineInput {
  readonly domain: string;
  /** The toewijzing's key, to find its declarations (`DeclarationInput.key`); without it none apply. */
  readonly key?: string;
  readonly tariff: TariffBasis;
  readonly validFrom: LocalDate;
  readonly validUntil?: LocalDate | null;
  /** Episode GESTART; without it, no care ran and nothing is realised. */
  readonly startedOn?: LocalDate | null;
  /** Episode GESTOPT (the last day of care); without it, care runs until today. */
  readonly stoppedOn?: LocalDate | null;
}

export interface MonthDomainCost {
  /** YYYY-MM */
  readonly month: string;
  readonly domain: string;
  readonly expectedCents: number;
  /** Declared plus estimated. */
  readonly realisedCents: number;
  /** From declaration lines (323), credit lines netted. */
  readonly declaredCents: number;
  /** Estimated from start and stop of care, for days no declaration covers. */
  readonly estimatedCents: number;
}

/** WMO757 Frequentie codes. */
const PER_DAG = '1';
const PER_WEEK = '2';
const PER_MAAND = '4';
const TOTAAL_BINNEN_GELDIGHEIDSDUUR = '6';

/**
 * How a tariff spreads over time: a rate per day (which may depend on the month's length), or one amount that
 * lands in a single month (a total without an end date). Undefined for a frequentie it does not know.
 */
type Spread = { readonly perDay: (month: Month) => number } | { readonly lump: number };

function spreadOf(tariff: TariffBasis, validity: DayRange | undefined): Spread | undefined {
  const days = validity ? validity.last - validity.first + 1 : undefined;
  const spreadTotal = (total: number): Spread => (days ? { perDay: () => total / days } : { lump: total });
  switch (tariff.kind) {
    case 'PER_MAAND':
      return { perDay: (month) => tariff.monthlyCents / month.days };
    case 'BUDGET':
      return spreadTotal(tariff.budgetCents);
    case 'PER_EENHEID': {
      const perOccurrence = tariff.volume * tariff.pricePerUnitCents;
      if (tariff.frequency === PER_DAG) return { perDay: () => perOccurrence };
      if (tariff.frequency === PER_WEEK) return { perDay: () => perOccurrence / 7 };
      if (tariff.frequency === PER_MAAND) return { perDay: (month) => perOccurrence / month.days };
      if (tariff.frequency === TOTAAL_BINNEN_GELDIGHEIDSDUUR) return spreadTotal(perOccurrence);
      return undefined;
    }
  }
}

/**
 * Expected and realised cost per month and domain, in whole cents, for the months `from`..`to` (YYYY-MM).
 *
 * Expected: the tariff over the toewijzing's validity (validFrom..validUntil, or to the end of the range when it
 * has no end). Realised: for the days a declaration (323) of the toewijzing covers, the declared amount (split over
 * months by days, see `splitOverMonths`; credit lines netted, see `netDeclarations`); for the other days care ran
 * (GESTART..GESTOPT, or until `today`, within the validity) the tariff's rate as an estimate. A total without an
 * end date (one lump) is estimated only while its toewijzing has no declaration at all.
 *
 * Rounding: declared amounts are whole cents; estimates are computed exactly (fractions of cents per day), summed
 * per month and domain and rounded once (half up), so an estimate is off by at most half a cent.
 */
export function costPerMonth(
  lines: readonly CostLineInput[],
  from: string,
  to: string,
  today: LocalDate,
  declarations: readonly DeclarationInput[] = [],
): MonthDomainCost[] {
  const months = monthsBetween(from, to);
  if (months.length === 0) return [];
  const rangeEnd = months.at(-1)!.last;
  const todayNumber = dayNumber(today);
  const cells = new Map<
    string,
    { month: string; domain: string; expected: number; estimated: number; declared: number }
  >();
  const add = (month: string, domain: string, expected: number, estimated: number, declared = 0) => {
    const key = `${month}\u0000${domain}`;
    const cell = cells.get(key) ?? { month, domain, expected: 0, estimated: 0, declared: 0 };
    cell.expected += expected;
    cell.estimated += estimated;
    cell.declared += declared;
    cells.set(key, cell);
  };
  const inRange = new Set(months.map((month) => month.key));
  const declared = netDeclarations(declarations);
  for (const declaration of declared) {
    for (const part of splitOverMonths(declaration.amountCents, declaration.period)) {
      if (inRange.has(part.month)) add(part.month, declaration.domain, 0, 0, part.cents);
    }
  }
  const covered = coveredDays(declared);

  for (const line of lines) {
    const validFrom = dayNumber(line.validFrom);
    const validity = line.validUntil ? { first: validFrom, last: dayNumber(line.validUntil) } : undefined;
    const spread = spreadOf(line.tariff, validity);
    if (!spread) continue;
    const started = line.startedOn ? dayNumber(line.startedOn) : undefined;
    const care: DayRange | undefined =
      started === undefined
        ? undefined
        : {
            first: Math.max(started, validFrom),
            last: Math.min(
              line.stoppedOn ? dayNumber(line.stoppedOn) : todayNumber,
              todayNumber,
              validity?.last ?? Number.POSITIVE_INFINITY,
            ),
          };
    const declaredDays = line.key === undefined ? undefined : covered.get(coverageKey(line.domain, line.key));
    if ('lump' in spread) {
      const month = monthKeyOf(line.validFrom);
      if (inRange.has(month)) {
        add(month, line.domain, spread.lump, care && care.first <= care.last && !declaredDays ? spread.lump : 0);
      }
      continue;
    }
    const expectedRange = validity ?? { first: validFrom, last: rangeEnd };
    for (const month of months) {
      const rate = spread.perDay(month);
      const expected = overlapDays(expectedRange, month) * rate;
      const careInMonth = care && { first: Math.max(care.first, month.first), last: Math.min(care.last, month.last) };
      const estimated = careInMonth ? uncoveredDays(careInMonth, declaredDays) * rate : 0;
      if (expected > 0 || estimated > 0) add(month.key, line.domain, expected, estimated);
    }
  }
  return [...cells.values()]
    .map((cell) => {
      const estimatedCents = Math.round(cell.estimated);
      return {
        month: cell.month,
        domain: cell.domain,
        expectedCents: Math.round(cell.expected),
        realisedCents: cell.declared + estimatedCents,
        declaredCents: cell.declared,
        estimatedCents,
      };
    })
    .sort((a, b) => a.month.localeCompare(b.month) || a.domain.localeCompare(b.domain));
}
