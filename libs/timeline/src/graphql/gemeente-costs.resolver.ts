import { Optional } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { RequiresRole, todayInNetherlands } from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { beforeAfterRegisseur } from '../costs/before-after-regisseur';
import { summariseCosts } from '../costs/cost-overview';
import { costPerMonth, type CostLineInput } from '../costs/cost-per-month';
import { declarationInput, InsightReadModel, type CostLineRow } from '../query/insight-read-model';
import type { DeclarationInput } from '../costs/declared-cost';
import { GemeenteCostOverview } from './insight.types';
import { monthRange } from './month-range';

const toInput = (row: CostLineRow): CostLineInput => ({
  domain: row.domain,
  key: `${row.household_id}\u0000${row.key}`,
  tariff: row.tariff,
  validFrom: row.valid_from,
  validUntil: row.valid_until,
  startedOn: row.gestart_op,
  stoppedOn: row.gestopt_op,
});

/**
 * The gemeente's cost overview for the functioneel beheerder: aggregates across its households, never a household
 * or a person. The auditor reads the verwerkingenlog, not care content (docs/security.md), so not this.
 */
@Resolver()
export class GemeenteCostsResolver {
  constructor(
    private readonly insight: InsightReadModel,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => GemeenteCostOverview, {
    description:
      "Expected and realised cost per month and domain across the caller's gemeente, and the average monthly cost " +
      'before/after a regisseur was assigned. functioneel_beheerder only; aggregates only.',
  })
  @RequiresRole('functioneel_beheerder')
  async gemeenteCosts(
    @CurrentActor() actor: Actor,
    @Args('from', { type: () => String }) from: string,
    @Args('to', { type: () => String }) to: string,
  ): Promise<GemeenteCostOverview> {
    const months = monthRange(from, to);
    const today = todayInNetherlands();
    const [{ lines, firstRegisseurOn }, declarationRows] = await Promise.all([
      this.insight.gemeenteCostLines(actor.gemeente!),
      this.insight.gemeenteDeclarationLines(actor.gemeente!),
    ]);
    // Aggregates name no household or person, but they are computed from care data: one line, without ids.
    await this.log?.record({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente!,
      householdId: null,
      personIds: [],
      operation: 'READ',
      action: 'gemeente.costs',
      fields: ['costs.aggregate', 'beforeAfterRegisseur'],
      basis: 'functioneel beheer: geaggregeerde kosten',
      correlationId: currentCorrelationId() ?? null,
    });
    const perHousehold = new Map<string, CostLineInput[]>();
    for (const row of lines) {
      const list = perHousehold.get(row.household_id) ?? [];
      list.push(toInput(row));
      perHousehold.set(row.household_id, list);
    }
    const declarations = new Map<string, DeclarationInput[]>();
    for (const row of declarationRows) {
      const list = declarations.get(row.household_id) ?? [];
      list.push(declarationInput(row, row.household_id));
      declarations.set(row.household_id, list);
    }
    const allDeclarations = [...declarations.values()].flat();
    const summary = summariseCosts(costPerMonth(lines.map(toInput), from, to, today, allDeclarations), months);
    const comparison = beforeAfterRegisseur(
      [...perHousehold].map(([householdId, householdLines]) => ({
        lines: householdLines,
        declarations: declarations.get(householdId) ?? [],
        firstRegisseurOn: firstRegisseurOn.get(householdId),
      })),
      from,
      to,
      today,
    );
    return {
      months: summary.months,
      expectedCents: summary.expectedCents,
      realisedCents: summary.realisedCents,
      declaredCents: summary.declaredCents,
      estimatedCents: summary.estimatedCents,
      estimated: summary.estimated,
      beforeAfterRegisseur: comparison,
    };
  }
}
