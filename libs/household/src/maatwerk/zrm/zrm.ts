/** 1 acute problematiek, 2 niet zelfredzaam, 3 beperkt, 4 voldoende, 5 volledig zelfredzaam (last 30 days). */
export const ZRM_MIN = 1;
export const ZRM_MAX = 5;
