// The Werk & Inkomen code lists, each in ONE place. There is no iStandaard for this domain: the lists follow the
// terms of the Participatiewet and the Wet gemeentelijke schuldhulpverlening (Wgs) and its Besluit. Where a list is
// Regie's own working list (no statutory enumeration), its comment says so. Labels are short Dutch names.

/** A code list: code → Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/**
 * Participatiewet: the steps of a bijstand case (aanvraag, besluit op de aanvraag: toekenning of afwijzing, and the
 * beëindiging of a granted right). Regie working list.
 */
export const BIJSTAND_BESLUIT = {
  AANGEVRAAGD: 'aangevraagd',
  TOEGEKEND: 'toegekend',
  AFGEWEZEN: 'afgewezen',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type BijstandBesluit = keyof typeof BIJSTAND_BESLUIT;

/**
 * Participatiewet: forms of bijstand. Algemene bijstand (art. 5 onder b), bijzondere bijstand (art. 35),
 * individuele inkomenstoeslag (art. 36).
 */
export const BIJSTANDSVORM = {
  ALGEMENE_BIJSTAND: 'algemene bijstand',
  INKOMENSTOESLAG: 'individuele inkomenstoeslag',
  BIJZONDERE_BIJSTAND: 'bijzondere bijstand',
} as const satisfies CodeList;
export type Bijstandsvorm = keyof typeof BIJSTANDSVORM;

/**
 * Wgs art. 3 lid 4 and the Besluit gemeentelijke schuldhulpverlening (vroegsignalering, since 1 January 2021): the
 * six kinds of payment arrears creditors report to the gemeente — woninghuur, elektriciteit, gas, warmte, drinkwater
 * and the premie zorgverzekering. Labels are phrased as the arrears ("huurachterstand").
 */
export const VROEGSIGNAAL_SOORT = {
  HUUR: 'huurachterstand',
  ELEKTRICITEIT: 'achterstand elektriciteit',
  GAS: 'achterstand gas',
  WARMTE: 'achterstand warmte',
  DRINKWATER: 'achterstand drinkwater',
  ZORGVERZEKERING: 'premieachterstand zorgverzekering',
} as const satisfies CodeList;
export type VroegsignaalSoort = keyof typeof VROEGSIGNAAL_SOORT;

/**
 * Follow-up of a vroegsignaal: the gemeente must offer help after a signal (Wgs art. 3 lid 4); these are the steps
 * Regie records. Regie working list (the Wgs prescribes the offer, not these codes).
 */
export const OPVOLGING_STAP = {
  CONTACT_GELEGD: 'contact gelegd',
  HULP_AANGEBODEN: 'hulp aangeboden',
  HULP_GEWEIGERD: 'hulp geweigerd',
  GEEN_CONTACT_MOGELIJK: 'geen contact mogelijk',
  AFGESLOTEN: 'afgesloten',
} as const satisfies CodeList;
export type OpvolgingStap = keyof typeof OPVOLGING_STAP;

/** The follow-up steps after which a signal counts as picked up (see `openSignals`). */
export const OPVOLGING_SLUIT_SIGNAAL: readonly OpvolgingStap[] = ['CONTACT_GELEGD', 'HULP_AANGEBODEN', 'AFGESLOTEN'];

/** Life-cycle actions of a schuldhulp traject (Wgs, schuldhulpverlening by or for the gemeente). Regie working list. */
export const SCHULDHULP_ACTIE = {
  GESTART: 'gestart',
  FASE_GEWIJZIGD: 'fase gewijzigd',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type SchuldhulpActie = keyof typeof SCHULDHULP_ACTIE;

/**
 * Phases of schuldhulpverlening as gemeenten plan them under the Wgs (in the plan van aanpak): stabilisatie,
 * schuldregeling, budgetbeheer. Regie working list (the Wgs does not enumerate phases).
 */
export const SCHULDHULP_FASE = {
  STABILISATIE: 'stabilisatie',
  SCHULDREGELING: 'schuldregeling',
  BUDGETBEHEER: 'budgetbeheer',
} as const satisfies CodeList;
export type SchuldhulpFase = keyof typeof SCHULDHULP_FASE;

/** Life-cycle actions of a re-integratie traject. Regie working list. */
export const REINTEGRATIE_ACTIE = {
  GESTART: 'gestart',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type ReintegratieActie = keyof typeof REINTEGRATIE_ACTIE;

/**
 * Participatiewet art. 7 lid 1 onder b (ondersteuning bij arbeidsinschakeling): kinds of re-integratie voorziening.
 * Regie working list; extend it here when a gemeente contracts other kinds.
 */
export const REINTEGRATIE_SOORT = {
  WERKFIT: 'werkfit',
  JOBCOACHING: 'jobcoaching',
  PARTICIPATIEPLEK: 'participatieplek',
  OPLEIDING: 'opleiding',
} as const satisfies CodeList;
export type ReintegratieSoort = keyof typeof REINTEGRATIE_SOORT;

/** Participatiewet re-integratie: how a traject ended. Regie working list. */
export const REINTEGRATIE_RESULTAAT = {
  WERK_GEVONDEN: 'werk gevonden',
  OPLEIDING_GESTART: 'opleiding gestart',
  VOORTIJDIG_GESTOPT: 'voortijdig gestopt',
  NIET_BEREIKT: 'doel niet bereikt',
  VOLGENS_PLAN_AFGEROND: 'volgens plan afgerond',
} as const satisfies CodeList;
export type ReintegratieResultaat = keyof typeof REINTEGRATIE_RESULTAAT;

/** Whether `code` is a code of `list` (own keys only: `toString` is not a code). */
export const isCodeIn = <List extends CodeList>(list: List, code: unknown): code is keyof List & string =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(list, code);

export const isBijstandBesluit = (code: unknown): code is BijstandBesluit => isCodeIn(BIJSTAND_BESLUIT, code);
export const isBijstandsvorm = (code: unknown): code is Bijstandsvorm => isCodeIn(BIJSTANDSVORM, code);
export const isVroegsignaalSoort = (code: unknown): code is VroegsignaalSoort => isCodeIn(VROEGSIGNAAL_SOORT, code);
export const isOpvolgingStap = (code: unknown): code is OpvolgingStap => isCodeIn(OPVOLGING_STAP, code);
export const isSchuldhulpFase = (code: unknown): code is SchuldhulpFase => isCodeIn(SCHULDHULP_FASE, code);
export const isReintegratieSoort = (code: unknown): code is ReintegratieSoort => isCodeIn(REINTEGRATIE_SOORT, code);
export const isReintegratieResultaat = (code: unknown): code is ReintegratieResultaat =>
  isCodeIn(REINTEGRATIE_RESULTAAT, code);

/** The Dutch label of a code, or the code itself when the list does not know it (old data stays readable). */
export const labelOf = (list: CodeList, code: string): string =>
  Object.prototype.hasOwnProperty.call(list, code) ? list[code]! : code;

/** A Dutch message naming the field and the allowed codes, or undefined when the value is a code of the list. */
export function codeProblem(list: CodeList, value: unknown, field: string): string | undefined {
  if (isCodeIn(list, value)) return undefined;
  return `${field}: ${JSON.stringify(value)} is geen geldige waarde (toegestaan: ${Object.keys(list).join(', ')})`;
}
