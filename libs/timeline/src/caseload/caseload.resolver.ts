import { Optional } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { RequiresRole } from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { DEFAULT_PAGE_SIZE, pageSize } from '../query/cursor';
import { CaseloadReadModel } from './caseload-read-model';
import { CaseloadConnection, RegisseurWorkload } from './caseload.types';

/**
 * The functioneel beheerder's list of regisseurs and their households, to hand households over (assignRegisseur
 * with expectedRegisseurUserId). Administrative data of the own gemeente only, as the beheerder reads a household.
 */
@Resolver()
@RequiresRole('functioneel_beheerder')
export class CaseloadResolver {
  constructor(
    private readonly caseloads: CaseloadReadModel,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => [RegisseurWorkload], {
    description:
      'Functioneel beheerder: the regisseurs of the own gemeente with open households, by name, and how many each ' +
      'coordinates. Counts only: no household is named.',
  })
  async regisseurs(@CurrentActor() actor: Actor): Promise<RegisseurWorkload[]> {
    const rows = await this.caseloads.regisseurs(actor.gemeente!);
    return rows.map((row) => ({ userId: row.user_id, name: row.name, openHouseholds: row.open_households }));
  }

  @Query(() => CaseloadConnection, {
    description:
      'Functioneel beheerder: the open households of the own gemeente this regisseur coordinates, most recently ' +
      'active first (name and dates, no care content). Each listed household is a line in the verwerkingenlog.',
  })
  async regisseurCaseload(
    @CurrentActor() actor: Actor,
    @Args('regisseurUserId', { type: () => ID }) regisseurUserId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CaseloadConnection> {
    const page = await this.caseloads.households(regisseurUserId, actor.gemeente!, pageSize(first), after);
    await this.log?.recordMany(
      page.rows.map(({ row }) => ({
        userId: actor.userId,
        userName: actor.name,
        role: actor.role,
        gemeente: actor.gemeente!,
        householdId: row.id,
        operation: 'READ' as const,
        action: 'household.caseload',
        fields: ['name', 'regisseur', 'lastActivity'],
        basis: 'functioneel beheer: regisseur overdragen',
        correlationId: currentCorrelationId() ?? null,
      })),
    );
    const edges = page.rows.map(({ row, cursor }) => ({
      cursor,
      node: { id: row.id, name: row.name, regisseurSince: row.regisseur_since, lastActivity: row.last_activity },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: page.countTotal,
    };
  }
}

@Resolver(() => CaseloadConnection)
export class CaseloadConnectionResolver {
  @ResolveField(() => Int, {
    description: 'All open households of this regisseur; a count query, select it when needed.',
  })
  totalCount(@Parent() connection: CaseloadConnection): Promise<number> {
    return connection.countTotal();
  }
}
