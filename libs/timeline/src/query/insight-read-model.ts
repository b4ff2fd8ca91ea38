import type { DeclarationInput } from '../costs/declared-cost';
import type { LadderRung, LadderRungName, LocalDate, TariffBasis } from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { waitingNormsDays, type RegisteredDomains } from '../norms';
import { signalKindParams, WORKLIST_KINDS } from '../insight/worklist';
import { sharedWithRegisseur } from './shared-basis';
import { GraphQLError } from 'graphql';

export interface AfwegingRow {
  domain: string;
  key: string;
  member_id: string;
  member_name: string | null;
  request_key: string | null;
  assessed_on: string;
  rungs: Record<LadderRungName, LadderRung>;
  outcome: string;
  voorziening_id: string | null;
}

export interface MaatwerkDecisionRow {
  domain: string;
  key: string;
  member_id: string;
  member_name: string | null;
  category: string;
  decided_on: string;
  lower_rungs_considered: boolean;
  alternatives_offered: number;
  reason_given: boolean;
}

export interface CostLineRow {
  household_id: string;
  domain: string;
  key: string;
  member_id: string;
  valid_from: string;
  valid_until: string | null;
  tariff: TariffBasis;
  gestart_op: string | null;
  gestopt_op: string | null;
}

export interface DeclarationLineRow {
  household_id: string;
  domain: string;
  key: string;
  line_reference: string;
  member_id: string | null;
  period_begin: string;
  period_end: string;
  amount_cents: number;
}

export interface ZrmScoreRow {
  member_id: string;
  member_name: string | null;
  zrm_domain: string;
  scored_on: string;
  score: number;
  goal_ids: string[];
}

export interface SpendRow {
  spend_id: string;
  amount_cents: string;
  spent_on: string;
  budget_year: number;
  purpose: string | null;
  prevents: string;
  member_ids: string[];
  evaluation_result: string | null;
  evaluated_on: string | null;
  evaluation_note: string | null;
  answers_entry_id: string | null;
  answers_goal_id: string | null;
}

export interface WorklistRow {
  household_id: string;
  household_name: string | null;
  kind: string;
  domain: string;
  member_id: string | null;
  key: string;
  since: string;
  due_on: string | null;
  days_overdue: number;
  /** The timeline entry the item is about: the signal's latest step, the toewijzing, the maatwerk decision. */
  entry_id: string | null;
  sort_key: string;
}

export interface WorklistCursor {
  readonly daysOverdue: number;
  readonly sortKey: string;
}

export function encodeWorklistCursor(row: Pick<WorklistRow, 'days_overdue' | 'sort_key'>): string {
  return Buffer.from(JSON.stringify([row.days_overdue, row.sort_key]), 'utf8').toString('base64url');
}

export function decodeWorklistCursor(cursor: string): WorklistCursor {
  try {
    const [daysOverdue, sortKey] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    // Days between two dates: an SQL integer. A larger number in a forged cursor would fail in the database.
    if (!Number.isInteger(daysOverdue) || Math.abs(daysOverdue as number) > 2 ** 31 - 1) throw new Error();
    if (typeof sortKey !== 'string' || sortKey.includes('\u0000') || sortKey.length > 200) throw new Error();
    return { daysOverdue: daysOverdue as number, sortKey };
  } catch {
    throw new GraphQLError('Ongeldige cursor', { extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  }
}

const COST_LINE_COLUMNS = `c.household_id, c.domain, c.key, c.member_id, c.valid_from::text as valid_from,
  c.valid_until::text as valid_until, c.tariff, e.gestart_op::text as gestart_op, e.gestopt_op::text as gestopt_op`;
const COST_LINE_JOIN = `left join episodes e on e.household_id = c.household_id and e.domain = c.domain
  and e.key = c.key and not e.withdrawn`;

/** A row as the cost computation takes it; `scope` (e.g. the household id) keeps keys of households apart. */
export const declarationInput = (row: DeclarationLineRow, scope?: string): DeclarationInput => ({
  domain: row.domain,
  key: scope === undefined ? row.key : `${scope}\u0000${row.key}`,
  lineReference: row.line_reference,
  periodBegin: row.period_begin,
  periodEnd: row.period_end,
  amountCents: Number(row.amount_cents),
});

const DECLARATION_COLUMNS = `d.household_id, d.domain, d.key, d.line_reference, d.member_id,
  d.period_begin::text as period_begin, d.period_end::text as period_end, d.amount_cents::float8 as amount_cents`;

/** Reads of the regisseur's insight tables: one query per field per household, or one per page across them. */
export class InsightReadModel {
  constructor(
    private readonly db: SqlDatabase,
    private readonly domains: RegisteredDomains = { all: [] },
  ) {}

  async afwegingen(householdId: string): Promise<AfwegingRow[]> {
    const { rows } = await this.db.query<AfwegingRow>(
      `select a.domain, a.key, a.member_id, m.name as member_name, a.request_key, a.assessed_on::text as assessed_on,
              a.rungs, a.outcome, a.voorziening_id
       from afwegingen a left join members m on m.household_id = a.household_id and m.member_id = a.member_id
       where a.household_id = $1 and not a.withdrawn order by a.assessed_on, a.domain, a.key`,
      [householdId],
    );
    return rows;
  }

  async maatwerkDecisions(householdId: string): Promise<MaatwerkDecisionRow[]> {
    const { rows } = await this.db.query<MaatwerkDecisionRow>(
      `select d.domain, d.key, d.member_id, m.name as member_name, d.category, d.decided_on::text as decided_on,
              d.lower_rungs_considered, d.alternatives_offered, d.reason_given
       from maatwerk_decisions d left join members m on m.household_id = d.household_id and m.member_id = d.member_id
       where d.household_id = $1 and not d.withdrawn order by d.decided_on, d.domain, d.key`,
      [householdId],
    );
    return rows;
  }

  /** Cost lines with the start and stop of their episode (same household, domain and key). */
  async costLines(householdId: string): Promise<CostLineRow[]> {
    const { rows } = await this.db.query<CostLineRow>(
      `select ${COST_LINE_COLUMNS} from cost_lines c ${COST_LINE_JOIN}
       where c.household_id = $1 and not c.withdrawn`,
      [householdId],
    );
    return rows;
  }

  /** Declaration lines (323) of the household, debit and credit, not withdrawn. */
  async declarationLines(householdId: string): Promise<DeclarationLineRow[]> {
    const { rows } = await this.db.query<DeclarationLineRow>(
      `select ${DECLARATION_COLUMNS} from declaration_lines d where d.household_id = $1 and not d.withdrawn
       order by d.period_begin, d.line_reference, d.amount_cents desc, d.event_id`,
      [householdId],
    );
    return rows;
  }

  /** Declaration lines of the gemeente's households. */
  async gemeenteDeclarationLines(gemeente: string): Promise<DeclarationLineRow[]> {
    const { rows } = await this.db.query<DeclarationLineRow>(
      `select ${DECLARATION_COLUMNS} from households h join declaration_lines d on d.household_id = h.id
       where h.gemeente = $1 and h.registered_at is not null and not d.withdrawn`,
      [gemeente],
    );
    return rows;
  }

  /** Every cost line of the gemeente's households, with the date each household first got a regisseur. */
  async gemeenteCostLines(gemeente: string) {
    const [lines, firsts] = await Promise.all([
      this.db.query<CostLineRow>(
        `select ${COST_LINE_COLUMNS} from households h join cost_lines c on c.household_id = h.id ${COST_LINE_JOIN}
         where h.gemeente = $1 and h.registered_at is not null and not c.withdrawn`,
        [gemeente],
      ),
      this.db.query<{ household_id: string; first_on: string }>(
        `select r.household_id, (min(r.occurred_at) at time zone 'Europe/Amsterdam')::date::text as first_on
         from households h join regisseur_handovers r on r.household_id = h.id
         where h.gemeente = $1 and h.registered_at is not null and r.to_user_id is not null
         group by r.household_id`,
        [gemeente],
      ),
    ]);
    return { lines: lines.rows, firstRegisseurOn: new Map(firsts.rows.map((row) => [row.household_id, row.first_on])) };
  }

  async zrmScores(householdId: string): Promise<ZrmScoreRow[]> {
    const { rows } = await this.db.query<ZrmScoreRow>(
      `select z.member_id, m.name as member_name, z.zrm_domain, z.scored_on::text as scored_on, z.score, z.goal_ids
       from zrm_scores z left join members m on m.household_id = z.household_id and m.member_id = z.member_id
       where z.household_id = $1 order by z.member_id, z.zrm_domain, z.scored_on, z.event_id`,
      [householdId],
    );
    return rows;
  }

  async spends(householdId: string): Promise<SpendRow[]> {
    const { rows } = await this.db.query<SpendRow>(
      `select spend_id, amount_cents::text as amount_cents, spent_on::text as spent_on, budget_year, purpose, prevents,
              member_ids, evaluation_result, evaluated_on::text as evaluated_on, evaluation_note, answers_entry_id,
              answers_goal_id
       from maatwerkbudget_spends where household_id = $1 order by spent_on, spend_id`,
      [householdId],
    );
    return rows;
  }

  /**
   * The regisseur's worklist across the households they coordinate (in their gemeente): open signals past their term
   * (every signal kind a registered domain declares, as its `worklistKind`), toewijzingen waiting over their domain's
   * norm (since the later of the toewijzing and its ingangsdatum), maatwerk without a complete afweging. Only rows
   * whose domain (and member) a current legal basis shares with the regisseur. Most overdue first. A signal without a
   * due date (`SignalFact.dueOn`) has no term.
   */
  async worklist(userId: string, gemeente: string, today: LocalDate, first: number, after?: WorklistCursor) {
    const norms = Object.entries(waitingNormsDays(this.domains));
    const params: unknown[] = [
      userId,
      today,
      norms.map(([domain]) => domain),
      norms.map(([, days]) => days),
      gemeente,
      ...signalKindParams(this.domains.all),
    ];
    const shared = (alias: string, member: string) => sharedWithRegisseur(alias, member, '$2');
    const since = `(s.changed_at at time zone 'Europe/Amsterdam')::date`;
    const union = `
      select h.id as household_id, h.name as household_name, sk.worklist_kind as kind, s.domain, s.member_id,
              s.key, ${since} as since, s.due_on, ($2::date - s.due_on) as days_overdue, s.event_id as entry_id
       from households h join signals s on s.household_id = h.id
         join unnest($6::text[], $7::text[]) as sk(kind, worklist_kind) on sk.kind = s.kind
       where ${MINE} and s.open and s.due_on < $2::date and ${shared('s', 's.member_id')}
      union all
      select h.id, h.name, '${WORKLIST_KINDS.wait}', e.domain, e.member_id, e.key, ${WAITING_FROM},
             ${WAITING_FROM} + norm.days, $2::date - (${WAITING_FROM} + norm.days),
             (select t.event_id from timeline_entries t
               where t.household_id = e.household_id and t.domain = e.domain and t.episode_key = e.key
                 and t.episode_step = 'TOEGEWEZEN' and t.withdrawn_by is null
               order by t.global_position desc limit 1)
      from households h join episodes e on e.household_id = h.id
        join unnest($3::text[], $4::int[]) as norm(domain, days) on norm.domain = e.domain
      where ${MINE} and e.toegewezen_op is not null and e.gestart_op is null and e.gestopt_op is null
        and not e.withdrawn and ${WAITING_FROM} + norm.days < $2::date and ${shared('e', 'e.member_id')}
      union all
      select h.id, h.name, '${WORKLIST_KINDS.maatwerk}', d.domain, d.member_id, d.key, d.decided_on, null::date, 0,
             d.event_id
      from households h join maatwerk_decisions d on d.household_id = h.id
      where ${MINE} and not d.lower_rungs_considered and not d.withdrawn and ${shared('d', 'd.member_id')}`;
    const countParams = [...params];
    let keyset = '';
    if (after) {
      params.push(after.daysOverdue, after.sortKey);
      keyset = `where w.days_overdue < $8 or (w.days_overdue = $8 and w.sort_key > $9)`;
    }
    params.push(first + 1);
    const { rows } = await this.db.query<WorklistRow>(
      `select * from (
         select u.household_id, u.household_name, u.kind, u.domain, u.member_id, u.key, u.since::text as since,
                u.due_on::text as due_on, u.days_overdue::int as days_overdue, u.entry_id,
                concat_ws('|', u.household_id, u.kind, u.domain, u.key) as sort_key
         from (${union}) u
       ) w ${keyset}
       order by w.days_overdue desc, w.sort_key
       limit $${params.length}`,
      params,
    );
    const countTotal = async () => {
      const result = await this.db.query<{ total: number }>(
        `select count(*)::int as total from (${union}) u`,
        countParams,
      );
      return result.rows[0]?.total ?? 0;
    };
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first, countTotal };
  }
}

const MINE = 'h.regisseur_user_id = $1 and h.gemeente = $5 and h.registered_at is not null';
/** An episode waits from the later of its toewijzing and its ingangsdatum (`waitingFrom`; greatest skips a null). */
const WAITING_FROM = 'greatest(e.toegewezen_op, e.ingangsdatum)';
