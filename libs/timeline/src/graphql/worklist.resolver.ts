import { Optional } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { DomainRegistry, RequiresRole, todayInNetherlands } from '@regie/household';
import { worklistLabels } from '../insight/worklist';
import { currentCorrelationId } from '@regie/observability';
import { DEFAULT_PAGE_SIZE, pageSize } from '../query/cursor';
import { decodeWorklistCursor, encodeWorklistCursor, InsightReadModel } from '../query/insight-read-model';
import { WorklistConnection } from './insight.types';
import type { CountedConnection } from './timeline.types';

const WORKLIST_FIELDS = [
  'householdName',
  'kind',
  'domain',
  'memberId',
  'key',
  'since',
  'dueOn',
  'daysOverdue',
  'entryId',
];

@Resolver()
export class WorklistResolver {
  constructor(
    private readonly insight: InsightReadModel,
    private readonly registry: DomainRegistry,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => WorklistConnection, {
    description:
      "The calling regisseur's worklist across the households they coordinate: Wgs signals and Wmo meldingen past " +
      'their term, toewijzingen waiting over the norm, maatwerk without afweging. Most overdue first.',
  })
  @RequiresRole('regisseur')
  async signals(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<WorklistConnection> {
    const size = pageSize(first);
    const cursor = after ? decodeWorklistCursor(after) : undefined;
    const page = await this.insight.worklist(actor.userId, actor.gemeente!, todayInNetherlands(), size, cursor);
    // One line per household on the page, as `myHouseholds` does: the regisseur read these households' items.
    const households = [...new Map(page.rows.map((row) => [row.household_id, row])).values()];
    await this.log?.recordMany(
      households.map((row) => ({
        userId: actor.userId,
        userName: actor.name,
        role: actor.role,
        gemeente: actor.gemeente!,
        householdId: row.household_id,
        personIds: [
          ...new Set(
            page.rows
              .filter((item) => item.household_id === row.household_id && item.member_id)
              .map((item) => item.member_id!),
          ),
        ],
        operation: 'READ' as const,
        action: 'household.signals',
        fields: WORKLIST_FIELDS,
        basis: 'regisseur van het huishouden',
        correlationId: currentCorrelationId() ?? null,
      })),
    );
    const labels = worklistLabels(this.registry.all);
    const edges = page.rows.map((row) => ({
      cursor: encodeWorklistCursor(row),
      node: {
        householdId: row.household_id,
        householdName: row.household_name,
        kind: row.kind,
        label: labels[row.kind] ?? row.kind,
        domain: row.domain,
        memberId: row.member_id,
        key: row.key,
        since: row.since,
        dueOn: row.due_on,
        daysOverdue: row.days_overdue,
        entryId: row.entry_id,
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: page.countTotal,
    };
  }
}

@Resolver(() => WorklistConnection)
export class WorklistConnectionResolver {
  @ResolveField(() => Int, { description: 'All items of the worklist; costs a count query.' })
  totalCount(@Parent() connection: CountedConnection): Promise<number> {
    return connection.countTotal();
  }
}
