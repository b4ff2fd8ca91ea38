import type { LocalDate, ReplaceableSupport } from '@regie/household';
import { VoorliggendVeldEventType as T, type CatalogueEvent, type VoorzieningOpgenomen } from './voorziening.events';

/** One entry of the catalogue as it stands now. */
export interface Voorziening extends VoorzieningOpgenomen {
  readonly beeindigdPer?: LocalDate;
  readonly reden?: string;
}

/** A gemeente's catalogue: entries by id, in the order they were recorded. */
export interface CatalogueState {
  readonly entries: ReadonlyMap<string, Voorziening>;
}

export const emptyCatalogue: CatalogueState = { entries: new Map() };

export function evolve(state: CatalogueState, event: CatalogueEvent): CatalogueState {
  const entries = new Map(state.entries);
  switch (event.type) {
    case T.opgenomen:
      entries.set(event.data.voorzieningId, event.data);
      break;
    case T.gewijzigd: {
      const current = entries.get(event.data.voorzieningId);
      if (!current) return state;
      // Only the fields the event names change; null clears an optional field.
      const next: Record<string, unknown> = { ...current };
      for (const [field, value] of Object.entries(event.data)) {
        if (value === null) delete next[field];
        else if (value !== undefined) next[field] = value;
      }
      entries.set(current.voorzieningId, next as unknown as Voorziening);
      break;
    }
    case T.beeindigd: {
      const current = entries.get(event.data.voorzieningId);
      if (!current) return state;
      entries.set(current.voorzieningId, {
        ...current,
        beeindigdPer: event.data.beeindigdPer,
        reden: event.data.reden,
      });
      break;
    }
    default:
      return state;
  }
  return { entries };
}

export const foldCatalogue = (events: readonly CatalogueEvent[]): CatalogueState =>
  events.reduce(evolve, emptyCatalogue);

/** Offered on `on`: valid from `geldigVanaf`, and not yet ended. */
export const isActiveOn = (entry: Voorziening, on: LocalDate): boolean =>
  entry.geldigVanaf <= on && (entry.beeindigdPer === undefined || on < entry.beeindigdPer);

export const canReplace = (entry: Voorziening, support: ReplaceableSupport): boolean =>
  entry.replaces.some((replaces) => replaces.domain === support.domain && replaces.category === support.category);

/** Names compare without case and surrounding or doubled spaces: "Taalcafé" and " taalcafé " are one name. */
export const sameNaam = (a: string, b: string): boolean => normalizeNaam(a) === normalizeNaam(b);
const normalizeNaam = (naam: string) => naam.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');

export const findByNaam = (state: CatalogueState, naam: string): Voorziening | undefined =>
  [...state.entries.values()].find((entry) => sameNaam(entry.naam, naam));
