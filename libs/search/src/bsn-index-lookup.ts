import { Inject, Injectable } from '@nestjs/common';
import type { MembersElsewhere } from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { bsnBlindIndex } from './blind-index';
import { SEARCH_DATABASE, SEARCH_INDEX_KEY, SearchIndexer } from './search-indexer';

/** A member of a household whose BSN the blind index holds. */
export interface IndexedMember {
  readonly householdId: string;
  readonly memberId: string;
}

/**
 * For system processes that must find a person by BSN without a user (the berichten import): the index only, no
 * access decision and no verwerkingenlog line of its own; the caller checks the household (its gemeente, the member)
 * on the aggregate and logs what it does.
 */
@Injectable()
export class BsnIndexLookup implements MembersElsewhere {
  constructor(
    @Inject(SEARCH_DATABASE) private readonly db: SqlDatabase,
    @Inject(SEARCH_INDEX_KEY) private readonly key: string,
    private readonly indexer: SearchIndexer,
  ) {}

  /** The keyed blind index of a BSN, for a system that keeps its own rows findable by BSN (the berichten queue). */
  blindIndex(bsn: string): string {
    return bsnBlindIndex(this.key, bsn);
  }

  /** Every indexed member with this BSN, once the index has caught up with the store (waits at most `timeoutMs`). */
  async membersWithBsn(bsn: string, timeoutMs = 5000): Promise<IndexedMember[]> {
    await this.indexer.waitForHead(timeoutMs);
    const { rows } = await this.db.query<{ household_id: string; member_id: string }>(
      'select household_id, member_id from household_search_index where bsn_index = $1 order by household_id, member_id',
      [bsnBlindIndex(this.key, bsn)],
    );
    return rows.map((row) => ({ householdId: row.household_id, memberId: row.member_id }));
  }

  /**
   * Whether another open household of a gemeente has a (not removed) member with this BSN and another birth date, as
   * the index and the timeline's members stand now. It does not wait for them to catch up with the store: this guards
   * a registration's data quality, on its path (registerHousehold is the command bench's), and what it misses is what
   * was recorded in the last milliseconds. Only while the indexer is stopped (it subscribes again by itself) it waits
   * for it, at most 2 s; an index with another key is refused rather than trusted.
   */
  async anotherPersonWithBsn(
    bsn: string,
    birthDate: string,
    gemeente: string,
    exceptHouseholdId: string,
  ): Promise<boolean> {
    this.indexer.assertKeyMatches();
    if (this.indexer.state === 'stopped') await this.indexer.waitForHead(2000);
    // Two small steps: almost every BSN registered is new, and then the first, on the index alone, ends it.
    const { rows: indexed } = await this.db.query<{ household_id: string; member_id: string }>(
      'select household_id, member_id from household_search_index where bsn_index = $1 and household_id <> $2',
      [bsnBlindIndex(this.key, bsn), exceptHouseholdId],
    );
    if (indexed.length === 0) return false;
    const { rows } = await this.db.query<{ found: number }>(
      `select 1 as found from members m
       join households h on h.id = m.household_id and h.gemeente = $4 and h.registered_at is not null and not h.closed
       where (m.household_id, m.member_id) in (select * from unnest($1::text[], $2::text[]))
         and not m.removed and m.birth_date <> $3::date
       limit 1`,
      [indexed.map((row) => row.household_id), indexed.map((row) => row.member_id), birthDate, gemeente],
    );
    return rows.length > 0;
  }
}
