import {
  householdIdOfStream,
  HOUSEHOLD_DOMAIN,
  HouseholdEventType as T,
  PROVIDER_REGISTERED,
  correctionFactsOf,
  isReadableAddress,
  type AddressRecorded,
  type AfwegingVastgelegd,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdEvent,
  type HouseholdRegistered,
  type MemberAdded,
  type MemberData,
  type MemberRemoved,
  type PersonErased,
  type PersonRef,
  type PlanAgreementRecorded,
  type PlanGoalEvaluated,
  type PlanGoalSet,
  type ProviderRecord,
  type RegieEventMetadata,
  type RegisseurAssigned,
  type RegisseurReleased,
  type RetentionExpired,
  type SharingBasisEnded,
  type SharingBasisRecorded,
  type TimelineDescription,
} from '@regie/household';
import type { RecordedEvent } from '@regie/event-store';
import { describeHouseholdEvent } from './describe-household';
import { purgeExpired, purgePerson } from './erasure';
import { changesCost, correctCost } from './correct-cost';
import { recomputeEpisode, type EpisodeEntry } from './episode-history';
import { applyInsightFacts, applyInsightHouseholdEvent, withdrawInsight } from './project-insight';
import { providerKey, type ProjectionContext } from './projection-context';

/** One open signal per (household, domain, key); withdrawing the entry that opened it closes it. */
export type ProjectedDescription = TimelineDescription;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** occurredAt is an ISO timestamp or a LocalDate (midnight UTC); stored with millisecond precision. */
/** The business date (YYYY-MM-DD) the event happened on, when it was recorded with a date rather than an instant. */
export function occurredOnOf(event: RecordedEvent): string | null {
  const raw = (event.metadata as Partial<RegieEventMetadata>).occurredAt;
  return typeof raw === 'string' && DAY.test(raw) ? raw : null;
}

export function occurredAtOf(event: RecordedEvent): Date {
  const raw = (event.metadata as Partial<RegieEventMetadata>).occurredAt;
  if (typeof raw === 'string') {
    const parsed = new Date(DAY.test(raw) ? `${raw}T00:00:00.000Z` : raw);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  return event.recordedAt;
}

/**
 * A household afweging is the data of the domain whose request it answers (its ladder, for its member): its line
 * and rows belong to that domain, so only readers of that domain see them.
 */
function entryDomainOf(event: RecordedEvent, domain: string): string {
  if (event.type !== T.afwegingRecorded) return domain;
  return (event.data as Partial<AfwegingVastgelegd>).domain ?? domain;
}

export function householdIdOf(event: RecordedEvent): string | undefined {
  const fromMetadata = (event.metadata as Partial<RegieEventMetadata>).householdId;
  if (typeof fromMetadata === 'string' && fromMetadata) return fromMetadata;
  return householdIdOfStream(event.streamId);
}

/** The gemeente of a provider registration's register. */
function providerGemeente(event: RecordedEvent): string {
  const provider = event.data as ProviderRecord;
  // Registrations from before the register was per gemeente belong to the registering beheerder's gemeente.
  return provider.gemeente ?? (event.metadata as Partial<RegieEventMetadata>).actor?.gemeente ?? '';
}

/** A provider registration's cache key and name (`providerKey`), for a projector that does not write the register. */
export function registeredProvider(event: RecordedEvent): { key: string; name: string } | undefined {
  if (event.type !== PROVIDER_REGISTERED) return undefined;
  const provider = event.data as ProviderRecord;
  return { key: providerKey(providerGemeente(event), provider.agbCode), name: provider.name };
}

/**
 * The household an event is projected for, or undefined for the events not of one household (provider
 * registrations: the gemeente's register). A partitioned rebuild splits the store by this.
 */
export function partitionKeyOf(event: RecordedEvent): string | undefined {
  return event.type === PROVIDER_REGISTERED ? undefined : householdIdOf(event);
}

export interface ProjectedEntry {
  readonly householdId: string;
  readonly eventId: string;
}

/**
 * Applies one event to the read model inside `ctx.tx`. Every write is an idempotent upsert keyed by the event
 * (or by the natural key it sets), so projecting the same events again leaves the same tables.
 * Returns the timeline entry written, if any.
 */
export async function projectEvent(ctx: ProjectionContext, event: RecordedEvent): Promise<ProjectedEntry | undefined> {
  const { tx } = ctx;
  if (event.type === PROVIDER_REGISTERED) {
    const provider = event.data as ProviderRecord;
    const gemeente = providerGemeente(event);
    await tx.query(
      `insert into providers (gemeente, agb_code, name, domains) values ($1, $2, $3, $4)
       on conflict (gemeente, agb_code) do update set name = excluded.name, domains = excluded.domains`,
      [gemeente, provider.agbCode, provider.name, [...provider.domains]],
    );
    ctx.newProviders.set(providerKey(gemeente, provider.agbCode), provider.name);
    return undefined;
  }
  const householdId = householdIdOf(event);
  if (!householdId) return undefined;

  const metadata = event.metadata as Partial<RegieEventMetadata>;
  const householdEvent: HouseholdEvent = {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: metadata as RegieEventMetadata,
  };
  const occurredAt = occurredAtOf(event);
  // The write side computed the domain once and stamped it; only an event without the stamp is classified here.
  const domain = entryDomainOf(event, metadata.domain ?? ctx.registry.domainOf(event));
  const members = await ctx.loadMembers(householdId);

  ctx.touchHousehold(householdId, event.recordedAt);
  if (event.type.startsWith('household.')) {
    await applyHouseholdFacts(ctx, householdId, householdEvent, event, occurredAt, members);
  }

  let goalTitle: string | undefined;
  if (event.type === T.planGoalEvaluated) {
    const { rows } = await tx.query<{ title: string }>(
      'select title from goals where household_id = $1 and goal_id = $2 order by version desc limit 1',
      [householdId, (event.data as PlanGoalEvaluated).goalId],
    );
    goalTitle = rows[0]?.title;
  }
  const names = {
    member: (id: string) => members.get(id),
    provider: (agb: string) => ctx.providerName(metadata.actor?.gemeente, agb),
    goal: () => goalTitle,
    domainLabel: (code: string) => ctx.registry.byCode(code)?.label,
  };
  const description = describe(ctx, householdEvent, domain, names);
  const actor = metadata.actor;
  let refersTo: string | undefined;
  if (event.type === T.entryCorrected || event.type === T.entryWithdrawn) {
    refersTo = (event.data as EntryCorrected | EntryWithdrawn).entryId;
  }

  ctx.queueEntry({
    event_id: event.id,
    household_id: householdId,
    global_position: event.position.toString(),
    domain,
    type: event.type,
    occurred_at: occurredAt.toISOString(),
    occurred_on: occurredOnOf(event),
    recorded_at: event.recordedAt.toISOString(),
    summary: description.summary,
    member_id: description.memberId ?? null,
    provider_agb: description.providerAgb ?? null,
    category: description.category ?? null,
    status: description.status ?? null,
    note: description.note ?? null,
    episode_key: description.episode?.key ?? null,
    episode_step: description.episode?.step ?? null,
    signal_key: description.signal?.key ?? null,
    signal_open: description.signal?.open ?? null,
    refers_to: refersTo ?? null,
    recorded_by_user_id: actor?.userId ?? null,
    recorded_by_name: actor?.name ?? null,
    recorded_by_role: actor?.role ?? null,
  });

  if (refersTo) {
    await ctx.flushEntries();
    // A correction or withdrawal concerns the same person and provider as its entry: filters must find it too.
    await tx.query(
      `update timeline_entries t set member_id = o.member_id, provider_agb = o.provider_agb, category = o.category
       from timeline_entries o where t.event_id = $1 and o.event_id = $2`,
      [event.id, refersTo],
    );
  }
  if (event.type === T.entryCorrected) {
    await tx.query(
      `update timeline_entries set corrected_by = corrected_by || array[$2::text]
       where event_id = $1 and not ($2 = any(corrected_by))`,
      [refersTo, event.id],
    );
    const { changes } = event.data as EntryCorrected;
    await correctEpisodeDates(ctx, householdId, event, refersTo!, changes);
    if (changesCost(correctionFactsOf(ctx.registry.all, domain), changes)) {
      await correctCost(ctx, householdId, domain, event, refersTo!, names);
    }
  }
  if (event.type === T.entryWithdrawn) {
    await withdraw(ctx, householdId, refersTo!, event);
    await withdrawInsight(tx, householdId, refersTo!);
  }
  if (description.ladder || description.maatwerk || description.cost || description.declaration) {
    applyInsightFacts(ctx.insight, householdId, domain, householdEvent, description);
  }
  if (description.episode) {
    ctx.pending.episode(householdId, domain, description.episode, description.memberId, description.providerAgb);
  }
  if (description.signal) {
    ctx.pending.signal(householdId, domain, description.signal, event.id, occurredAt, description.memberId);
  }
  if (description.providerAgb) {
    const providerDomain =
      event.type === T.planAgreementRecorded ? ((event.data as PlanAgreementRecorded).domain ?? domain) : domain;
    ctx.touchProvider(householdId, description.providerAgb, providerDomain, occurredAt);
  }
  return { householdId, eventId: event.id };
}

function describe(
  ctx: ProjectionContext,
  event: HouseholdEvent,
  domain: string,
  names: Parameters<typeof describeHouseholdEvent>[1],
): ProjectedDescription {
  const own = event.type.startsWith('household.') ? describeHouseholdEvent(event, names) : undefined;
  const isReference = event.type === T.entryCorrected || event.type === T.entryWithdrawn;
  if (own && !isReference) return own;
  // Domain events, and corrections of a domain's entry: the domain knows what they mean (a corrected date is
  // returned as an episode fact). A domain that does not know the event, or is not registered, gets a plain line.
  const module = domain === HOUSEHOLD_DOMAIN ? undefined : ctx.registry.byCode(domain);
  if (module) {
    try {
      // A correction's line is the household's ("Correctie van een eerdere registratie", the reason as note).
      if (isReference) return own!;
      const described = module.describe(event, names) as ProjectedDescription;
      if (described?.summary) return described;
    } catch {
      // fall through to the generic line
    }
  }
  return own ?? { summary: event.type };
}

async function applyHouseholdFacts(
  ctx: ProjectionContext,
  householdId: string,
  event: HouseholdEvent,
  recorded: RecordedEvent,
  occurredAt: Date,
  members: Map<string, string>,
): Promise<void> {
  const { tx } = ctx;
  const upsertMember = (member: MemberData) => {
    ctx.memberRows.upsert(householdId, member);
    members.set(member.memberId, member.name);
  };
  switch (event.type) {
    case T.registered: {
      const data = event.data as HouseholdRegistered;
      ctx.households.registered(householdId, data.gemeente, data.name, occurredAt);
      data.members.forEach(upsertMember);
      if (data.address !== undefined) {
        ctx.households.setAddress(householdId, isReadableAddress(data.address) ? data.address : null, occurredAt);
      }
      return;
    }
    case T.addressRecorded: {
      const { address } = event.data as AddressRecorded;
      return ctx.households.setAddress(householdId, isReadableAddress(address) ? address : null, occurredAt);
    }
    case T.memberAdded:
      return upsertMember((event.data as MemberAdded).member);
    case T.memberRemoved:
      return ctx.memberRows.remove(householdId, (event.data as MemberRemoved).memberId);
    case T.regisseurAssigned: {
      const data = event.data as RegisseurAssigned;
      const from = data.previous ?? (await ctx.households.regisseurOf(tx, householdId));
      return ctx.households.handover(handover(householdId, recorded, occurredAt, from, data.regisseur, data.reason));
    }
    case T.regisseurReleased: {
      const data = event.data as RegisseurReleased;
      return ctx.households.handover(
        handover(householdId, recorded, occurredAt, data.regisseur, undefined, data.reason),
      );
    }
    case T.planGoalSet: {
      const goal = event.data as PlanGoalSet;
      await tx.query(
        `insert into goals (household_id, goal_id, version, event_id, title, description, domains, member_ids,
           target_date, revision_reason, set_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         on conflict (household_id, goal_id, version) do nothing`,
        [
          householdId,
          goal.goalId,
          goal.version,
          event.id,
          goal.title,
          goal.description ?? null,
          [...goal.domains],
          [...goal.memberIds],
          goal.targetDate ?? null,
          goal.revisionReason ?? null,
          occurredAt,
        ],
      );
      return;
    }
    case T.planGoalEvaluated: {
      const evaluation = event.data as PlanGoalEvaluated;
      await tx.query(
        `insert into goal_evaluations (event_id, household_id, goal_id, global_position, outcome, evaluated_on, note)
         values ($1, $2, $3, $4, $5, $6, $7) on conflict (event_id) do nothing`,
        [
          event.id,
          householdId,
          evaluation.goalId,
          recorded.position.toString(),
          evaluation.outcome,
          evaluation.evaluatedOn,
          evaluation.note ?? null,
        ],
      );
      return;
    }
    case T.planAgreementRecorded: {
      const agreement = event.data as PlanAgreementRecorded;
      await tx.query(
        `insert into agreements (household_id, agreement_id, event_id, goal_id, description, party, party_name,
           provider_agb, domain, member_ids, recorded_at, due_on)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (household_id, agreement_id) do update set
           event_id = excluded.event_id, goal_id = excluded.goal_id, description = excluded.description,
           party = excluded.party, party_name = excluded.party_name, provider_agb = excluded.provider_agb,
           domain = excluded.domain, member_ids = excluded.member_ids, recorded_at = excluded.recorded_at,
           due_on = excluded.due_on`,
        [
          householdId,
          agreement.agreementId,
          event.id,
          agreement.goalId ?? null,
          agreement.description,
          agreement.party,
          agreement.partyName ?? null,
          agreement.providerAgb ?? null,
          agreement.domain ?? null,
          [...agreement.memberIds],
          occurredAt,
          agreement.dueOn ?? null,
        ],
      );
      return;
    }
    case T.sharingBasisRecorded:
      return ctx.memberRows.recordBasis(householdId, event.data as SharingBasisRecorded);
    case T.sharingBasisEnded:
      return ctx.memberRows.endBasis(householdId, event.data as SharingBasisEnded);
    case T.closed:
      return ctx.households.setClosed(householdId, true);
    case T.reopened:
      return ctx.households.setClosed(householdId, false);
    case T.zrmScored:
    case T.maatwerkbudgetSpent:
    case T.maatwerkbudgetEvaluated:
      return applyInsightHouseholdEvent(tx, householdId, event);
    case T.personErased:
      return purgePerson(ctx, householdId, (event.data as PersonErased).memberId, members);
    case T.retentionExpired:
      return purgeExpired(ctx, householdId, event.data as RetentionExpired, members, ctx.registry);
  }
}

const handover = (
  householdId: string,
  event: RecordedEvent,
  occurredAt: Date,
  from: PersonRef | undefined,
  to: PersonRef | undefined,
  reason: string,
) => ({ eventId: event.id, householdId, position: event.position.toString(), from, to, reason, occurredAt });

/**
 * Reads ahead what the batch's events will ask for, one query each: the member names of households not in the
 * cache, and the stored regisseur of households whose regisseur changes without the event naming the previous one.
 */
export async function prepareBatch(ctx: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
  const households = new Set<string>();
  const handedOver = new Set<string>();
  for (const event of events) {
    const householdId = event.type === PROVIDER_REGISTERED ? undefined : householdIdOf(event);
    if (!householdId) continue;
    // Its stream begins in this batch: it has no members stored yet, so there is nothing to read.
    if (event.type === T.registered && event.revision === 0n && !households.has(householdId)) {
      ctx.startMembers(householdId);
    }
    households.add(householdId);
    if (event.type === T.regisseurAssigned && !(event.data as Partial<RegisseurAssigned>).previous) {
      handedOver.add(householdId);
    }
  }
  await Promise.all([ctx.preloadMembers(households), ctx.households.preloadRegisseurs(ctx.tx, [...handedOver])]);
}

/**
 * A correction (StatusAanlevering 2) of a field that holds an episode step's dates (the domain's `correctionFacts`)
 * works the episode's dates out again, so wachttijd and what runs follow the corrected record.
 */
async function correctEpisodeDates(
  ctx: ProjectionContext,
  householdId: string,
  correction: RecordedEvent,
  entryId: string,
  changes: Readonly<Record<string, unknown>>,
): Promise<void> {
  const { rows } = await ctx.tx.query<EpisodeEntry>(
    'select domain, episode_key, episode_step from timeline_entries where event_id = $1',
    [entryId],
  );
  const entry = rows[0];
  if (!entry?.episode_key || !entry.episode_step) return;
  const fields = correctionFactsOf(ctx.registry.all, entry.domain)?.episodeDateFields?.[entry.episode_step] ?? [];
  if (!fields.some((field) => field in changes)) return;
  await recomputeEpisode(ctx, householdId, entry, correction);
}

/** StatusAanlevering 3: the entry stays visible as withdrawn; what it contributed to episodes and signals goes. */
async function withdraw(
  ctx: ProjectionContext,
  householdId: string,
  entryId: string,
  withdrawal: RecordedEvent,
): Promise<void> {
  const { rows } = await ctx.tx.query<EpisodeEntry & { signal_key: string | null; signal_open: boolean | null }>(
    `update timeline_entries set withdrawn_by = $2 where event_id = $1
     returning domain, episode_key, episode_step, signal_key, signal_open`,
    [entryId, withdrawal.id],
  );
  const entry = rows[0];
  if (!entry) return;
  if (entry.episode_step === 'TOEGEWEZEN') {
    await ctx.tx.query('update episodes set withdrawn = true where household_id = $1 and domain = $2 and key = $3', [
      householdId,
      entry.domain,
      entry.episode_key,
    ]);
  } else if (entry.episode_step) {
    // A start or stop that goes may leave an earlier stop, or an earlier start, as the last one.
    await recomputeEpisode(ctx, householdId, entry, withdrawal);
  }
  if (entry.signal_key && entry.signal_open) {
    await ctx.tx.query(
      'update signals set open = false where household_id = $1 and domain = $2 and key = $3 and event_id = $4',
      [householdId, entry.domain, entry.signal_key, entryId],
    );
  }
}
