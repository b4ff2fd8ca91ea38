import { registeredDomainName } from '../app/labels';

const LEEFGEBIED_WORDS: Readonly<Record<string, string>> = {
  JEUGD: 'Jeugd: opgroeien en opvoeden',
  WMO: 'Wmo: zelfstandig wonen en meedoen',
  WERK_EN_INKOMEN: 'Werk en Inkomen: werk, geld en schulden',
  WONEN: 'Wonen: een huis houden en veilig wonen',
};

/** A registered domain as a leefgebied of the plan, in the words of a regisseur and a household. */
export const leefgebiedName = (code: string, label: string): string =>
  LEEFGEBIED_WORDS[code] ?? registeredDomainName(code, label);

/** The plan's other codes in the words of a regisseur and a household. */
export const PARTIES: readonly (readonly [string, string])[] = [
  ['HUISHOUDEN', 'Het huishouden zelf'],
  ['NETWERK', 'Iemand uit het netwerk (familie, buren, vrienden)'],
  ['AANBIEDER', 'Een zorgaanbieder'],
  ['DOMEINTEAM', 'De gemeente (een team van een domein, zoals Jeugd of Wmo)'],
];

export const OUTCOMES: readonly (readonly [string, string])[] = [
  ['BEREIKT', 'Bereikt'],
  ['DEELS_BEREIKT', 'Deels bereikt'],
  ['NIET_BEREIKT', 'Niet bereikt'],
];

export const PREVENTION_AIMS: readonly (readonly [string, string])[] = [
  ['HUISUITZETTING', 'Huisuitzetting'],
  ['AFSLUITING_ENERGIE', 'Afsluiting van gas, water of stroom'],
  ['ESCALATIE_SCHULDEN', 'Schulden die groter worden'],
  ['UITHUISPLAATSING', 'Uithuisplaatsing van een kind'],
  ['SCHOOLUITVAL', 'Stoppen met school'],
  ['OVERIG', 'Iets anders'],
];

export const SPEND_RESULTS: readonly (readonly [string, string])[] = [
  ['JA', 'Ja, het werkte'],
  ['DEELS', 'Voor een deel'],
  ['NEE', 'Nee, het werkte niet'],
];

const RUNGS: Record<string, string> = {
  EIGEN_KRACHT: 'Eigen kracht',
  GEBRUIKELIJKE_HULP: 'Gebruikelijke hulp (van huisgenoten)',
  MANTELZORG: 'Mantelzorg',
  SOCIAAL_NETWERK: 'Sociaal netwerk',
  ALGEMENE_VOORZIENING: 'Algemene voorziening',
};
export const rungName = (code: string) => RUNGS[code] ?? 'Andere stap';

const OUTCOME_RUNGS: Record<string, string> = {
  EIGEN_KRACHT: 'eigen kracht is genoeg',
  NETWERK: 'het netwerk helpt',
  ALGEMENE_VOORZIENING: 'een algemene voorziening past',
  MAATWERK: 'maatwerk is nodig',
};
export const ladderOutcomeName = (code: string) => OUTCOME_RUNGS[code] ?? 'onbekend';

const SUFFICIENCY: Record<string, string> = { JA: 'genoeg', DEELS: 'deels genoeg', NEE: 'niet genoeg' };
export const sufficiencyName = (code: string | null | undefined) =>
  code ? (SUFFICIENCY[code] ?? 'onbekend') : 'niet bekeken';

export const labelOf = (list: readonly (readonly [string, string])[], code: string) =>
  list.find(([value]) => value === code)?.[1] ?? 'onbekend';
