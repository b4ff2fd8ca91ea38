import type { Migration } from '@regie/sql';

export const SEARCH_COMPONENT = 'search';

/**
 * The BSN blind index per household member, how far (and with which key) the indexer got, and the blind indexes of
 * each household's woonadres.
 */
export const searchMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'household search: keyed blind index of BSNs',
    sql: `
      create table household_search_index (
        household_id text not null,
        member_id text not null,
        bsn_index text not null,
        primary key (household_id, member_id)
      );
      create index household_search_bsn_idx on household_search_index (bsn_index);
      create table household_search_state (
        id integer primary key check (id = 1),
        key_fingerprint text not null,
        position bigint
      );
    `,
  },
  {
    version: 2,
    name: 'household search: keyed blind index of woonadressen',
    sql: `
      create table household_address_index (
        household_id text primary key,
        number_index text not null,
        full_index text not null
      );
      create index household_address_number_idx on household_address_index (number_index);
    `,
  },
];
