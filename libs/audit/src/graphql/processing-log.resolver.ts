import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { GraphQLError } from 'graphql';
import { auditForbidden, decideLogRead, HOUSEHOLD_ACCESS_CHECK, type HouseholdAccessCheck } from '../audit-access';
import { correlationIdOf } from '../correlation';
import { decodeLogCursor, DEFAULT_LOG_PAGE_SIZE, logPageSize } from '../cursor';
import { isLogIdentifier } from '../entry-validation';
import { checkOptionalPeriod, checkPeriod } from '../period';
import { InvalidBsnForLookup, PERSON_FINDER, type PersonFinder } from '../person-finder';
import { ProcessingLog } from '../processing-log';
import type { ProcessingLogEntry, ProcessingLogPage } from '../types';
import {
  PersonAccessLog,
  ProcessingLogConnection,
  ProcessingLogEntryView,
  ProcessingLogFilter,
} from './processing-log.types';

/** The longest period `emergencyAccesses` answers at once (it is a list, not a page). */
export const MAX_EMERGENCY_PERIOD_DAYS = 366;
/** What a read of the log reads, for its own line in the log. */
const LOG_FIELDS = ['processing_log'];
/** `personAccessLog` also shows the person's name and birth date as their household records them. */
const PERSON_LOG_FIELDS = ['processing_log', 'members'];

const badId = (field: string) =>
  new GraphQLError(`Ongeldige ${field}`, { extensions: { code: 'BAD_USER_INPUT', field } });

function checkIdArgument(field: string, value: string | null | undefined): void {
  if (value != null && !isLogIdentifier(value)) throw badId(field);
}

function checkPage(first: number | null | undefined, after: string | null | undefined): number {
  const size = logPageSize(first);
  if (after) decodeLogCursor(after);
  return size;
}

const toConnection = (page: ProcessingLogPage): ProcessingLogConnection => ({
  edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node })),
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});

/**
 * Reading the verwerkingenlog. `processingLog` and `emergencyAccesses`: auditors, own gemeente only.
 * `householdAccessLog`: auditors, or whoever the bound HouseholdAccessCheck allows (the household's regisseur).
 * Every read is itself a line in the log (READ, `audit.<query>`), written before the answer; a refusal is a DENIED
 * line and FORBIDDEN ("Geen toegang.").
 */
@Resolver()
export class ProcessingLogResolver {
  constructor(
    private readonly log: ProcessingLog,
    @Inject(HOUSEHOLD_ACCESS_CHECK) private readonly householdAccess: HouseholdAccessCheck,
    @Inject(PERSON_FINDER) private readonly persons: PersonFinder,
  ) {}

  @Query(() => ProcessingLogConnection, {
    description: 'Auditor: the verwerkingenlog of your own gemeente, newest first. FORBIDDEN for other roles.',
  })
  async processingLog(
    @CurrentActor() actor: Actor,
    @Context() context: unknown,
    @Args('filter', { type: () => ProcessingLogFilter, nullable: true }) filter?: ProcessingLogFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_LOG_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ProcessingLogConnection> {
    const action = 'audit.processingLog';
    const decision = decideLogRead(actor);
    if (!decision.allowed) return this.deny(actor, context, action, decision.reason, filter?.householdId);
    const size = checkPage(first, after);
    checkOptionalPeriod(filter?.from, filter?.to);
    checkIdArgument('householdId', filter?.householdId);
    checkIdArgument('personId', filter?.personId);
    await this.log.record({
      ...this.who(actor, context),
      operation: 'READ',
      action,
      householdId: filter?.householdId ?? null,
      personIds: filter?.personId ? [filter.personId] : [],
      fields: LOG_FIELDS,
      basis: decision.basis,
    });
    return toConnection(
      await this.log.search({
        gemeente: decision.gemeente,
        userId: filter?.userId,
        householdId: filter?.householdId,
        personId: filter?.personId,
        operation: filter?.operation,
        from: filter?.from,
        to: filter?.to,
        emergencyOnly: filter?.emergencyOnly,
        first: size,
        after,
      }),
    );
  }

  @Query(() => [ProcessingLogEntryView], {
    description: `Auditor: every noodprocedure (break the glass) line of your gemeente in [from, to), oldest first; at most ${MAX_EMERGENCY_PERIOD_DAYS} days.`,
  })
  async emergencyAccesses(
    @CurrentActor() actor: Actor,
    @Context() context: unknown,
    @Args('from', { type: () => Date, description: 'Inclusive.' }) from: Date,
    @Args('to', { type: () => Date, description: 'Exclusive.' }) to: Date,
  ): Promise<ProcessingLogEntryView[]> {
    const action = 'audit.emergencyAccesses';
    const decision = decideLogRead(actor);
    if (!decision.allowed) return this.deny(actor, context, action, decision.reason);
    const period = checkPeriod({ from, to }, MAX_EMERGENCY_PERIOD_DAYS);
    await this.log.record({
      ...this.who(actor, context),
      operation: 'READ',
      action,
      fields: LOG_FIELDS,
      basis: decision.basis,
    });
    return this.log.emergencies({ gemeente: decision.gemeente, ...period });
  }

  @Query(() => ProcessingLogConnection, {
    description:
      "Who looked at this household's file: what people did with its data, oldest first (refused attempts and reads of the log excluded). For an auditor or the household's regisseur; FORBIDDEN otherwise.",
  })
  async householdAccessLog(
    @CurrentActor() actor: Actor,
    @Context() context: unknown,
    @Args('householdId', { type: () => ID }) householdId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_LOG_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ProcessingLogConnection> {
    const action = 'audit.householdAccessLog';
    checkIdArgument('householdId', householdId);
    if (!actor.gemeente) throw auditForbidden();
    // The bound check knows the household's gemeente: an auditor sees only their own gemeente's households.
    const basis = await this.householdAccess.accessLogBasis(actor, householdId);
    if (basis === undefined) {
      return this.deny(actor, context, action, `rol ${actor.role}: geen toegang tot dit huishouden`, householdId);
    }
    const size = checkPage(first, after);
    await this.log.record({
      ...this.who(actor, context),
      operation: 'READ',
      action,
      householdId,
      fields: LOG_FIELDS,
      basis,
    });
    return toConnection(await this.log.forHousehold(householdId, actor.gemeente, { first: size, after }));
  }

  @Query(() => PersonAccessLog, {
    description:
      'Auditor, for an inzageverzoek: the members of your gemeente with this BSN and the lines naming them, oldest first (refused attempts and reads of the log excluded). BAD_USER_INPUT (field bsn) for a BSN that fails the elfproef; the BSN itself is never logged. FORBIDDEN for other roles.',
  })
  async personAccessLog(
    @CurrentActor() actor: Actor,
    @Context() context: unknown,
    @Args('bsn') bsn: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: DEFAULT_LOG_PAGE_SIZE }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<PersonAccessLog> {
    const action = 'audit.personAccessLog';
    const decision = decideLogRead(actor);
    if (!decision.allowed) return this.deny(actor, context, action, decision.reason);
    const size = checkPage(first, after);
    const persons = await this.persons.byBsn(bsn, decision.gemeente).catch((error: unknown) => {
      if (!(error instanceof InvalidBsnForLookup)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', field: 'bsn' } });
    });
    const personIds = persons.map((person) => person.personId);
    const households = new Set(persons.map((person) => person.householdId));
    await this.log.record({
      ...this.who(actor, context),
      operation: 'READ',
      action,
      householdId: households.size === 1 ? [...households][0]! : null,
      personIds,
      fields: PERSON_LOG_FIELDS,
      basis: decision.basis,
    });
    const lines = await this.log.forPersons(personIds, decision.gemeente, { first: size, after });
    return { persons, lines: toConnection(lines) };
  }

  private who(actor: Actor, context: unknown) {
    return {
      userId: actor.userId,
      userName: actor.name ?? null,
      role: actor.role,
      gemeente: actor.gemeente!,
      correlationId: correlationIdOf(context),
    } satisfies Partial<ProcessingLogEntry>;
  }

  /** Logs the refused attempt (when the caller has a gemeente to log it under) and throws FORBIDDEN. */
  private async deny(
    actor: Actor,
    context: unknown,
    action: string,
    reason: string,
    householdId?: string | null,
  ): Promise<never> {
    if (actor.gemeente) {
      await this.log.record({
        ...this.who(actor, context),
        operation: 'DENIED',
        action,
        householdId: householdId != null && isLogIdentifier(householdId) ? householdId : null,
        fields: LOG_FIELDS,
        basis: reason,
      });
    }
    throw auditForbidden();
  }
}
