import { isLocalDate } from '@regie/household';
import {
  WMO_BESLUIT_UITKOMST,
  WMO_CONCLUSIE,
  WMO_EENHEID,
  WMO_FREQUENTIE,
  WMO_FREQUENTIE_PER_WEEK,
  WMO_PRODUCTCATEGORIE,
  WMO_REDEN_BEEINDIGING,
  WMO_REDEN_WIJZIGING,
  WMO_TOEREIKEND,
  wmoCodeProblem,
} from './wmo.codes';

// Field rules shared by the deciders (which reject) and validateCorrection (which returns the message).
// Each returns a Dutch message for a bad value, or undefined when the value is fine.

/** Regie's format for a ToewijzingNummer: 1 to 20 letters or digits. */
export const TOEWIJZINGNUMMER_PATTERN = /^[A-Za-z0-9]{1,20}$/;
/** iWmo Productcode: 5 characters from the contract's catalogue. */
export const PRODUCTCODE_PATTERN = /^[A-Za-z0-9]{5}$/;

export const dateProblem = (value: unknown, label: string): string | undefined =>
  typeof value === 'string' && isLocalDate(value) ? undefined : `${label} is geen geldige datum (JJJJ-MM-DD)`;

export const productcategorieProblem = (value: unknown) =>
  wmoCodeProblem(WMO_PRODUCTCATEGORIE, 'WMO020 (productcategorie)', value, 'productcategorie');
export const redenBeeindigingProblem = (value: unknown) =>
  wmoCodeProblem(WMO_REDEN_BEEINDIGING, 'WMO588 (reden beëindiging)', value, 'redenBeeindiging');
export const redenWijzigingProblem = (value: unknown) =>
  wmoCodeProblem(WMO_REDEN_WIJZIGING, 'WMO002 (reden wijziging)', value, 'redenWijziging');
export const conclusieProblem = (value: unknown) =>
  wmoCodeProblem(WMO_CONCLUSIE, 'de conclusies van het onderzoek', value, 'conclusie');
export const uitkomstProblem = (value: unknown) =>
  wmoCodeProblem(WMO_BESLUIT_UITKOMST, 'de uitkomsten van een besluit', value, 'uitkomst');
export const toereikendProblem = (value: unknown, field: string) =>
  wmoCodeProblem(WMO_TOEREIKEND, 'JA, DEELS, NEE', value, field);

export const toewijzingNummerProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && TOEWIJZINGNUMMER_PATTERN.test(value)
    ? undefined
    : 'toewijzingNummer bestaat uit 1 tot 20 letters of cijfers';

export const productcodeProblem = (value: unknown): string | undefined =>
  typeof value === 'string' && PRODUCTCODE_PATTERN.test(value)
    ? undefined
    : 'productcode bestaat uit 5 letters of cijfers (iWmo Productcode)';

const isPositiveInteger = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

export function omvangProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'omvang bestaat uit volume, eenheid en frequentie';
  const { volume, eenheid, frequentie } = value as Record<string, unknown>;
  if (!isPositiveInteger(volume)) return 'omvang.volume is een positief geheel getal';
  return (
    wmoCodeProblem(WMO_EENHEID, 'WJ756 (eenheid)', eenheid, 'omvang.eenheid') ??
    wmoCodeProblem(WMO_FREQUENTIE, 'WMO757 (frequentie)', frequentie, 'omvang.frequentie')
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
}): string | undefined {
  if (toewijzing.omvang !== undefined && toewijzing.budget !== undefined) {
    return 'Een toewijzing heeft een omvang óf een budget, niet allebei';
  }
  if (toewijzing.einddatum !== undefined && toewijzing.einddatum < toewijzing.ingangsdatum) {
    return `einddatum ${toewijzing.einddatum} ligt vóór de ingangsdatum ${toewijzing.ingangsdatum}`;
  }
  if (toewijzing.omvang?.frequentie === WMO_FREQUENTIE_PER_WEEK && toewijzing.einddatum === undefined) {
    return 'Een toewijzing met een omvang per week heeft een einddatum nodig';
  }
  return undefined;
}

/** The rules across fields of a besluit: what each uitkomst needs. */
export function besluitShapeProblem(besluit: {
  readonly uitkomst: string;
  readonly productcategorie?: string;
  readonly algemeneVoorziening?: string;
}): string | undefined {
  if (besluit.uitkomst === 'TOEGEKEND' && besluit.productcategorie === undefined) {
    return 'Een toegekend besluit noemt de productcategorie (WMO020) van de maatwerkvoorziening';
  }
  if (besluit.uitkomst === 'VERWEZEN_NAAR_ALGEMENE_VOORZIENING' && besluit.algemeneVoorziening === undefined) {
    return 'Een verwijzing naar een algemene voorziening noemt die voorziening (algemeneVoorziening)';
  }
  return undefined;
}
