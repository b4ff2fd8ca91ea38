/** The id of a timeline entry's element on the household page: the worklist links to it. */
export const entryAnchor = (entryId: string): string => `gebeurtenis-${entryId}`;
