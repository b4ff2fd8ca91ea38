import { Inject, Injectable } from '@nestjs/common';
import { InvalidBsnForLookup, type PersonFinder, type PersonOnRecord } from '@regie/audit';
import { isValidBsn } from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { BsnIndexLookup } from './bsn-index-lookup';
import { SEARCH_DATABASE } from './search-indexer';

interface PersonRow {
  readonly household_id: string;
  readonly member_id: string;
  readonly household_name: string | null;
  readonly closed: boolean;
  readonly name: string;
  readonly birth_date: string | null;
}

/**
 * The auditor's lookup by BSN (`personAccessLog`): the blind index finds the memberships, the read model names them.
 * The access decision (auditor, own gemeente) and the log line are the audit resolver's; this only reads.
 */
@Injectable()
export class AuditPersonFinder implements PersonFinder {
  constructor(
    @Inject(SEARCH_DATABASE) private readonly db: SqlDatabase,
    private readonly index: BsnIndexLookup,
  ) {}

  async byBsn(bsn: string, gemeente: string): Promise<PersonOnRecord[]> {
    const normalised = bsn.replace(/[\s.]/g, '');
    if (!isValidBsn(normalised)) throw new InvalidBsnForLookup();
    const indexed = await this.index.membersWithBsn(normalised);
    if (indexed.length === 0) return [];
    const { rows } = await this.db.query<PersonRow>(
      `select m.household_id, m.member_id, h.name as household_name, h.closed, m.name,
              to_char(m.birth_date, 'YYYY-MM-DD') as birth_date
       from members m
       join households h on h.id = m.household_id and h.gemeente = $3 and h.registered_at is not null
       where (m.household_id, m.member_id) in (select * from unnest($1::text[], $2::text[])) and not m.removed
       order by h.closed, m.household_id`,
      [indexed.map((row) => row.householdId), indexed.map((row) => row.memberId), gemeente],
    );
    return rows.map((row) => ({
      personId: row.member_id,
      householdId: row.household_id,
      householdName: row.household_name,
      householdClosed: row.closed,
      name: row.name,
      birthDate: row.birth_date,
    }));
  }
}
