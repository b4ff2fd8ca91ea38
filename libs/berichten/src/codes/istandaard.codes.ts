// Code lists that iJw 3.2 and iWmo 3.2 publish identically (same id or same content), each in one place. Source:
// the 3.2 basisschema enumerations and code list pages (informatiemodel.istandaarden.nl, republished in
// i-Sociaal-Lab/jaapjunior packages/api/{jw,wmo}/bronnen/codelijsten). Labels are short; the lists are facts, not
// copies of those files. The lists that differ per standard are in ijw.codes.ts and iwmo.codes.ts.
import type { NamedCodeList } from './code-list';

/** WJ756 Eenheid. */
export const EENHEID = {
  id: 'WJ756',
  label: 'eenheid',
  codes: {
    '01': 'minuut',
    '04': 'uur',
    '14': 'etmaal',
    '16': 'dagdeel (4 uur)',
    '82': 'stuks (output)',
    '83': "euro's",
    '84': 'stuks (inspanning)',
  },
} as const satisfies NamedCodeList;

/** WMO757 Frequentie (iJw uses the iWmo list). */
export const FREQUENTIE = {
  id: 'WMO757',
  label: 'frequentie',
  codes: { '1': 'per dag', '2': 'per week', '4': 'per maand', '6': 'totaal binnen de geldigheidsduur' },
} as const satisfies NamedCodeList;

/** COD467 Status aanlevering. 2 and 9 are in the list but CS058 allows only 1 and 3 in a 305/307. */
export const STATUS_AANLEVERING = {
  id: 'COD467',
  label: 'status aanlevering',
  codes: {
    '1': 'eerste aanlevering',
    '2': 'gewijzigde aanlevering',
    '3': 'verwijderen aanlevering',
    '9': 'niet van toepassing',
  },
} as const satisfies NamedCodeList;

/** COD043 Indicatie debet/credit. */
export const DEBET_CREDIT = {
  id: 'COD043',
  label: 'debet/credit',
  codes: { D: 'debet', C: 'credit' },
} as const satisfies NamedCodeList;

/** COD046 Geslacht. */
export const GESLACHT = {
  id: 'COD046',
  label: 'geslacht',
  codes: { '0': 'onbekend', '1': 'mannelijk', '2': 'vrouwelijk' },
} as const satisfies NamedCodeList;

/** COD170 Datumgebruik: which part of a geboortedatum is unknown. */
export const DATUMGEBRUIK = {
  id: 'COD170',
  label: 'datumgebruik',
  codes: { '1': 'dag onbekend', '2': 'dag en maand onbekend', '3': 'datum onbekend' },
} as const satisfies NamedCodeList;

/** COD700 Naamgebruik. */
export const NAAMGEBRUIK = {
  id: 'COD700',
  label: 'naamgebruik',
  codes: {
    '1': 'eigen naam',
    '2': 'naam partner',
    '3': 'naam partner, dan eigen naam',
    '4': 'eigen naam, dan naam partner',
    '5': 'pseudoniem',
    '6': 'niet-natuurlijk persoon',
  },
} as const satisfies NamedCodeList;

/** COD747 Communicatievorm. */
export const COMMUNICATIEVORM = {
  id: 'COD747',
  label: 'communicatievorm',
  codes: { '1': 'tolk taal', '2': 'doventolk', '3': 'doofblindentolk' },
} as const satisfies NamedCodeList;

/** COD757 Soort adres. */
export const SOORT_ADRES = {
  id: 'COD757',
  label: 'soort adres',
  codes: { '01': 'BRP-adres', '02': 'correspondentieadres', '03': 'verblijfadres', '04': 'tijdelijk verblijfadres' },
} as const satisfies NamedCodeList;

/** NUM061 Aanduiding woonadres. */
export const AANDUIDING_WOONADRES = {
  id: 'NUM061',
  label: 'aanduiding woonadres',
  codes: { AB: 'aan boord', BY: 'bij', TO: 'tegenover', WW: 'woonwagen' },
} as const satisfies NamedCodeList;

/** COD472 Soort relatie. */
export const SOORT_RELATIE = {
  id: 'COD472',
  label: 'soort relatie',
  codes: {
    '03': 'curator',
    '04': 'financieel (gemachtigd)',
    '05': 'financieel (toetsing)',
    '06': 'leefeenheid',
    '07': 'hulpverlener',
    '08': 'specialist',
    '09': 'anders',
    '10': 'ouder',
    '11': 'voogd',
    '12': 'partner',
    '13': 'pleegouder',
    '14': 'bewindvoerder',
    '15': 'mentor',
    '16': 'zoon/dochter',
    '17': 'familielid',
    '18': 'gezinslid',
    '19': 'buur',
    '20': 'vriend(in)/kennis',
    '21': 'cliëntondersteuner',
    '22': 'huisarts',
    '23': 'erven van',
    '24': 'werkgever',
    '25': 'wijkcoach',
  },
} as const satisfies NamedCodeList;

/** WJ232 Juridische status. */
export const JURIDISCHE_STATUS = {
  id: 'WJ232',
  label: 'juridische status',
  codes: {
    '01': 'rechterlijke machtiging (voorlopig of voortgezet)',
    '02': 'rechterlijke machtiging op eigen verzoek',
    '03': 'rechterlijke machtiging met voorwaardelijk ontslag',
    '04': 'ondertoezichtstelling',
    '05': 'inbewaringstelling',
    '11': 'strafrechtelijk (tbs)',
    '12': 'strafrechtelijk (overig)',
  },
} as const satisfies NamedCodeList;

/** WJ003 Wettelijke vertegenwoordiging. */
export const WETTELIJKE_VERTEGENWOORDIGING = {
  id: 'WJ003',
  label: 'wettelijke vertegenwoordiging',
  codes: { '06': 'voogdij', '07': 'bewindvoering', '08': 'mentorschap', '09': 'curatele', '10': 'zaakwaarneming' },
} as const satisfies NamedCodeList;

/** COD327 Code verwijzer. */
export const VERWIJZER = {
  id: 'COD327',
  label: 'type verwijzer',
  codes: {
    '01': 'gemeente',
    '02': 'huisarts',
    '03': 'jeugdarts',
    '04': 'gecertificeerde instelling',
    '05': 'medisch specialist',
    '06': 'zelfverwijzer of geen verwijzer',
    '08': 'rechter, officier van justitie of functionaris justitiële jeugdinrichting',
  },
} as const satisfies NamedCodeList;

/** COD260 Ja/nee. */
export const JA_NEE = {
  id: 'COD260',
  label: 'ja/nee',
  codes: { '1': 'ja', '2': 'nee' },
} as const satisfies NamedCodeList;

/** WJ758 Reden verzoek (317). */
export const REDEN_VERZOEK = {
  id: 'WJ758',
  label: 'reden verzoek',
  codes: { '1': 'verandering cliëntsituatie', '2': 'wijziging zorgplan' },
} as const satisfies NamedCodeList;

/**
 * Reden wijziging toewijzing: iJw calls it JZ002, iWmo WMO002; the 3.2 content is the same. CS336: a 301 never
 * uses 01 (vervallen); CS335: 13 only when Einddatum equals Ingangsdatum.
 */
export const REDEN_WIJZIGING_CODES = {
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
} as const;

/** COD032 Land: ISO 3166-1 alpha-2, the 249 codes the 3.2 basisschema enumerates. */
export const LAND = {
  id: 'COD032',
  label: 'landcode',
  codes: Object.fromEntries(
    (
      'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY ' +
      'BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK ' +
      'FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR ' +
      'IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ' +
      'ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM ' +
      'PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF ' +
      'TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
    )
      .split(' ')
      .map((code) => [code, code]),
  ),
} as const satisfies NamedCodeList;
