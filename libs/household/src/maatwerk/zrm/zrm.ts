/** The 13 domains of the Zelfredzaamheid-Matrix (mijnzrm.nl). Score only what is relevant. */
export const ZRM_DOMAINS = [
  'FINANCIEN',
  'WERK_OPLEIDING',
  'TIJDSBESTEDING',
  'HUISELIJKE_RELATIES',
  'HUISVESTING',
  'GEESTELIJKE_GEZONDHEID',
  'LICHAMELIJKE_GEZONDHEID',
  'MIDDELENGEBRUIK',
  'ZELFZORG',
  'DAGELIJKSE_ACTIVITEITEN',
  'SOCIAAL_NETWERK',
  'MAATSCHAPPELIJKE_PARTICIPATIE',
  'JUSTITIE',
] as const;
export type ZrmDomain = (typeof ZRM_DOMAINS)[number];

/** 1 acute problematiek, 2 niet zelfredzaam, 3 beperkt, 4 voldoende, 5 volledig zelfredzaam (last 30 days). */
export const ZRM_MIN = 1;
export const ZRM_MAX = 5;

export interface ZrmScore {
  readonly domain: ZrmDomain;
  readonly score: number;
}
