import type { LocalDate } from '@regie/household';
import { dayNumber, monthKeyOf, monthsBetween, overlapDays, type DayRange } from './calendar';

/** A declaration line (323) as the read model holds it; a credit line has a negative amount. */
export interface DeclarationInput {
  readonly domain: string;
  /** The toewijzing's key, as its cost line's `key` (make it unique per household when summing several). */
  readonly key: string;
  /** DeclaratieNummer + ProductReferentie: a credit line carries the reference of the debit line it corrects. */
  readonly lineReference: string;
  readonly periodBegin: LocalDate;
  readonly periodEnd: LocalDate;
  readonly amountCents: number;
}

/** What stands of one declared line after its credit lines: its period and net amount. */
export interface NetDeclaration {
  readonly domain: string;
  readonly key: string;
  readonly period: DayRange;
  readonly amountCents: number;
}

export const coverageKey = (domain: string, key: string): string => `${domain}\u0000${key}`;

/**
 * Nets each line with the credit lines that name it (same domain, key and line reference). A line credited in full
 * (net 0) stands for nothing: its period counts as not declared, so the estimate applies there again until a new
 * debit line follows. The period is the debit line's (the first line with a positive amount, else the first line).
 */
export function netDeclarations(lines: readonly DeclarationInput[]): NetDeclaration[] {
  const groups = new Map<string, DeclarationInput[]>();
  for (const line of lines) {
    const group = `${coverageKey(line.domain, line.key)}\u0000${line.lineReference}`;
    groups.set(group, [...(groups.get(group) ?? []), line]);
  }
  const result: NetDeclaration[] = [];
  for (const group of groups.values()) {
    const amountCents = group.reduce((sum, line) => sum + line.amountCents, 0);
    if (amountCents === 0) continue;
    const debit = group.find((line) => line.amountCents > 0) ?? group[0];
    result.push({
      domain: debit.domain,
      key: debit.key,
      period: { first: dayNumber(debit.periodBegin), last: dayNumber(debit.periodEnd) },
      amountCents,
    });
  }
  return result;
}

/**
 * Splits an amount over the months of a period in proportion to the days of the period in each month, in whole
 * cents that add up to the amount exactly: each month gets round(amount × days up to its end / all days) minus what
 * the months before it got. E.g. € 100 over 20 January–9 February (21 days): 12/21 → € 57,14 in January and € 42,86
 * in February.
 */
export function splitOverMonths(amountCents: number, period: DayRange): { month: string; cents: number }[] {
  const total = period.last - period.first + 1;
  if (total <= 0) return [];
  const firstDate = new Date(period.first * 86_400_000).toISOString().slice(0, 10);
  const lastDate = new Date(period.last * 86_400_000).toISOString().slice(0, 10);
  let daysSoFar = 0;
  let centsSoFar = 0;
  return monthsBetween(monthKeyOf(firstDate), monthKeyOf(lastDate)).map((month) => {
    daysSoFar += overlapDays(period, month);
    const upToHere = Math.round((amountCents * daysSoFar) / total);
    const cents = upToHere - centsSoFar;
    centsSoFar = upToHere;
    return { month: month.key, cents };
  });
}

/** The days that declarations cover, per domain and key, as sorted ranges that do not overlap. */
export function coveredDays(declarations: readonly NetDeclaration[]): Map<string, DayRange[]> {
  const perKey = new Map<string, DayRange[]>();
  for (const declaration of declarations) {
    const key = coverageKey(declaration.domain, declaration.key);
    perKey.set(key, [...(perKey.get(key) ?? []), declaration.period]);
  }
  for (const [key, ranges] of perKey) {
    const merged: DayRange[] = [];
    for (const range of [...ranges].sort((a, b) => a.first - b.first)) {
      const last = merged.at(-1);
      if (last && range.first <= last.last + 1)
        merged[merged.length - 1] = { ...last, last: Math.max(last.last, range.last) };
      else merged.push(range);
    }
    perKey.set(key, merged);
  }
  return perKey;
}

/** Days of `range` that fall in none of `covered`. */
export function uncoveredDays(range: DayRange, covered: readonly DayRange[] | undefined): number {
  const all = Math.max(0, range.last - range.first + 1);
  return all - (covered ?? []).reduce((sum, one) => sum + overlapDays(range, one), 0);
}
