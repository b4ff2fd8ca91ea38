import type { SqlDatabase } from '@regie/sql';
import { decodeCursor } from '../query/cursor';
import { toPage, type Page } from '../query/page';

/** A regisseur of the gemeente and how many open households they coordinate. */
export interface RegisseurWorkloadRow {
  readonly user_id: string;
  readonly name: string;
  readonly open_households: number;
}

/** An open household in a regisseur's caseload, at the administrative level: no care content. */
export interface CaseloadHouseholdRow {
  readonly id: string;
  readonly name: string | null;
  readonly regisseur_since: Date | null;
  readonly last_activity: Date;
}

/**
 * The functioneel beheerder's view of who coordinates which households, to hand households over (leave, a new
 * job, a new division of the wijken). Open households only: a closed one has to be reopened before a handover.
 */
export class CaseloadReadModel {
  constructor(private readonly db: SqlDatabase) {}

  /** Every regisseur with open households in the gemeente, by name. */
  async regisseurs(gemeente: string): Promise<RegisseurWorkloadRow[]> {
    // A regisseur's name is the one the latest assignment gave; the households of one user may carry older spellings.
    const { rows } = await this.db.query<RegisseurWorkloadRow>(
      `select regisseur_user_id as user_id,
              (array_agg(regisseur_name order by regisseur_since desc nulls last))[1] as name,
              count(*)::int as open_households
       from households
       where gemeente = $1 and regisseur_user_id is not null and not closed and registered_at is not null
       group by regisseur_user_id
       order by 2, 1`,
      [gemeente],
    );
    return rows;
  }

  /** The open households of one regisseur in the gemeente, most recently active first (as `myHouseholds`). */
  async households(
    regisseurUserId: string,
    gemeente: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<CaseloadHouseholdRow>> {
    const params: unknown[] = [regisseurUserId, gemeente];
    let keyset = '';
    if (after) {
      const key = decodeCursor(after, 'id');
      params.push(key.at, key.tieBreaker);
      keyset = 'and (last_activity, id) < ($3, $4::text)';
    }
    params.push(first + 1);
    const where = `regisseur_user_id = $1 and gemeente = $2 and not closed and registered_at is not null`;
    const { rows } = await this.db.query<CaseloadHouseholdRow>(
      `select id, name, regisseur_since, last_activity from households
       where ${where} ${keyset}
       order by last_activity desc, id desc
       limit $${params.length}`,
      params,
    );
    const countTotal = async () => {
      const counted = await this.db.query<{ total: number }>(
        `select count(*)::int as total from households where ${where}`,
        [regisseurUserId, gemeente],
      );
      return counted.rows[0]?.total ?? 0;
    };
    return toPage(rows, first, countTotal, (row) => ({ at: row.last_activity, tieBreaker: row.id }));
  }
}
