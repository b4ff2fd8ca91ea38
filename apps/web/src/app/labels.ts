/** Every code the api gives, as the words a regisseur and a household use. Unknown codes fall back to a neutral word. */
const DOMAINS: Record<string, string> = {
  HOUSEHOLD: 'Huishouden',
  JEUGD: 'Jeugd',
  WMO: 'Wmo',
  WERK_EN_INKOMEN: 'Werk en Inkomen',
  WONEN: 'Wonen',
};

export const domainName = (code: string): string => DOMAINS[code] ?? 'Ander domein';
/** A registered domain's name; one this app has no words for yet goes by the label its definition gives. */
export const registeredDomainName = (code: string, label: string): string => DOMAINS[code] ?? label;

const RELATIONS: Record<string, string> = {
  OUDER_VERZORGER: 'ouder of verzorger',
  KIND: 'kind',
  PARTNER: 'partner',
  OVERIG: 'overig',
};
export const relationName = (code: string | null | undefined): string => (code ? (RELATIONS[code] ?? 'overig') : '');

const GRONDSLAGEN: Record<string, string> = {
  WETTELIJKE_TAAK: 'wettelijke taak',
  WETTELIJKE_VERPLICHTING: 'wettelijke verplichting',
  VITAAL_BELANG: 'vitaal belang',
};
export const grondslagName = (code: string): string => GRONDSLAGEN[code] ?? 'andere grondslag';

const GOAL_STATUS: Record<string, string> = {
  OPEN: 'nog niet geëvalueerd',
  BEREIKT: 'bereikt',
  DEELS_BEREIKT: 'deels bereikt',
  NIET_BEREIKT: 'niet bereikt',
};
export const goalStatusName = (code: string): string => GOAL_STATUS[code] ?? 'onbekend';

const PARTIES: Record<string, string> = {
  HUISHOUDEN: 'het huishouden',
  NETWERK: 'het netwerk',
  AANBIEDER: 'een aanbieder',
  DOMEINTEAM: 'een team van de gemeente',
};
export const partyName = (code: string): string => PARTIES[code] ?? 'iemand anders';

const ROLES: Record<string, string> = {
  regisseur: 'Regisseur',
  domeinmedewerker: 'Domeinmedewerker',
  functioneel_beheerder: 'Functioneel beheerder',
  auditor: 'Auditor',
};
export const roleName = (code: string | null | undefined): string => (code ? (ROLES[code] ?? 'Medewerker') : '');

const ZRM: Record<string, string> = {
  FINANCIEN: 'Financiën',
  WERK_OPLEIDING: 'Werk en opleiding',
  TIJDSBESTEDING: 'Tijdsbesteding',
  HUISELIJKE_RELATIES: 'Relaties thuis',
  HUISVESTING: 'Woning',
  GEESTELIJKE_GEZONDHEID: 'Geestelijke gezondheid',
  LICHAMELIJKE_GEZONDHEID: 'Lichamelijke gezondheid',
  MIDDELENGEBRUIK: 'Verslaving',
  ZELFZORG: 'Zelfzorg',
  DAGELIJKSE_ACTIVITEITEN: 'Dagelijkse activiteiten',
  SOCIAAL_NETWERK: 'Sociaal netwerk',
  MAATSCHAPPELIJKE_PARTICIPATIE: 'Meedoen in de maatschappij',
  JUSTITIE: 'Justitie',
};
export const zrmDomainName = (code: string): string => ZRM[code] ?? 'Ander leefgebied';

const ZRM_SCORES = [
  '',
  'acute problemen',
  'niet zelfredzaam',
  'beperkt zelfredzaam',
  'voldoende zelfredzaam',
  'volledig zelfredzaam',
];
export const zrmScoreName = (score: number): string => ZRM_SCORES[score] ?? '';

const ACTIONS: Record<string, string> = {
  'household.read': 'bekeek het huishouden',
  'household.list': 'zag het huishouden in een lijst',
  'household.search': 'zocht een huishouden',
  'timeline.subscribe': 'volgde de tijdlijn',
  'timeline.push': 'zag een nieuwe regel in de tijdlijn',
};
/** A verwerkingenlog action in words: "bekeek het huishouden", "legde iets vast" for writes. */
export function actionName(action: string, operation: string): string {
  if (ACTIONS[action]) return ACTIONS[action]!;
  if (operation === 'WRITE') return 'legde iets vast';
  if (operation === 'EXPORT') return 'maakte een export';
  if (operation === 'ERASE') return 'wiste gegevens';
  return 'las gegevens';
}

const ROLES_IN_BASIS: Record<string, string> = { functioneel_beheerder: 'functioneel beheerder' };
const CODES_IN_BASIS: Record<string, string> = { ...DOMAINS, ...GRONDSLAGEN, ...ROLES_IN_BASIS };
const CODE_IN_BASIS = new RegExp(`\\b(${Object.keys(CODES_IN_BASIS).join('|')})\\b`, 'g');

/**
 * The verwerkingenlog's `basis` is an audit record, kept as it was written ("domeinmedewerker JEUGD; WMO:
 * WETTELIJKE_TAAK (art. 5.1 Wmo 2015)"): the screen names its domains and grondslagen in words. Timeline summaries
 * need no such help: the api writes them in words (B1) itself.
 */
export function basisInWords(text: string): string {
  return text.replace(CODE_IN_BASIS, (code) => CODES_IN_BASIS[code] ?? code);
}
