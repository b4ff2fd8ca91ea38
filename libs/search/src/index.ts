export { bsnBlindIndex, keyFingerprint } from './blind-index';
export { HouseholdSearch, searchKind, SearchInputError, MAX_CANDIDATES, type SearchKind } from './household-search';
export { SearchIndexer, type SearchIndexerState, type SearchIndexReport } from './search-indexer';
export { SearchIndexKeyMismatchError, type SearchIndexKeyChange } from './search-index-key';
export { rebuildSearchIndex, type SearchIndexProgress } from './rebuild-search-index';
export { SearchModule } from './search.module';
export { BsnIndexLookup, type IndexedMember } from './bsn-index-lookup';
export { AuditPersonFinder } from './audit-person-finder';
export { SEARCH_COMPONENT, searchMigrations } from './search.migrations';
