// The Wmo code lists, each in ONE place. Source: iStandaarden iWmo release 3.2 (informatiemodel.istandaarden.nl,
// republished in i-Sociaal-Lab/jaapjunior packages/api/wmo/bronnen). Labels are short Dutch names a regisseur reads.
// The last lists (treden, toereikend, conclusie, uitkomst) are Regie's own, taken from the Wmo 2015 itself.

/** A code list: code → Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/** iWmo 3.2, WMO020 Productcategorie. */
export const WMO_PRODUCTCATEGORIE = {
  '01': 'hulp bij het huishouden',
  '02': 'begeleiding',
  '03': 'persoonlijke verzorging',
  '04': 'kortdurend verblijf',
  '05': 'woondiensten',
  '06': 'overige ondersteuning gericht op het individu of huishouden',
  '07': 'dagbesteding',
  '08': 'vervoerdiensten',
  '09': 'overige groepsgerichte ondersteuning',
  '10': 'overige maatwerkarrangementen',
  '11': 'rolstoelen',
  '12': 'vervoervoorzieningen',
  '13': 'woonvoorzieningen',
  '14': 'overige hulpmiddelen',
  '15': 'beschermd wonen',
  '16': 'opvang',
  '17': 'spoedopvang',
  '18': 'overige beschermd wonen en opvang',
} as const satisfies CodeList;

/** iWmo 3.2, WMO588 Reden beëindiging. */
export const WMO_REDEN_BEEINDIGING = {
  '02': 'overlijden',
  '19': 'volgens plan beëindigd',
  '20': 'tijdelijk beëindigd',
  '21': 'eenzijdig door cliënt beëindigd',
  '22': 'eenzijdig door aanbieder beëindigd',
  '23': 'in overeenstemming voortijdig beëindigd',
  '31': 'verhuizing',
  '36': 'geïnitieerd door de gemeente',
  '37': 'in verband met wijzigingsverzoek',
  '38': 'overstap naar andere aanbieder',
  '39': 'uitstroom naar ander domein',
} as const satisfies CodeList;

/** iWmo 3.2, WJ756 Eenheid. */
export const WMO_EENHEID = {
  '01': 'minuut',
  '04': 'uur',
  '14': 'etmaal',
  '16': 'dagdeel (4 uur)',
  '82': 'stuks (output)',
  '83': "euro's",
  '84': 'stuks (inspanning)',
} as const satisfies CodeList;

/** iWmo 3.2, WMO757 Frequentie. */
export const WMO_FREQUENTIE = {
  '1': 'per dag',
  '2': 'per week',
  '4': 'per maand',
  '6': 'totaal binnen de geldigheidsduur',
} as const satisfies CodeList;

/** The frequentie that needs an einddatum on the toewijzing (iWmo: a weekly omvang requires an einddatum). */
export const WMO_FREQUENTIE_PER_WEEK = '2';

/** iWmo 3.2, WMO002 Reden wijziging toewijzing (the reason a correction of a Wmo entry may carry). */
export const WMO_REDEN_WIJZIGING = {
  '01': 'administratieve correctie (vervallen)',
  '02': 'cliënt overleden',
  '03': 'contractwijziging',
  '04': 'herbeoordeling: verlenging',
  '05': 'herbeoordeling: verkorting',
  '06': 'uitstroom naar ander domein',
  '07': 'verhuizing naar een andere gemeente',
  '08': 'wijziging leveringsvorm',
  '09': 'overstap naar andere aanbieder',
  '10': 'overgang naar nieuwe bekostiging',
  '11': 'gemeentelijke herindeling',
  '12': 'geïnitieerd door de aanbieder',
  '13': 'verwijderd',
  '14': 'administratieve correctie',
} as const satisfies CodeList;

/**
 * Regie's own list after Wmo 2015 art. 2.3.5 lid 3: the rungs a maatwerkvoorziening must climb past ("op eigen
 * kracht, met gebruikelijke hulp, met mantelzorg, met hulp van het sociale netwerk of met algemene voorzieningen").
 */
export const WMO_TREDEN = {
  eigenKracht: 'eigen kracht',
  gebruikelijkeHulp: 'gebruikelijke hulp',
  mantelzorg: 'mantelzorg',
  sociaalNetwerk: 'sociaal netwerk',
  algemeneVoorziening: 'algemene voorziening',
} as const satisfies CodeList;

/** Regie's own list: how far a rung of the ladder meets the hulpvraag. */
export const WMO_TOEREIKEND = {
  JA: 'toereikend',
  DEELS: 'deels toereikend',
  NEE: 'niet toereikend',
} as const satisfies CodeList;

/** Regie's own list: the conclusion of the onderzoek (Wmo 2015 art. 2.3.2). */
export const WMO_CONCLUSIE = {
  GEEN_ONDERSTEUNING_NODIG: 'geen ondersteuning nodig',
  ALGEMENE_VOORZIENING: 'algemene voorziening volstaat',
  MAATWERKVOORZIENING_NODIG: 'maatwerkvoorziening nodig',
} as const satisfies CodeList;

/** Regie's own list: the outcome of the besluit (beschikking) on an aanvraag. */
export const WMO_BESLUIT_UITKOMST = {
  TOEGEKEND: 'toegekend',
  AFGEWEZEN: 'afgewezen',
  VERWEZEN_NAAR_ALGEMENE_VOORZIENING: 'verwezen naar algemene voorziening',
} as const satisfies CodeList;

export type WmoProductcategorie = keyof typeof WMO_PRODUCTCATEGORIE;
export type WmoRedenBeeindiging = keyof typeof WMO_REDEN_BEEINDIGING;
export type WmoEenheid = keyof typeof WMO_EENHEID;
export type WmoFrequentie = keyof typeof WMO_FREQUENTIE;
export type WmoRedenWijziging = keyof typeof WMO_REDEN_WIJZIGING;
export type WmoTredeNaam = keyof typeof WMO_TREDEN;
export type WmoToereikend = keyof typeof WMO_TOEREIKEND;
export type WmoConclusie = keyof typeof WMO_CONCLUSIE;
export type WmoBesluitUitkomst = keyof typeof WMO_BESLUIT_UITKOMST;

/** The rungs in the order of the law. */
export const WMO_TREDE_NAMEN = Object.keys(WMO_TREDEN) as WmoTredeNaam[];

/** Whether `code` is in `list` (own keys only, so `toString` or `__proto__` are not codes). */
export const isWmoCodeIn = <List extends CodeList>(list: List, code: unknown): code is keyof List & string =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(list, code);

/** The Dutch label of a code, or the code itself when it is not in the list. */
export const wmoLabelOf = (list: CodeList, code: string): string => (isWmoCodeIn(list, code) ? list[code]! : code);

export const isWmoProductcategorie = (code: unknown): code is WmoProductcategorie =>
  isWmoCodeIn(WMO_PRODUCTCATEGORIE, code);
export const isWmoRedenBeeindiging = (code: unknown): code is WmoRedenBeeindiging =>
  isWmoCodeIn(WMO_REDEN_BEEINDIGING, code);
export const isWmoEenheid = (code: unknown): code is WmoEenheid => isWmoCodeIn(WMO_EENHEID, code);
export const isWmoFrequentie = (code: unknown): code is WmoFrequentie => isWmoCodeIn(WMO_FREQUENTIE, code);
export const isWmoRedenWijziging = (code: unknown): code is WmoRedenWijziging => isWmoCodeIn(WMO_REDEN_WIJZIGING, code);

/** "begeleiding (02)": how a product category reads in a summary or episode label. */
export const wmoProductcategorieLabel = (code: string): string => `${wmoLabelOf(WMO_PRODUCTCATEGORIE, code)} (${code})`;

/** The Dutch message for a code that is not in its list, naming the field and the list; undefined when it is. */
export function wmoCodeProblem(list: CodeList, listId: string, value: unknown, field: string): string | undefined {
  if (isWmoCodeIn(list, value)) return undefined;
  return `${field}: ${JSON.stringify(value)} is geen code uit ${listId} (toegestaan: ${Object.keys(list).join(', ')})`;
}
