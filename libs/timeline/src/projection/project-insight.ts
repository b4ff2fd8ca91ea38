import {
  HouseholdEventType as T,
  type HouseholdEvent,
  type MaatwerkbudgetBesteed,
  type MaatwerkbudgetGeevalueerd,
  type TimelineDescription,
  type ZrmGescoord,
} from '@regie/household';
import type { SqlExecutor } from '@regie/sql';
import type { PendingUpserts, UpsertTable } from './pending-upserts';

const KEY = [
  ['household_id', 'text'],
  ['domain', 'text'],
  ['key', 'text'],
] as const;

const AFWEGINGEN: UpsertTable = {
  name: 'afwegingen',
  keyColumns: 3,
  columns: [
    ...KEY,
    ['member_id', 'text'],
    ['request_key', 'text'],
    ['assessed_on', 'date'],
    ['rungs', 'jsonb'],
    ['outcome', 'text'],
    ['voorziening_id', 'text'],
    ['event_id', 'text'],
  ],
};

const MAATWERK_DECISIONS: UpsertTable = {
  name: 'maatwerk_decisions',
  keyColumns: 3,
  columns: [
    ...KEY,
    ['member_id', 'text'],
    ['category', 'text'],
    ['decided_on', 'date'],
    ['lower_rungs_considered', 'boolean'],
    ['alternatives_offered', 'integer'],
    ['reason_given', 'boolean'],
    ['event_id', 'text'],
  ],
};

const COST_LINES: UpsertTable = {
  name: 'cost_lines',
  keyColumns: 3,
  columns: [
    ...KEY,
    ['member_id', 'text'],
    ['provider_agb', 'text'],
    ['valid_from', 'date'],
    ['valid_until', 'date'],
    ['tariff', 'jsonb'],
    ['event_id', 'text'],
  ],
};

const DECLARATION_LINES: UpsertTable = {
  name: 'declaration_lines',
  keyColumns: 2,
  columns: [
    ['household_id', 'text'],
    ['event_id', 'text'],
    ['domain', 'text'],
    ['key', 'text'],
    ['line_reference', 'text'],
    ['member_id', 'text'],
    ['provider_agb', 'text'],
    ['period_begin', 'date'],
    ['period_end', 'date'],
    ['amount_cents', 'bigint'],
    ['volume', 'numeric'],
    ['eenheid', 'text'],
  ],
};

/**
 * The regisseur's insight facts of one event (afweging, maatwerk decision, cost line): one whole-row upsert per fact,
 * keyed by (household, domain, key), so replay leaves the same rows. Recording the fact again makes it current (not
 * withdrawn). Collected per batch in `pending` and sent with the timeline entries.
 */
export function applyInsightFacts(
  pending: PendingUpserts,
  householdId: string,
  domain: string,
  event: HouseholdEvent,
  description: TimelineDescription,
): void {
  const { ladder, maatwerk, cost, declaration } = description;
  if (ladder) {
    pending.add(AFWEGINGEN, [
      householdId,
      domain,
      ladder.key,
      ladder.memberId,
      ladder.requestKey ?? null,
      ladder.assessedOn,
      JSON.stringify(ladder.rungs),
      ladder.outcome,
      ladder.voorzieningId ?? null,
      event.id,
    ]);
  }
  if (maatwerk) {
    pending.add(MAATWERK_DECISIONS, [
      householdId,
      domain,
      maatwerk.key,
      maatwerk.memberId,
      maatwerk.category,
      maatwerk.decidedOn,
      maatwerk.lowerRungsConsidered,
      maatwerk.alternativesOffered,
      maatwerk.reasonNoAlternativeGiven,
      event.id,
    ]);
  }
  if (cost) {
    pending.add(COST_LINES, [
      householdId,
      domain,
      cost.key,
      cost.memberId,
      cost.providerAgb ?? null,
      cost.validFrom,
      cost.validUntil ?? null,
      JSON.stringify(cost.tariff),
      event.id,
    ]);
  }
  if (declaration) {
    pending.add(DECLARATION_LINES, [
      householdId,
      event.id,
      domain,
      declaration.key,
      declaration.lineReference,
      description.memberId ?? null,
      description.providerAgb ?? null,
      declaration.periodBegin,
      declaration.periodEnd,
      declaration.amountCents,
      declaration.volume ?? null,
      declaration.eenheid ?? null,
    ]);
  }
}

/** ZRM scores and maatwerkbudget spends: household events of the regisseur, one statement each. */
export async function applyInsightHouseholdEvent(
  tx: SqlExecutor,
  householdId: string,
  event: HouseholdEvent,
): Promise<void> {
  switch (event.type) {
    case T.zrmScored: {
      const data = event.data as ZrmGescoord;
      await tx.query(
        `insert into zrm_scores (event_id, zrm_domain, household_id, member_id, scored_on, score, goal_ids)
         select $1, s.zrm_domain, $2, $3, $4, s.score, $5 from unnest($6::text[], $7::int[]) as s(zrm_domain, score)
         on conflict (event_id, zrm_domain) do nothing`,
        [
          event.id,
          householdId,
          data.memberId,
          data.scoredOn,
          [...data.goalIds],
          data.scores.map((score) => score.domain),
          data.scores.map((score) => score.score),
        ],
      );
      return;
    }
    case T.maatwerkbudgetSpent: {
      const data = event.data as MaatwerkbudgetBesteed;
      await tx.query(
        `insert into maatwerkbudget_spends (household_id, spend_id, event_id, amount_cents, spent_on, budget_year,
           purpose, prevents, member_ids, answers_entry_id, answers_goal_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         on conflict (household_id, spend_id) do update set
           event_id = excluded.event_id, amount_cents = excluded.amount_cents, spent_on = excluded.spent_on,
           budget_year = excluded.budget_year, purpose = excluded.purpose, prevents = excluded.prevents,
           member_ids = excluded.member_ids, answers_entry_id = excluded.answers_entry_id,
           answers_goal_id = excluded.answers_goal_id`,
        [
          householdId,
          data.spendId,
          event.id,
          data.amountCents,
          data.spentOn,
          data.budgetYear,
          data.purpose,
          data.prevents,
          [...data.memberIds],
          data.answersEntryId ?? null,
          data.answersGoalId ?? null,
        ],
      );
      return;
    }
    case T.maatwerkbudgetEvaluated: {
      const data = event.data as MaatwerkbudgetGeevalueerd;
      await tx.query(
        `update maatwerkbudget_spends set evaluation_result = $3, evaluated_on = $4, evaluation_note = $5,
           evaluation_event_id = $6
         where household_id = $1 and spend_id = $2`,
        [householdId, data.spendId, data.worked, data.evaluatedOn, data.note ?? null, event.id],
      );
      return;
    }
  }
}

/**
 * StatusAanlevering 3 of an entry: what it contributed to the insight tables goes. Afwegingen, decisions and cost
 * lines stay flagged (the key may be recorded again); scores and spends of the withdrawn event are removed, and a
 * withdrawn evaluation is undone. One statement.
 */
export async function withdrawInsight(tx: SqlExecutor, householdId: string, entryId: string): Promise<void> {
  await tx.query(
    `with a as (update afwegingen set withdrawn = true where household_id = $1 and event_id = $2),
       m as (update maatwerk_decisions set withdrawn = true where household_id = $1 and event_id = $2),
       c as (update cost_lines set withdrawn = true where household_id = $1 and event_id = $2),
       d as (update declaration_lines set withdrawn = true where household_id = $1 and event_id = $2),
       z as (delete from zrm_scores where household_id = $1 and event_id = $2),
       s as (delete from maatwerkbudget_spends where household_id = $1 and event_id = $2),
       e as (update maatwerkbudget_spends set evaluation_result = null, evaluated_on = null, evaluation_note = null,
               evaluation_event_id = null
             where household_id = $1 and evaluation_event_id = $2)
     select 1`,
    [householdId, entryId],
  );
}
