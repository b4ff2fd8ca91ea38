import { isLocalDate, reject, type LocalDate } from '@regie/household';
import { codeProblem } from './codes';
import type { Standard } from './profile';

// Field rules shared by the deciders (which reject) and the correction check (which returns the message).
// Each returns a Dutch message for a bad value, or undefined when the value is fine.

/** Regie's format for a ToewijzingNummer: 1 to 20 letters or digits. */
export const TOEWIJZINGNUMMER_PATTERN = /^[A-Za-z0-9]{1,20}$/;
/** Productcode: 5 characters from the contract's catalogue. */
export const PRODUCTCODE_PATTERN = /^[A-Za-z0-9]{5}$/;
/** The frequentie (WMO757) that needs an einddatum on the toewijzing: a weekly omvang. */
export const FREQUENTIE_PER_WEEK = '2';

/** A problem with the field it is about. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export const dateProblem = (value: unknown, label: string): string | undefined =>
  typeof value === 'string' && isLocalDate(value) ? undefined : `${label} is geen geldige datum (JJJJ-MM-DD)`;

export const toewijzingNummerProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && TOEWIJZINGNUMMER_PATTERN.test(value)
    ? undefined
    : 'toewijzingNummer bestaat uit 1 tot 20 letters of cijfers';

export const productcodeProblem = (standard: Standard, value: unknown): string | undefined =>
  typeof value === 'string' && PRODUCTCODE_PATTERN.test(value)
    ? undefined
    : `productcode bestaat uit 5 letters of cijfers (${standard.name} Productcode)`;

export const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export function omvangProblem(standard: Standard, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'omvang bestaat uit volume, eenheid en frequentie';
  const { volume, eenheid, frequentie } = value as Record<string, unknown>;
  if (!isPositiveInteger(volume)) return 'omvang.volume is een positief geheel getal';
  return (
    codeProblem(standard.codes.eenheid, eenheid, 'omvang.eenheid') ??
    codeProblem(standard.codes.frequentie, frequentie, 'omvang.frequentie')
  );
}

export const budgetProblem = (value: unknown): string | undefined =>
  isPositiveInteger(value) ? undefined : 'budget is een positief geheel bedrag in eurocent';

/** The rules across fields of a toewijzing: variant (omvang or budget, not both), period, weekly needs an end. */
export function toewijzingShapeProblem(toewijzing: {
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly omvang?: { readonly frequentie: string };
  readonly budget?: number;
}): FieldProblem | undefined {
  if (toewijzing.omvang !== undefined && toewijzing.budget !== undefined) {
    return { field: 'omvang', message: 'Een toewijzing heeft een omvang óf een budget, niet allebei' };
  }
  if (toewijzing.einddatum !== undefined && toewijzing.einddatum < toewijzing.ingangsdatum) {
    return {
      field: 'einddatum',
      message: `einddatum ${toewijzing.einddatum} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum}`,
    };
  }
  if (toewijzing.omvang?.frequentie === FREQUENTIE_PER_WEEK && toewijzing.einddatum === undefined) {
    return { field: 'einddatum', message: 'Een toewijzing met een omvang per week heeft een einddatum nodig' };
  }
  return undefined;
}

/** Rejects with BAD_USER_INPUT naming the field when a rule finds a problem. */
export const check = (problem: string | undefined, field: string): void => {
  if (problem) reject('BAD_USER_INPUT', problem, { field });
};

export const validDate = (value: LocalDate, field: string): LocalDate => {
  check(dateProblem(value, field), field);
  return value;
};

/** Optional free text: trimmed, undefined when empty. */
export const optionalText = (value: string | null | undefined): string | undefined => {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed || undefined;
};

/** An optional productcode: absent when empty, rejected on field `productcode` when malformed. */
export const optionalProductcode = (standard: Standard, value: string | null | undefined): { productcode?: string } => {
  if (value === undefined || value === null || value === '') return {};
  check(productcodeProblem(standard, value), 'productcode');
  return { productcode: value };
};
