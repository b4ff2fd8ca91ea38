import type { Actor } from '@regie/access';
import type { LocalDate } from '@regie/household';
import { randomUUID } from 'node:crypto';
import { findByNaam } from './catalogue.state';
import { EXAMPLE_CATALOGUE, type ExampleVoorziening } from './example-catalogue';
import type { VoorliggendVeldCatalogue } from './voorliggend-veld-catalogue';

export interface SeedOptions {
  /** Default: the example catalogue. */
  readonly entries?: readonly ExampleVoorziening[];
  /** Default 2025-01-01, so the entries are active today. */
  readonly geldigVanaf?: LocalDate;
}

export interface SeedResult {
  readonly recorded: readonly string[];
  readonly skipped: readonly string[];
}

/**
 * Records the example catalogue for a gemeente through the catalogue service (so every rule and check applies).
 * Idempotent: an entry whose naam is already in the catalogue (offered or ended) is skipped. The actor must be the
 * functioneel beheerder of that gemeente.
 */
export async function seedCatalogue(
  catalogue: VoorliggendVeldCatalogue,
  gemeente: string,
  actor: Actor,
  options: SeedOptions = {},
): Promise<SeedResult> {
  const { state } = await catalogue.load(gemeente);
  const recorded: string[] = [];
  const skipped: string[] = [];
  for (const entry of options.entries ?? EXAMPLE_CATALOGUE) {
    if (findByNaam(state, entry.naam)) {
      skipped.push(entry.naam);
      continue;
    }
    await catalogue.register(
      gemeente,
      { ...entry, voorzieningId: randomUUID(), geldigVanaf: options.geldigVanaf ?? '2025-01-01' },
      actor,
    );
    recorded.push(entry.naam);
  }
  return { recorded, skipped };
}
