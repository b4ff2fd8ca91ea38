import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { FORBIDDEN_MESSAGE, grantCovers, LADDER_RUNGS, todayInNetherlands, type ReadGrant } from '@regie/household';
import { GraphQLError } from 'graphql';
import { costPerMonth } from '../costs/cost-per-month';
import { summariseCosts } from '../costs/cost-overview';
import { zrmTrend } from '../insight/zrm-trend';
import { declarationInput, InsightReadModel } from '../query/insight-read-model';
import { AfwegingView, CostOverview, MaatwerkbudgetView, MaatwerkDecisionView, ZrmSeries } from './insight.types';
import { monthRange } from './month-range';
import { HouseholdView } from './timeline.types';

/** Insight is care content, like the plan: not for a read at the administrative level. */
function careOnly(household: HouseholdView): ReadGrant {
  if (household.grant.level !== 'care') {
    throw new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
  }
  return household.grant;
}

const memberRef = (id: string, name: string | null) => ({ id, name });

/**
 * What makes a regisseur effective, per household: the ladder, maatwerk decisions, costs, ZRM and the
 * maatwerkbudget. Domain rows only for what the reader's grant covers; household-level rows (ZRM, spends) for
 * whoever may see the plan. One query per field per household.
 */
@Resolver(() => HouseholdView)
export class HouseholdInsightResolver {
  constructor(private readonly insight: InsightReadModel) {}

  @ResolveField(() => [AfwegingView], { description: 'Afwegingen (ladder) per request, oldest first.' })
  async afwegingen(@Parent() household: HouseholdView): Promise<AfwegingView[]> {
    const grant = careOnly(household);
    const rows = await this.insight.afwegingen(household.id);
    return rows
      .filter((row) => grantCovers(grant, row.domain, row.member_id))
      .map((row) => {
        const rungs = LADDER_RUNGS.map((rung) => ({
          rung,
          considered: row.rungs[rung]?.considered === true,
          sufficient: row.rungs[rung]?.sufficient ?? null,
        }));
        return {
          id: row.key,
          domain: row.domain,
          member: memberRef(row.member_id, row.member_name),
          requestKey: row.request_key,
          assessedOn: row.assessed_on,
          rungs,
          lowerRungsConsidered: rungs.every((rung) => rung.considered),
          outcome: row.outcome,
          voorzieningId: row.voorziening_id,
        };
      });
  }

  @ResolveField(() => [MaatwerkDecisionView], { description: 'Maatwerk decisions, oldest first.' })
  async maatwerkDecisions(@Parent() household: HouseholdView): Promise<MaatwerkDecisionView[]> {
    const grant = careOnly(household);
    const rows = await this.insight.maatwerkDecisions(household.id);
    return rows
      .filter((row) => grantCovers(grant, row.domain, row.member_id))
      .map((row) => ({
        id: row.key,
        domain: row.domain,
        member: memberRef(row.member_id, row.member_name),
        category: row.category,
        decidedOn: row.decided_on,
        lowerRungsConsidered: row.lower_rungs_considered,
        alternativesOffered: row.alternatives_offered,
        reasonGiven: row.reason_given,
        withoutLadder: !row.lower_rungs_considered,
      }));
  }

  @ResolveField(() => CostOverview, {
    description:
      'Expected and realised cost per month (YYYY-MM, inclusive) and domain; realised from declaraties (323) where ' +
      'they exist, else estimated from start and stop of care. Only domains you may see.',
  })
  async costs(
    @Parent() household: HouseholdView,
    @Args('from', { type: () => String }) from: string,
    @Args('to', { type: () => String }) to: string,
  ): Promise<CostOverview> {
    const grant = careOnly(household);
    const months = monthRange(from, to);
    const [rows, declarationRows] = await Promise.all([
      this.insight.costLines(household.id),
      this.insight.declarationLines(household.id),
    ]);
    const lines = rows
      .filter((row) => grantCovers(grant, row.domain, row.member_id))
      .map((row) => ({
        domain: row.domain,
        key: row.key,
        tariff: row.tariff,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
        startedOn: row.gestart_op,
        stoppedOn: row.gestopt_op,
      }));
    const declarations = declarationRows
      .filter((row) => grantCovers(grant, row.domain, row.member_id))
      .map((row) => declarationInput(row));
    return summariseCosts(costPerMonth(lines, from, to, todayInNetherlands(), declarations), months);
  }

  @ResolveField(() => [ZrmSeries], { description: 'Zelfredzaamheid-Matrix scores per member and ZRM domain.' })
  async zrm(@Parent() household: HouseholdView): Promise<ZrmSeries[]> {
    careOnly(household);
    const rows = await this.insight.zrmScores(household.id);
    const series = new Map<string, ZrmSeries>();
    for (const row of rows) {
      const key = `${row.member_id}\u0000${row.zrm_domain}`;
      const known = series.get(key) ?? {
        member: memberRef(row.member_id, row.member_name),
        zrmDomain: row.zrm_domain,
        points: [],
        change: 0,
        direction: 'GELIJK',
      };
      known.points.push({ scoredOn: row.scored_on, score: row.score, goalIds: row.goal_ids });
      series.set(key, known);
    }
    return [...series.values()].map((one) => ({ ...one, ...zrmTrend(one.points) }));
  }

  @ResolveField(() => MaatwerkbudgetView, { description: 'Maatwerkbudget spends with their evaluation.' })
  async maatwerkbudget(@Parent() household: HouseholdView): Promise<MaatwerkbudgetView> {
    careOnly(household);
    const rows = await this.insight.spends(household.id);
    const perYear = new Map<number, number>();
    const spends = rows.map((row) => {
      const amountCents = Number(row.amount_cents);
      perYear.set(row.budget_year, (perYear.get(row.budget_year) ?? 0) + amountCents);
      return {
        id: row.spend_id,
        amountCents,
        spentOn: row.spent_on,
        budgetYear: row.budget_year,
        purpose: row.purpose,
        prevents: row.prevents,
        memberIds: row.member_ids,
        answersEntryId: row.answers_entry_id,
        answersGoalId: row.answers_goal_id,
        evaluation:
          row.evaluation_result && row.evaluated_on
            ? { worked: row.evaluation_result, evaluatedOn: row.evaluated_on, note: row.evaluation_note }
            : null,
      };
    });
    const totalsPerYear = [...perYear].sort(([a], [b]) => a - b).map(([year, spentCents]) => ({ year, spentCents }));
    return { spends, totalsPerYear };
  }
}
