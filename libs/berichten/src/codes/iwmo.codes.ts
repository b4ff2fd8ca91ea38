// The iWmo 3.2 code lists that differ from iJw, in one place: libs/wmo reads them through its profile of the
// toewijzing life cycle (libs/toewijzing), so there is no second copy.
// Source: the iWmo 3.2 basisschema enumerations and code list pages (informatiemodel.istandaarden.nl/iwmo/3.2,
// republished in i-Sociaal-Lab/jaapjunior packages/api/wmo/bronnen).
import type { NamedCodeList } from './code-list';
import { REDEN_WIJZIGING_CODES } from './istandaard.codes';

/** WMO020 Productcategorie. */
export const IWMO_PRODUCTCATEGORIE = {
  id: 'WMO020',
  label: 'productcategorie',
  codes: {
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
  },
} as const satisfies NamedCodeList;

/** WMO588 Reden beëindiging. */
export const IWMO_REDEN_BEEINDIGING = {
  id: 'WMO588',
  label: 'reden beëindiging',
  codes: {
    '02': 'overlijden',
    '19': 'volgens plan beëindigd',
    '20': 'tijdelijk beëindigd',
    '21': 'eenzijdig door cliënt beëindigd',
    '22': 'eenzijdig door aanbieder beëindigd',
    '23': 'in overeenstemming voortijdig beëindigd',
    '31': 'verhuizing naar een andere gemeente',
    '36': 'geïnitieerd door de gemeente',
    '37': 'in verband met wijzigingsverzoek',
    '38': 'overstap naar andere aanbieder',
    '39': 'uitstroom naar ander domein',
  },
} as const satisfies NamedCodeList;

/** WMO002 Reden wijziging toewijzing. */
export const IWMO_REDEN_WIJZIGING = {
  id: 'WMO002',
  label: 'reden wijziging',
  codes: REDEN_WIJZIGING_CODES,
} as const satisfies NamedCodeList;
