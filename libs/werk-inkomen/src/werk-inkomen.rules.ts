import { assertNotInFuture, isLocalDate, reject, type LocalDate } from '@regie/household';
import { codeProblem, type CodeList } from './werk-inkomen.codes';

// Field checks shared by the deciders and the correction rules. The `*Problem` functions return a Dutch message
// (or undefined); the `assert*` functions reject with BAD_USER_INPUT naming the field.

export const SCHULDEISER_MAX = 200;
export const TEXT_MAX = 4000;

export function dateProblem(value: unknown, field: string): string | undefined {
  return typeof value === 'string' && isLocalDate(value) ? undefined : `${field} is geen geldige datum (JJJJ-MM-DD)`;
}

export function bedragProblem(value: unknown, field = 'bedragAchterstand'): string | undefined {
  return Number.isSafeInteger(value) && (value as number) > 0
    ? undefined
    : `${field} is een positief bedrag in eurocenten (een geheel getal)`;
}

export function schuldeiserProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return 'schuldeiser: noem de schuldeiser die het signaal gaf';
  if (value.trim().length > SCHULDEISER_MAX) return `schuldeiser: ten hoogste ${SCHULDEISER_MAX} tekens`;
  return undefined;
}

export function assertCode<Code extends string>(list: CodeList, value: unknown, field: string): Code {
  const problem = codeProblem(list, value, field);
  if (problem) reject('BAD_USER_INPUT', problem, { field });
  return value as Code;
}

/** A valid calendar date that does not lie after today. */
export function assertPastDate(value: unknown, today: LocalDate, field: string): LocalDate {
  const problem = dateProblem(value, field);
  if (problem) reject('BAD_USER_INPUT', problem, { field });
  assertNotInFuture(value as LocalDate, today, field);
  return value as LocalDate;
}

/** Optional free text: trimmed, empty means absent. */
export function optionalText(value: string | null | undefined, field: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.length > TEXT_MAX) reject('BAD_USER_INPUT', `${field}: ten hoogste ${TEXT_MAX} tekens`, { field });
  return text;
}
