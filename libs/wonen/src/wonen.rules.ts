import { assertNotInFuture, isLocalDate, reject, type LocalDate } from '@regie/household';
import { codeProblem, type CodeList } from './wonen.codes';

// Field checks shared by the deciders and the correction rules. The `*Problem` functions return a Dutch message
// (or undefined); the `assert*` functions reject with BAD_USER_INPUT naming the field.

export const VERHUURDER_MAX = 200;
export const TEXT_MAX = 4000;
/** A typo guard, not a rule of law: arrears of more than 60 months are not reported as such. */
export const MAANDEN_MAX = 60;

export function dateProblem(value: unknown, field: string): string | undefined {
  return typeof value === 'string' && isLocalDate(value) ? undefined : `${field} is geen geldige datum (JJJJ-MM-DD)`;
}

export function bedragProblem(value: unknown, field: string): string | undefined {
  return Number.isSafeInteger(value) && (value as number) > 0
    ? undefined
    : `${field} is een positief bedrag in eurocenten (een geheel getal)`;
}

export function maandenProblem(value: unknown): string | undefined {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAANDEN_MAX
    ? undefined
    : `maandenAchterstand is een heel aantal maanden van 1 tot en met ${MAANDEN_MAX}`;
}

export function verhuurderProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return 'verhuurder: noem de verhuurder of woningcorporatie';
  if (value.trim().length > VERHUURDER_MAX) return `verhuurder: ten hoogste ${VERHUURDER_MAX} tekens`;
  return undefined;
}

/** Rejects with the problem's message on `field` when there is one. */
export function assertNoProblem(problem: string | undefined, field: string): void {
  if (problem) reject('BAD_USER_INPUT', problem, { field });
}

export function assertCode<Code extends string>(list: CodeList, value: unknown, field: string): Code {
  assertNoProblem(codeProblem(list, value, field), field);
  return value as Code;
}

export function assertDate(value: unknown, field: string): LocalDate {
  assertNoProblem(dateProblem(value, field), field);
  return value as LocalDate;
}

/** A valid calendar date that does not lie after today. */
export function assertPastDate(value: unknown, today: LocalDate, field: string): LocalDate {
  assertDate(value, field);
  assertNotInFuture(value as LocalDate, today, field);
  return value as LocalDate;
}

export function assertNotBefore(earlier: LocalDate, later: LocalDate, message: string, field: string): void {
  if (later < earlier) reject('BAD_USER_INPUT', message, { field });
}

/** Optional free text: trimmed, empty means absent. */
export function optionalText(value: string | null | undefined, field: string): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (text.length > TEXT_MAX) reject('BAD_USER_INPUT', `${field}: ten hoogste ${TEXT_MAX} tekens`, { field });
  return text;
}

/** A required verhuurder name, trimmed. */
export function assertVerhuurder(value: unknown): string {
  assertNoProblem(verhuurderProblem(value), 'verhuurder');
  return (value as string).trim();
}
