import { isLocalDate } from '@regie/household';
import {
  FREQUENTIE_PER_WEEK,
  JEUGD_EENHEID,
  JEUGD_FREQUENTIE,
  JEUGD_PRODUCTCATEGORIE,
  JEUGD_REDEN_BEEINDIGING,
  JEUGD_REDEN_WIJZIGING,
  JEUGD_VERWIJZER,
  codeProblem,
} from './jeugd.codes';

// Field rules shared by the deciders (which reject) and validateCorrection (which returns the message).
// Each returns a Dutch message for a bad value, or undefined when the value is fine.

/** Regie's format for a ToewijzingNummer: 1 to 20 letters or digits. */
export const TOEWIJZINGNUMMER_PATTERN = /^[A-Za-z0-9]{1,20}$/;
/** iJw Productcode: 5 characters from the contract's catalogue. */
export const PRODUCTCODE_PATTERN = /^[A-Za-z0-9]{5}$/;

export const dateProblem = (value: unknown, label: string): string | undefined =>
  typeof value === 'string' && isLocalDate(value) ? undefined : `${label} is geen geldige datum (JJJJ-MM-DD)`;

export const productcategorieProblem = (value: unknown) =>
  codeProblem(JEUGD_PRODUCTCATEGORIE, 'JZ020 (productcategorie)', value, 'productcategorie');
export const verwijzerProblem = (value: unknown) =>
  codeProblem(JEUGD_VERWIJZER, 'COD327 (verwijzer)', value, 'verwijzer');
export const redenBeeindigingProblem = (value: unknown) =>
  codeProblem(JEUGD_REDEN_BEEINDIGING, 'JZ588 (reden beëindiging)', value, 'redenBeeindiging');
export const redenWijzigingProblem = (value: unknown) =>
  codeProblem(JEUGD_REDEN_WIJZIGING, 'JZ002 (reden wijziging)', value, 'redenWijziging');

export const toewijzingNummerProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && TOEWIJZINGNUMMER_PATTERN.test(value)
    ? undefined
    : 'toewijzingNummer bestaat uit 1 tot 20 letters of cijfers';

export const productcodeProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && PRODUCTCODE_PATTERN.test(value)
    ? undefined
    : 'productcode bestaat uit 5 letters of cijfers (iJw Productcode)';

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export function omvangProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'omvang bestaat uit volume, eenheid en frequentie';
  const { volume, eenheid, frequentie } = value as Record<string, unknown>;
  if (!isPositiveInteger(volume)) return 'omvang.volume is een positief geheel getal';
  return (
    codeProblem(JEUGD_EENHEID, 'WJ756 (eenheid)', eenheid, 'omvang.eenheid') ??
    codeProblem(JEUGD_FREQUENTIE, 'WMO757 (frequentie)', frequentie, 'omvang.frequentie')
  );
}

export const budgetProblem = (value: unknown): string | undefined =>
  isPositiveInteger(value) ? undefined : 'budget is een positief geheel bedrag in eurocent';

/** A problem with the field it is about. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

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
