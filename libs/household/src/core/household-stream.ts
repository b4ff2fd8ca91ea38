/** Every household has one stream: `household-<uuid>`. */
const HOUSEHOLD_STREAM_PREFIX = 'household-';

export const householdStream = (householdId: string) => `${HOUSEHOLD_STREAM_PREFIX}${householdId}`;

/** The household id of a household stream; undefined for any other stream (providers, catalogue, budget). */
export const householdIdOfStream = (streamId: string | undefined): string | undefined =>
  streamId?.startsWith(HOUSEHOLD_STREAM_PREFIX) ? streamId.slice(HOUSEHOLD_STREAM_PREFIX.length) : undefined;
