import type { AlternativeRef, LocalDate, ReplaceableSupport } from '@regie/household';
import { canReplace, isActiveOn, type CatalogueState, type Voorziening } from './catalogue.state';

/** The entries offered on `on`, optionally only those that can replace `support`, sorted by naam. */
export function entriesOf(
  state: CatalogueState,
  filter: { readonly replaces?: ReplaceableSupport; readonly activeOn?: LocalDate } = {},
): Voorziening[] {
  return [...state.entries.values()]
    .filter((entry) => filter.activeOn === undefined || isActiveOn(entry, filter.activeOn))
    .filter((entry) => filter.replaces === undefined || canReplace(entry, filter.replaces))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

/** What a maatwerk decision cites: the active entries that can replace the support it decides on. */
export const alternativesIn = (state: CatalogueState, support: ReplaceableSupport, on: LocalDate): AlternativeRef[] =>
  entriesOf(state, { replaces: support, activeOn: on }).map(({ voorzieningId, naam }) => ({ voorzieningId, naam }));
