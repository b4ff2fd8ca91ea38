import type { MatrixActor } from './actors';
import { BERICHTEN_WRITE_ROWS } from './berichten-rows';
import { unique, voorzieningInput, type MatrixClient } from './fixtures';

// Mutations of a gemeente's own records, not of a household: the voorliggend-veld catalogue, the maatwerkbudget and
// the queue of messages waiting for a household.
// Only the functioneel beheerder of that gemeente writes them (like registerProvider, but per gemeente). `prepare`
// makes a VALID request on the given gemeente's records, so only authorisation may refuse it.

export interface GemeenteWriteRow {
  readonly label: string;
  /** The Mutation field. */
  readonly field: string;
  /** The input names the gemeente (`input.gemeente`); without it the caller's own is meant. */
  readonly namesGemeente: boolean;
  /** Selection of the payload (it is not a household's RecordedPayload). */
  readonly selection: string;
  readonly prepare: (client: MatrixClient, gemeente: string) => Promise<Record<string, unknown>>;
  /** What an allowed answer must say; a problem, or undefined. */
  readonly verify: (
    payload: Record<string, unknown>,
    gemeente: string,
    input: Record<string, unknown>,
  ) => string | undefined;
}

/** The rule of every row: the functioneel beheerder whose token gemeente is the records' gemeente. */
export const expectedGemeenteWrite = (actor: MatrixActor, gemeente: string): boolean =>
  actor.role === 'functioneel_beheerder' && actor.gemeente === gemeente;

const CATALOGUE_PAYLOAD = 'voorzieningId gemeente eventIds streamRevision position';

const catalogueChange = (payload: Record<string, unknown>, gemeente: string) => {
  if (payload.gemeente !== gemeente) return `changed the catalogue of ${String(payload.gemeente)}, not ${gemeente}`;
  if (!Array.isArray(payload.eventIds) || payload.eventIds.length === 0) return 'allowed, but no event recorded';
  return undefined;
};

/** A budget year nobody spends in, so a lower total is never below what is reserved. */
const BUDGET_YEAR = 2031;

export const GEMEENTE_WRITE_ROWS: readonly GemeenteWriteRow[] = [
  {
    label: 'registerAlgemeneVoorziening',
    field: 'registerAlgemeneVoorziening',
    namesGemeente: true,
    selection: CATALOGUE_PAYLOAD,
    prepare: async (_client, gemeente) => voorzieningInput(gemeente),
    verify: catalogueChange,
  },
  {
    label: 'updateAlgemeneVoorziening',
    field: 'updateAlgemeneVoorziening',
    namesGemeente: true,
    selection: CATALOGUE_PAYLOAD,
    prepare: async (client, gemeente) => ({
      gemeente,
      voorzieningId: await client.voorziening(gemeente),
      omschrijving: `Inloop op dinsdag en donderdag (${unique('U')})`,
      wachttijdDagen: 7,
    }),
    verify: catalogueChange,
  },
  {
    label: 'endAlgemeneVoorziening',
    field: 'endAlgemeneVoorziening',
    namesGemeente: true,
    selection: CATALOGUE_PAYLOAD,
    prepare: async (client, gemeente) => ({
      gemeente,
      voorzieningId: await client.voorziening(gemeente),
      beeindigdPer: '2026-12-31',
      reden: 'Subsidie niet verlengd',
    }),
    verify: catalogueChange,
  },
  {
    label: 'setMaatwerkbudget',
    field: 'setMaatwerkbudget',
    namesGemeente: false,
    selection: 'year totalCents perHouseholdCents',
    prepare: async () => ({
      year: BUDGET_YEAR,
      totalCents: 10_000_000 + Math.floor(Math.random() * 1_000_000),
      perHouseholdCents: 250_000,
    }),
    verify: (payload, _gemeente, input) =>
      payload.year === input.year && payload.totalCents === input.totalCents
        ? undefined
        : `answered ${JSON.stringify(payload)} to ${JSON.stringify(input)}`,
  },
  ...BERICHTEN_WRITE_ROWS,
];
