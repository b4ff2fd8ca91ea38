// The Wonen code lists, each in ONE place. No law makes housing a decentralised task and there is no iStandaard for
// it: the lists follow the terms of the Wet gemeentelijke schuldhulpverlening (Wgs) and its Besluit (vroegsignalering
// of rent arrears), the eviction procedure of the Burgerlijk Wetboek and Wetboek van Burgerlijke Rechtsvordering
// (dagvaarding, vonnis, aanzegging by the deurwaarder), the Huisvestingswet 2014 (urgentie) and the Wmo 2015
// (beschermd wonen). Where a list is Regie's own working list (no statutory enumeration) its comment says so.

/** A code list: code → Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/**
 * Who rents out the home. Besluit gemeentelijke schuldhulpverlening: every verhuurder of a home must signal rent
 * arrears, the woningcorporatie (toegelaten instelling, Woningwet art. 19) and the private landlord alike.
 */
export const VERHUURDER_SOORT = {
  WONINGCORPORATIE: 'woningcorporatie',
  PARTICULIERE_VERHUURDER: 'particuliere verhuurder',
  OVERIG: 'andere verhuurder',
} as const satisfies CodeList;
export type VerhuurderSoort = keyof typeof VERHUURDER_SOORT;

/**
 * Follow-up of a huurachterstand signal: the gemeente must offer help after a signal (Wgs art. 3); these are the steps
 * Regie records. Regie working list, the same steps as Werk & Inkomen's vroegsignaal plus a referral to schuldhulp.
 */
export const OPVOLGING_STAP = {
  CONTACT_GELEGD: 'contact gelegd',
  HULP_AANGEBODEN: 'hulp aangeboden',
  DOORVERWEZEN_SCHULDHULP: 'doorverwezen naar schuldhulp',
  HULP_GEWEIGERD: 'hulp geweigerd',
  GEEN_CONTACT_MOGELIJK: 'geen contact mogelijk',
  AFGESLOTEN: 'afgesloten',
} as const satisfies CodeList;
export type OpvolgingStap = keyof typeof OPVOLGING_STAP;

/** The follow-up steps after which a huurachterstand signal counts as picked up. */
export const OPVOLGING_SLUIT_SIGNAAL: readonly OpvolgingStap[] = [
  'CONTACT_GELEGD',
  'HULP_AANGEBODEN',
  'DOORVERWEZEN_SCHULDHULP',
  'AFGESLOTEN',
];

/**
 * The steps of a threatened eviction for rent arrears, in their legal order: the verhuurder summons the tenant
 * (dagvaarding) before the kantonrechter, who may dissolve the lease and order the eviction (vonnis); the deurwaarder
 * then announces the eviction with its date (aanzegging, after betekening of the vonnis). Order matters: a later step
 * never comes before an earlier one.
 */
export const ONTRUIMING_FASE = {
  DAGVAARDING: 'dagvaarding',
  VONNIS: 'vonnis',
  AANZEGGING: 'aanzegging',
} as const satisfies CodeList;
export type OntruimingFase = keyof typeof ONTRUIMING_FASE;
export const ONTRUIMING_FASE_ORDER: readonly OntruimingFase[] = ['DAGVAARDING', 'VONNIS', 'AANZEGGING'];

/**
 * How a threatened eviction ended: voorkomen (arrears paid, a regeling or a Laatste kans-afspraak), uitgesteld (the
 * verhuurder or the rechter postponed it, possibly to a new date) or uitgevoerd. The three outcomes gemeenten report
 * on in their eviction-prevention monitoring. Regie working list.
 */
export const ONTRUIMING_UITKOMST = {
  VOORKOMEN: 'voorkomen',
  UITGESTELD: 'uitgesteld',
  UITGEVOERD: 'uitgevoerd',
} as const satisfies CodeList;
export type OntruimingUitkomst = keyof typeof ONTRUIMING_UITKOMST;

/** The steps of an urgentie request (Huisvestingswet 2014 art. 12, the gemeente's huisvestingsverordening). */
export const URGENTIE_BESLUIT = {
  AANGEVRAAGD: 'aangevraagd',
  TOEGEKEND: 'toegekend',
  AFGEWEZEN: 'afgewezen',
} as const satisfies CodeList;
export type UrgentieBesluit = keyof typeof URGENTIE_BESLUIT;

/**
 * The ground of an urgentie request. Huisvestingswet 2014 art. 12 lid 2 names mantelzorg and people leaving a
 * voorziening for tijdelijke opvang (e.g. after huiselijk geweld); the other grounds are the ones most
 * huisvestingsverordeningen use (medisch, sociaal, dreigende dakloosheid). Regie working list: a gemeente whose
 * verordening has other categories adds them here.
 */
export const URGENTIE_GROND = {
  MEDISCH: 'medische reden',
  SOCIAAL: 'sociale reden',
  MANTELZORG: 'mantelzorg geven of krijgen',
  UITSTROOM_OPVANG_BESCHERMD_WONEN: 'uitstroom uit opvang of beschermd wonen',
  HUISELIJK_GEWELD: 'huiselijk geweld',
  DREIGENDE_DAKLOOSHEID: 'dreigende dakloosheid',
  OVERIG: 'andere reden',
} as const satisfies CodeList;
export type UrgentieGrond = keyof typeof URGENTIE_GROND;

/** Life-cycle actions of a betalingsregeling (huurregeling) with the verhuurder. Regie working list. */
export const REGELING_ACTIE = {
  GETROFFEN: 'getroffen',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type RegelingActie = keyof typeof REGELING_ACTIE;

/** How a betalingsregeling or a Laatste kans-afspraak ended. Regie working list. */
export const AFSPRAAK_UITKOMST = {
  NAGEKOMEN: 'nagekomen',
  NIET_NAGEKOMEN: 'niet nagekomen',
  OMGEZET_IN_SCHULDREGELING: 'omgezet in een schuldregeling',
  VOORTIJDIG_GESTOPT: 'voortijdig gestopt',
} as const satisfies CodeList;
export type AfspraakUitkomst = keyof typeof AFSPRAAK_UITKOMST;

/** Life-cycle actions of woonbegeleiding or beschermd wonen. Regie working list. */
export const BEGELEIDING_ACTIE = {
  GESTART: 'gestart',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type BegeleidingActie = keyof typeof BEGELEIDING_ACTIE;

/**
 * Support with living: woonbegeleiding (ambulant, in the own home), beschermd wonen (Wmo 2015 art. 1.1.1, WMO020
 * productcategorie 15) and the uitstroom from it to an own home with support. Regie working list; the Wmo domain
 * keeps the toewijzing itself, Wonen records the housing side with the corporation or provider.
 */
export const BEGELEIDING_SOORT = {
  WOONBEGELEIDING: 'woonbegeleiding',
  BESCHERMD_WONEN: 'beschermd wonen',
  UITSTROOM_BESCHERMD_WONEN: 'uitstroom uit beschermd wonen',
} as const satisfies CodeList;
export type BegeleidingSoort = keyof typeof BEGELEIDING_SOORT;

/** How woonbegeleiding or beschermd wonen ended. Regie working list (after WMO588 19, 21–23, 31 in plain words). */
export const BEGELEIDING_EINDE = {
  VOLGENS_PLAN: 'volgens plan beëindigd',
  ZELFSTANDIG_WONEN: 'zelfstandig wonen bereikt',
  VOORTIJDIG: 'voortijdig beëindigd',
  VERHUISD: 'verhuisd',
} as const satisfies CodeList;
export type BegeleidingEinde = keyof typeof BEGELEIDING_EINDE;

/** Life-cycle actions of a Laatste kans-afspraak. Regie working list. */
export const AFSPRAAK_ACTIE = {
  GEMAAKT: 'gemaakt',
  BEEINDIGD: 'beëindigd',
} as const satisfies CodeList;
export type AfspraakActie = keyof typeof AFSPRAAK_ACTIE;

/**
 * Eviction-prevention agreements between tenant, verhuurder and gemeente: a "Laatste kans"-afspraak (the lease goes on
 * under conditions instead of the eviction) or a "Tweede kans" (a new lease after an eviction, under conditions).
 * Names as gemeenten and corporaties use them; no statutory list.
 */
export const AFSPRAAK_SOORT = {
  LAATSTE_KANS: 'Laatste kans-afspraak',
  TWEEDE_KANS: 'Tweede kans-afspraak',
} as const satisfies CodeList;
export type AfspraakSoort = keyof typeof AFSPRAAK_SOORT;

/** The conditions of such an agreement most often used. Regie working list. */
export const AFSPRAAK_VOORWAARDE = {
  BUDGETBEHEER: 'budgetbeheer',
  WOONBEGELEIDING: 'woonbegeleiding',
  BETALINGSREGELING: 'betalingsregeling nakomen',
  SCHULDHULP: 'meewerken aan schuldhulp',
  HUUR_AUTOMATISCH: 'huur automatisch betalen',
  GEEN_OVERLAST: 'geen overlast',
} as const satisfies CodeList;
export type AfspraakVoorwaarde = keyof typeof AFSPRAAK_VOORWAARDE;

/** Whether `code` is a code of `list` (own keys only: `toString` is not a code). */
export const isCodeIn = <List extends CodeList>(list: List, code: unknown): code is keyof List & string =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(list, code);

/** The Dutch label of a code, or the code itself when the list does not know it (old data stays readable). */
export const labelOf = (list: CodeList, code: string): string =>
  Object.prototype.hasOwnProperty.call(list, code) ? list[code]! : code;

/** A Dutch message naming the field and the allowed codes, or undefined when the value is a code of the list. */
export function codeProblem(list: CodeList, value: unknown, field: string): string | undefined {
  if (isCodeIn(list, value)) return undefined;
  return `${field}: ${JSON.stringify(value)} is geen geldige waarde (toegestaan: ${Object.keys(list).join(', ')})`;
}
