// The iJw 3.2 code lists that differ from iWmo, in one place: libs/jeugd reads them through its profile of the
// toewijzing life cycle (libs/toewijzing), so there is no second copy.
// Source: the iJw 3.2 basisschema enumerations and code list pages (informatiemodel.istandaarden.nl/ijw/3.2,
// republished in i-Sociaal-Lab/jaapjunior packages/api/jw/bronnen).
import type { NamedCodeList } from './code-list';
import { REDEN_WIJZIGING_CODES } from './istandaard.codes';

/** JZ020 Productcategorie. The 2015 codes 31–38 are still valid in a 3.2 message. */
export const IJW_PRODUCTCATEGORIE = {
  id: 'JZ020',
  label: 'productcategorie',
  codes: {
    '31': '(2015) zonder verblijf: wijk- of buurtteam',
    '32': '(2015) zonder verblijf: ambulant op locatie van de aanbieder',
    '33': '(2015) zonder verblijf: daghulp op locatie van de aanbieder',
    '34': '(2015) zonder verblijf: in het netwerk van de jeugdige',
    '35': '(2015) met verblijf: pleegzorg',
    '36': '(2015) met verblijf: gezinsgericht',
    '37': '(2015) met verblijf: gesloten plaatsing',
    '38': '(2015) met verblijf: overig residentieel',
    '40': 'persoonlijke verzorging',
    '41': 'dagbehandeling',
    '42': 'vervoerdiensten',
    '43': 'verblijf incl. behandeling',
    '44': 'verblijf excl. behandeling',
    '45': 'ambulant',
    '46': 'crisis',
    '47': 'jeugdreclassering',
    '48': 'jeugdbescherming',
    '49': 'preventief justitieel kader',
    '50': 'maatwerkarrangementen',
    '51': 'generalistische basis-ggz',
    '52': 'specialistische ggz',
    '53': 'kindergeneeskunde',
    '54': 'jeugd-ggz',
    '55': 'landelijk ingekochte zorg',
  },
} as const satisfies NamedCodeList;

/**
 * JZ588 Reden beëindiging as the iJw 3.2 basisschema enumerates it (02, 20, 31–39). It differs from WMO588: 31 is
 * "volgens plan beëindigd" here (verhuizing in WMO588), 32–35 are the voortijdig-afgesloten codes, and 19, 21, 22
 * and 23 do not exist in iJw.
 */
export const IJW_REDEN_BEEINDIGING = {
  id: 'JZ588',
  label: 'reden beëindiging',
  codes: {
    '02': 'overlijden',
    '20': 'tijdelijk beëindigd',
    '31': 'volgens plan beëindigd',
    '32': 'voortijdig afgesloten door cliënt',
    '33': 'voortijdig afgesloten door aanbieder',
    '34': 'voortijdig afgesloten in overleg',
    '35': 'voortijdig afgesloten door externe oorzaak',
    '36': 'geïnitieerd door de gemeente',
    '37': 'in verband met wijzigingsverzoek',
    '38': 'overstap naar andere aanbieder',
    '39': 'uitstroom naar ander domein',
  },
} as const satisfies NamedCodeList;

/** JZ002 Reden wijziging toewijzing. */
export const IJW_REDEN_WIJZIGING = {
  id: 'JZ002',
  label: 'reden wijziging',
  codes: REDEN_WIJZIGING_CODES,
} as const satisfies NamedCodeList;
