import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { RegieConfig } from '@regie/config';
import { MEMBERS_ELSEWHERE } from '@regie/household';
import { migrate, type SqlDatabase } from '@regie/sql';
import { HouseholdReadAccess } from '@regie/timeline';
import { AuditPersonFinder } from './audit-person-finder';
import { BsnIndexLookup } from './bsn-index-lookup';
import { HouseholdSearch } from './household-search';
import { HouseholdSearchResolver } from './household-search.resolver';
import { SEARCH_COMPONENT, searchMigrations } from './search.migrations';
import { claimSearchIndex } from './search-index-key';
import { SEARCH_DATABASE, SEARCH_INDEX_KEY, SearchIndexer } from './search-indexer';

/**
 * Household search (`searchHouseholds`) and the BSN blind index it uses, in the read-model database
 * (`databaseToken`, from the timeline module in `imports`). Refuses to start (`SearchIndexKeyMismatchError`) when the
 * index was built with another SEARCH_INDEX_KEY: only `rebuildSearchIndex` changes an index's key.
 */
@Module({})
export class SearchModule {
  static forRoot(
    config: Pick<RegieConfig, 'SEARCH_INDEX_KEY'>,
    options: { imports: ModuleMetadata['imports']; databaseToken: symbol },
  ): DynamicModule {
    return {
      module: SearchModule,
      // Global for MEMBERS_ELSEWHERE, which the household's resolver (in the global HouseholdModule) injects optionally,
      // and for AuditPersonFinder, which the global AuditModule uses.
      global: true,
      imports: options.imports,
      providers: [
        {
          provide: SEARCH_DATABASE,
          inject: [options.databaseToken],
          useFactory: async (db: SqlDatabase) => {
            await migrate(db, SEARCH_COMPONENT, searchMigrations);
            // Before anything reads or writes the index: an index built with another key stops the start-up here.
            await claimSearchIndex(db, config.SEARCH_INDEX_KEY!);
            return db;
          },
        },
        { provide: SEARCH_INDEX_KEY, useValue: config.SEARCH_INDEX_KEY },
        {
          provide: HouseholdSearch,
          inject: [SEARCH_DATABASE, HouseholdReadAccess],
          useFactory: (db: SqlDatabase, access: HouseholdReadAccess) =>
            new HouseholdSearch(db, config.SEARCH_INDEX_KEY!, (id) => access.facts(id)),
        },
        SearchIndexer,
        BsnIndexLookup,
        { provide: MEMBERS_ELSEWHERE, useExisting: BsnIndexLookup },
        AuditPersonFinder,
        HouseholdSearchResolver,
      ],
      exports: [SearchIndexer, BsnIndexLookup, MEMBERS_ELSEWHERE, AuditPersonFinder],
    };
  }
}
