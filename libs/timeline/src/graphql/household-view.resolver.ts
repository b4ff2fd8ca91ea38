import { Args, Context, ID, Info, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import type { WithWritesBeforeAnswer } from '@regie/audit';
import { FORBIDDEN_MESSAGE, grantCovers, todayInNetherlands, type ReadGrant } from '@regie/household';
import { HouseholdReadAccess } from '../access/household-read-access';
import { GraphQLError, Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { DEFAULT_PAGE_SIZE, pageSize } from '../query/cursor';
import { TimelineReadModel } from '../query/timeline-read-model';
import { toEpisode, toTimelineEntry } from './mappers';
import {
  HouseholdAddress,
  HouseholdMember,
  HouseholdPlan,
  HouseholdProviderView,
  HouseholdView,
  RegisseurHandover,
  SharingBasisView,
  TimelineConnection,
  TimelineFilter,
  type PlanGoal,
  type PlanGoalVersion,
} from './timeline.types';

/** The field names of a selection, through its fragments (named and inline) however deep they nest. */
function fieldNames(
  selections: readonly SelectionNode[],
  info: GraphQLResolveInfo,
  seen = new Set<string>(),
): string[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldNames(selection.selectionSet.selections, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fieldNames(fragment.selectionSet.selections, info, seen);
  });
}

/** The fields of the household a query selects (for the verwerkingenlog: what was read), fragments included. */
export function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = info.fieldNodes.flatMap((node) => fieldNames(node.selectionSet?.selections ?? [], info));
  return [...new Set(names)].filter((name) => !name.startsWith('__'));
}

/** Plan, legal bases, providers and timeline are care content: not for a read at the administrative level. */
function careOnly(household: HouseholdView): ReadGrant {
  if (household.grant.level !== 'care') {
    throw new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
  }
  return household.grant;
}

/**
 * `household(id)`: the caller's grant is decided once, by HouseholdReadAccess, and every nested field filters by
 * it. Each nested field is one query for the household (or two), never one per row.
 */
@Resolver(() => HouseholdView)
export class HouseholdViewResolver {
  constructor(
    private readonly readModel: TimelineReadModel,
    private readonly access: HouseholdReadAccess,
  ) {}

  @Query(() => HouseholdView, {
    description: 'A household as the caller may see it. FORBIDDEN when they may not (or it does not exist).',
  })
  async household(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
    @Args('emergencyReason', {
      type: () => String,
      nullable: true,
      description: 'Noodprocedure (break the glass): why you must see this household now. Logged and flagged.',
    })
    emergencyReason?: string | null,
    @Info() info?: GraphQLResolveInfo,
    @Context() context?: WithWritesBeforeAnswer,
  ): Promise<HouseholdView> {
    const { grant, household: row } = await this.access.grantWithHousehold(actor, id, {
      action: 'household.read',
      fields: info ? selectedFields(info) : [],
      emergencyReason,
      writesBeforeAnswer: context?.writesBeforeAnswer,
    });
    return {
      grant,
      emergencyAccess: grant.emergencyReason !== undefined,
      careAccess: grant.level === 'care',
      id: row.id,
      name: row.name,
      gemeente: row.gemeente,
      closed: row.closed,
      lastActivity: row.last_activity,
      regisseur: row.regisseur_user_id
        ? { userId: row.regisseur_user_id, name: row.regisseur_name ?? '', since: row.regisseur_since }
        : null,
    };
  }

  @ResolveField(() => [HouseholdMember])
  async members(@Parent() household: HouseholdView): Promise<HouseholdMember[]> {
    const rows = await this.readModel.members(household.id);
    return rows.map((row) => ({
      id: row.member_id,
      name: row.name,
      birthDate: row.birth_date,
      relation: row.relation,
    }));
  }

  @ResolveField(() => HouseholdAddress, {
    nullable: true,
    description: 'The woonadres, registration data like the members; null when not recorded (or erased).',
  })
  async address(@Parent() household: HouseholdView): Promise<HouseholdAddress | null> {
    return (await this.readModel.address(household.id)) ?? null;
  }

  @ResolveField(() => [RegisseurHandover], { description: 'Every assignment, handover and release, oldest first.' })
  async regisseurHistory(@Parent() household: HouseholdView): Promise<RegisseurHandover[]> {
    const rows = await this.readModel.handovers(household.id);
    return rows.map((row) => ({
      from: row.from_user_id ? { userId: row.from_user_id, name: row.from_name ?? '' } : null,
      to: row.to_user_id ? { userId: row.to_user_id, name: row.to_name ?? '' } : null,
      reason: row.reason,
      at: row.occurred_at,
    }));
  }

  @ResolveField(() => HouseholdPlan)
  async plan(@Parent() household: HouseholdView): Promise<HouseholdPlan> {
    careOnly(household);
    const [{ versions, evaluations }, agreements] = await Promise.all([
      this.readModel.goals(household.id),
      this.readModel.agreements(household.id),
    ]);
    const goals = new Map<string, PlanGoal>();
    for (const row of versions) {
      const version: PlanGoalVersion = {
        version: row.version,
        title: row.title,
        description: row.description,
        domains: row.domains,
        memberIds: row.member_ids,
        targetDate: row.target_date,
        revisionReason: row.revision_reason,
        setAt: row.set_at,
      };
      const goal = goals.get(row.goal_id);
      if (!goal) {
        goals.set(row.goal_id, {
          id: row.goal_id,
          current: version,
          status: 'OPEN',
          evaluations: [],
          versions: [version],
        });
      } else {
        goal.versions.push(version);
        if (version.version > goal.current.version) goal.current = version;
      }
    }
    for (const goal of goals.values()) goal.versions.sort((a, b) => a.version - b.version);
    for (const row of evaluations) {
      const goal = goals.get(row.goal_id);
      if (!goal) continue;
      goal.evaluations.push({
        outcome: row.outcome,
        evaluatedOn: row.evaluated_on,
        recordedAt: row.recorded_at,
        note: row.note,
      });
      goal.status = row.outcome;
    }
    return {
      goals: [...goals.values()],
      agreements: agreements.map((row) => ({
        id: row.agreement_id,
        goalId: row.goal_id,
        description: row.description,
        party: row.party,
        partyName: row.party_name,
        provider: row.provider_agb
          ? { agbCode: row.provider_agb, name: row.provider_name ?? `AGB ${row.provider_agb}` }
          : null,
        domain: row.domain,
        memberIds: row.member_ids,
        recordedAt: row.recorded_at,
        dueOn: row.due_on,
      })),
    };
  }

  @ResolveField(() => [SharingBasisView], { description: 'Recorded legal bases per domain.' })
  async sharingBases(@Parent() household: HouseholdView): Promise<SharingBasisView[]> {
    careOnly(household);
    const today = todayInNetherlands();
    const rows = await this.readModel.sharingBases(household.id);
    return rows.map((row) => ({
      id: row.basis_id,
      domain: row.domain,
      grondslag: row.grondslag,
      wettelijkeBepaling: row.wettelijke_bepaling,
      toestemmingVastgelegdOp: row.toestemming_vastgelegd_op,
      memberIds: row.member_ids,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      endedOn: row.ended_on,
      endedReason: row.ended_reason,
      currentlyValid:
        row.valid_from <= today && today <= row.valid_until && (row.ended_on === null || row.ended_on > today),
    }));
  }

  @ResolveField(() => [HouseholdProviderView], { description: 'Every provider ever involved with the household.' })
  async providers(@Parent() household: HouseholdView): Promise<HouseholdProviderView[]> {
    const grant = careOnly(household);
    const today = todayInNetherlands();
    const norms = this.readModel.waitingNorms();
    const { providers, episodes: all } = await this.readModel.providers(household.id);
    const episodes = all.filter((episode) => grantCovers(grant, episode.domain, episode.member_id));
    // A provider is listed when the caller may see a domain it works in for the whole household, or one of its
    // active toewijzingen; otherwise even its name would tell which help the household gets.
    const visible = providers.filter(
      (row) =>
        row.domains.some((domain) => grantCovers(grant, domain, null)) ||
        episodes.some((episode) => episode.provider_agb === row.agb_code),
    );
    return visible.map((row) => ({
      agbCode: row.agb_code,
      name: row.name ?? `AGB ${row.agb_code}`,
      domains: row.domains.filter((domain) => grant.domains.some((granted) => granted.domain === domain)),
      firstActivity: row.first_activity,
      lastActivity: row.last_activity,
      active: episodes
        .filter((episode) => episode.provider_agb === row.agb_code)
        .map((e) => toEpisode(e, today, norms[e.domain])),
    }));
  }

  @ResolveField(() => TimelineConnection, {
    description: 'Newest first (occurredAt, then global position). first: default 50, at most 200.',
  })
  async timeline(
    @Parent() household: HouseholdView,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => TimelineFilter, nullable: true }) filter?: TimelineFilter | null,
  ): Promise<TimelineConnection> {
    const grant = careOnly(household);
    const size = pageSize(first);
    if (filter?.from && filter.to && filter.from > filter.to) {
      throw new GraphQLError('filter.from ligt na filter.to', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const page = await this.readModel.timeline(household.id, grant.domains, size, after, filter ?? {});
    const edges = page.rows.map(({ row, cursor }) => ({ cursor, node: toTimelineEntry(row, grant.noteDomains) }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      countTotal: page.countTotal,
    };
  }
}
