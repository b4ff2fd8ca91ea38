// The Jeugd code lists, each in ONE place. Source: iStandaarden iJw release 3.2 (informatiemodel.istandaarden.nl,
// republished in i-Sociaal-Lab/jaapjunior packages/api/jw). Labels are short Dutch names a regisseur reads.

/** A code list: code → Dutch label. */
export type CodeList = Readonly<Record<string, string>>;

/** iJw 3.2, JZ020 Productcategorie (current categories 40–55; the 2015 codes 31–38 are no longer issued). */
export const JEUGD_PRODUCTCATEGORIE = {
  '40': 'persoonlijke verzorging',
  '41': 'dagbehandeling',
  '42': 'vervoer',
  '43': 'verblijf incl. behandeling',
  '44': 'verblijf excl. behandeling',
  '45': 'ambulant',
  '46': 'crisis',
  '47': 'jeugdreclassering',
  '48': 'jeugdbescherming',
  '49': 'preventief justitieel',
  '50': 'maatwerkarrangementen',
  '51': 'generalistische basis-ggz',
  '52': 'specialistische ggz',
  '53': 'kindergeneeskunde',
  '54': 'jeugd-ggz',
  '55': 'landelijk ingekocht',
} as const satisfies CodeList;

/**
 * iJw 3.2 JZ588, Reden beëindiging, as Regie accepts it.
 * Two published versions of JZ588 disagree: one equals WMO588, the other (the 3.2 basisschema enumeration and
 * JZ588 page, see docs/berichten.md) has 31 "volgens plan" and 32–35 "voortijdig afgesloten". Regie started with
 * the WMO588 version; 32–35 were added so a JW307 of release 3.2 can be read (issue 17). 31 keeps its label
 * "verhuizing" because stored stops carry it with that meaning (events are never reinterpreted); a JW307 with 31
 * means "volgens plan" and is read as 19 (see libs/berichten-import). Change it here and only here.
 */
export const JEUGD_REDEN_BEEINDIGING = {
  '02': 'overlijden',
  '19': 'volgens plan beëindigd',
  '20': 'tijdelijk beëindigd',
  '21': 'eenzijdig door cliënt beëindigd',
  '22': 'eenzijdig door aanbieder beëindigd',
  '23': 'in overeenstemming voortijdig beëindigd',
  '31': 'verhuizing',
  '32': 'voortijdig afgesloten door de cliënt',
  '33': 'voortijdig afgesloten door de aanbieder',
  '34': 'voortijdig afgesloten in overeenstemming',
  '35': 'voortijdig afgesloten door externe omstandigheden',
  '36': 'geïnitieerd door de gemeente',
  '37': 'in verband met wijzigingsverzoek',
  '38': 'overstap naar andere aanbieder',
  '39': 'uitstroom naar ander domein',
} as const satisfies CodeList;

/** iJw 3.2, WJ756 Eenheid. */
export const JEUGD_EENHEID = {
  '01': 'minuut',
  '04': 'uur',
  '14': 'etmaal',
  '16': 'dagdeel (4 uur)',
  '82': 'stuks (output)',
  '83': "euro's",
  '84': 'stuks (inspanning)',
} as const satisfies CodeList;

/** iJw 3.2 uses the iWmo list WMO757 Frequentie. */
export const JEUGD_FREQUENTIE = {
  '1': 'per dag',
  '2': 'per week',
  '4': 'per maand',
  '6': 'totaal binnen de geldigheidsduur',
} as const satisfies CodeList;

/** The frequentie that needs an einddatum on the toewijzing (iJw: a weekly omvang requires an einddatum). */
export const FREQUENTIE_PER_WEEK = '2';

/** iJw 3.2, COD327 Code verwijzer. */
export const JEUGD_VERWIJZER = {
  '01': 'gemeente',
  '02': 'huisarts',
  '03': 'jeugdarts',
  '04': 'gecertificeerde instelling',
  '05': 'medisch specialist',
  '06': 'zelfverwijzer/geen verwijzer',
  '08': 'rechter, officier van justitie of functionaris justitiële jeugdinrichting',
} as const satisfies CodeList;

/** iJw 3.2, JZ002 Reden wijziging toewijzing (the reason a correction of a Jeugd entry may carry). */
export const JEUGD_REDEN_WIJZIGING = {
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

/** Regie's own list (no iStandaard): the kinds of contact a Jeugd worker records. */
export const JEUGD_CONTACTMOMENT_SOORT = {
  HUISBEZOEK: 'huisbezoek',
  GESPREK: 'gesprek',
  TELEFONISCH: 'telefonisch contact',
  OVERLEG: 'overleg',
} as const satisfies CodeList;

export type JeugdProductcategorie = keyof typeof JEUGD_PRODUCTCATEGORIE;
export type JeugdRedenBeeindiging = keyof typeof JEUGD_REDEN_BEEINDIGING;
export type JeugdEenheid = keyof typeof JEUGD_EENHEID;
export type JeugdFrequentie = keyof typeof JEUGD_FREQUENTIE;
export type JeugdVerwijzer = keyof typeof JEUGD_VERWIJZER;
export type JeugdRedenWijziging = keyof typeof JEUGD_REDEN_WIJZIGING;
export type JeugdContactmomentSoort = keyof typeof JEUGD_CONTACTMOMENT_SOORT;

/** Whether `code` is in `list` (own keys only, so `toString` or `__proto__` are not codes). */
export const isCodeIn = <List extends CodeList>(list: List, code: unknown): code is keyof List & string =>
  typeof code === 'string' && Object.prototype.hasOwnProperty.call(list, code);

/** The Dutch label of a code, or the code itself when it is not in the list. */
export const labelOf = (list: CodeList, code: string): string => (isCodeIn(list, code) ? list[code]! : code);

export const isJeugdProductcategorie = (code: unknown): code is JeugdProductcategorie =>
  isCodeIn(JEUGD_PRODUCTCATEGORIE, code);
export const isJeugdRedenBeeindiging = (code: unknown): code is JeugdRedenBeeindiging =>
  isCodeIn(JEUGD_REDEN_BEEINDIGING, code);
export const isJeugdEenheid = (code: unknown): code is JeugdEenheid => isCodeIn(JEUGD_EENHEID, code);
export const isJeugdFrequentie = (code: unknown): code is JeugdFrequentie => isCodeIn(JEUGD_FREQUENTIE, code);
export const isJeugdVerwijzer = (code: unknown): code is JeugdVerwijzer => isCodeIn(JEUGD_VERWIJZER, code);
export const isJeugdRedenWijziging = (code: unknown): code is JeugdRedenWijziging =>
  isCodeIn(JEUGD_REDEN_WIJZIGING, code);
export const isJeugdContactmomentSoort = (code: unknown): code is JeugdContactmomentSoort =>
  isCodeIn(JEUGD_CONTACTMOMENT_SOORT, code);

/** "ambulant (45)": how a product category reads in a summary or episode label. */
export const productcategorieLabel = (code: string): string => `${labelOf(JEUGD_PRODUCTCATEGORIE, code)} (${code})`;

/** The Dutch message for a code that is not in its list, naming the field and the list; undefined when it is. */
export function codeProblem(list: CodeList, listId: string, value: unknown, field: string): string | undefined {
  if (isCodeIn(list, value)) return undefined;
  return `${field}: ${JSON.stringify(value)} is geen code uit ${listId} (toegestaan: ${Object.keys(list).join(', ')})`;
}
