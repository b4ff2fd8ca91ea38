import { Optional } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ProcessingLog } from '@regie/audit';
import { currentCorrelationId } from '@regie/observability';
import { CurrentActor, type Actor } from '@regie/access';
import { RequiresRole } from '@regie/household';
import { DEFAULT_PAGE_SIZE, pageSize } from '../query/cursor';
import { TimelineReadModel } from '../query/timeline-read-model';
import { MyHouseholdConnection } from './timeline.types';

@Resolver()
export class MyHouseholdsResolver {
  constructor(
    private readonly readModel: TimelineReadModel,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => MyHouseholdConnection, {
    description: 'Households the caller is the current regisseur of, most recently active first (one query per page).',
  })
  @RequiresRole('regisseur')
  async myHouseholds(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<MyHouseholdConnection> {
    const page = await this.readModel.householdsOfRegisseur(actor.userId, actor.gemeente!, pageSize(first), after);
    await this.log?.recordMany(
      page.rows.map(({ row }) => ({
        userId: actor.userId,
        userName: actor.name,
        role: actor.role,
        gemeente: actor.gemeente!,
        householdId: row.id,
        operation: 'READ' as const,
        action: 'household.list',
        fields: [
          'name',
          'lastActivity',
          'activeProviders',
          'openSignals',
          'overdueWaits',
          'overdueSignals',
          'overdueOnderzoeken',
          'maatwerkWithoutLadder',
          'overdueSignalsByKind',
        ],
        basis: 'regisseur van het huishouden',
        correlationId: currentCorrelationId() ?? null,
      })),
    );
    const labels = this.readModel.worklistLabels();
    const edges = page.rows.map(({ row, cursor }) => ({
      cursor,
      node: {
        id: row.id,
        name: row.name,
        lastActivity: row.last_activity,
        activeProviders: row.active_providers,
        openSignals: row.open_signals,
        overdueWaits: row.overdue_waits,
        overdueSignals: row.overdue_signals,
        overdueOnderzoeken: row.overdue_onderzoeken,
        maatwerkWithoutLadder: row.maatwerk_without_ladder,
        overdueSignalsByKind: Object.entries(row.overdue_by_kind)
          .map(([kind, count]) => ({ kind, label: labels[kind] ?? kind, count }))
          .sort((a, b) => a.kind.localeCompare(b.kind)),
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: page.countTotal,
    };
  }
}
