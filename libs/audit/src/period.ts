import { GraphQLError } from 'graphql';
import type { Period } from './types';

const badPeriod = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'from' } });

const valid = (date: Date | null | undefined): date is Date => date instanceof Date && !Number.isNaN(date.getTime());

/**
 * Checks an optional period `[from, to)` of a search: each bound a valid date, and `from` before `to` when both
 * are given. BAD_USER_INPUT otherwise. Pure.
 */
export function checkOptionalPeriod(from: Date | null | undefined, to: Date | null | undefined): void {
  if (from != null && !valid(from)) throw badPeriod('Ongeldige periode: from is geen geldige datum.');
  if (to != null && !valid(to)) throw badPeriod('Ongeldige periode: to is geen geldige datum.');
  if (from != null && to != null && from.getTime() >= to.getTime()) {
    throw badPeriod('Ongeldige periode: from moet vóór to liggen.');
  }
}

/** A required period `[from, to)`, at most `maxDays` long when given. BAD_USER_INPUT otherwise. Pure. */
export function checkPeriod(period: { from?: Date | null; to?: Date | null }, maxDays?: number): Period {
  if (period.from == null || period.to == null) throw badPeriod('Ongeldige periode: from en to zijn verplicht.');
  checkOptionalPeriod(period.from, period.to);
  if (maxDays !== undefined && period.to.getTime() - period.from.getTime() > maxDays * 86_400_000) {
    throw badPeriod(`Ongeldige periode: hoogstens ${maxDays} dagen.`);
  }
  return { from: period.from, to: period.to };
}
