import { Injectable, Optional } from '@nestjs/common';
import type { Actor } from '@regie/access';
import {
  AUDITOR_BASIS,
  isLogIdentifier,
  ProcessingLog,
  type HouseholdAccessCheck,
  type WritesBeforeAnswer,
} from '@regie/audit';
import {
  decideRead,
  FORBIDDEN_MESSAGE,
  containsBsn,
  isDenied,
  MAX_EMERGENCY_REASON,
  todayInNetherlands,
  type ReadFacts,
  type AccessDenial,
  type ReadGrant,
} from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { GraphQLError } from 'graphql';
import type { HouseholdRow } from '../query/rows';
import { TimelineReadModel } from '../query/timeline-read-model';

export class ReadDenied extends GraphQLError {
  constructor(readonly reason: string) {
    super(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
  }
}

export interface ReadRequest {
  /** What is read, `<area>.<operation>`, for the verwerkingenlog: `household.read`, `timeline.subscribe`. */
  readonly action: string;
  /** Which parts are read (the selected fields). */
  readonly fields?: readonly string[];
  readonly emergencyReason?: string | null;
  /** False for the re-checks of a running subscription: its start was logged. */
  readonly log?: boolean;
  /**
   * The request's answer waits for these writes (HTTP GraphQL): an allowed read's log line is then written while
   * the read's queries run, instead of before them. Without it the line is durable before `grant` returns.
   */
  readonly writesBeforeAnswer?: WritesBeforeAnswer;
  /** How an allowed read is logged: READ, or EXPORT for data that leaves Regie (the plan PDF). */
  readonly operation?: 'READ' | 'EXPORT';
  /** Care content only: a grant at the administrative level is refused (and logged DENIED) too. */
  readonly careOnly?: boolean;
}

/**
 * A noodprocedure reason is kept in the append-only verwerkingenlog, for as long as the log is kept, and survives the
 * erasure of the person it mentions: it must fit the line and may not hold a BSN.
 */
function emergencyReasonProblem(reason: string | null | undefined): string | undefined {
  if (!reason) return undefined;
  if (reason.trim().length > MAX_EMERGENCY_REASON)
    return `De reden voor de noodprocedure mag hoogstens ${MAX_EMERGENCY_REASON} tekens lang zijn.`;
  if (containsBsn(reason))
    return 'Zet geen BSN in de reden voor de noodprocedure: de reden blijft bewaard in het verwerkingenlog.';
  return undefined;
}

type HouseholdFacts = ReadFacts & { readonly memberIds: readonly string[]; readonly row: HouseholdRow };

/**
 * The read side's one door: loads what access control needs from the read model, asks the household policy, and
 * writes the verwerkingenlog line (READ with its basis, or DENIED) before any data leaves. A refusal is FORBIDDEN
 * with the same message whether the household is someone else's or does not exist.
 */
@Injectable()
export class HouseholdReadAccess implements HouseholdAccessCheck {
  constructor(
    private readonly readModel: TimelineReadModel,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  async facts(householdId: string): Promise<HouseholdFacts | undefined> {
    const row = await this.readModel.accessFacts(householdId);
    if (!row?.gemeente) return undefined;
    const { member_ids: memberIds, bases, involved_domains: involvedDomains, ...household } = row;
    return {
      row: household,
      gemeente: row.gemeente,
      regisseurUserId: row.regisseur_user_id ?? undefined,
      involvedDomains,
      memberIds,
      bases: bases.map((basis) => ({
        domain: basis.domain,
        memberIds: basis.member_ids,
        grondslag: basis.grondslag,
        wettelijkeBepaling: basis.wettelijke_bepaling,
        validFrom: basis.valid_from,
        validUntil: basis.valid_until,
        endedOn: basis.ended_on,
      })),
    };
  }

  /** The grant, or throws FORBIDDEN; either way logged (unless `log: false`). */
  async grant(actor: Actor, householdId: string, request: ReadRequest): Promise<ReadGrant> {
    return (await this.grantWithHousehold(actor, householdId, request)).grant;
  }

  /** The grant and the household row it was decided on (so the query does not read it again). */
  async grantWithHousehold(
    actor: Actor,
    householdId: string,
    request: ReadRequest,
  ): Promise<{ grant: ReadGrant; household: HouseholdRow; memberIds: readonly string[] }> {
    const reasonProblem = emergencyReasonProblem(request.emergencyReason);
    if (reasonProblem) {
      throw new GraphQLError(reasonProblem, {
        extensions: { code: 'BAD_USER_INPUT', field: 'emergencyReason', fields: ['emergencyReason'] },
      });
    }
    const facts = await this.facts(householdId);
    const granted = decideRead(actor, facts, todayInNetherlands(), request.emergencyReason ?? undefined);
    const decision =
      request.careOnly && !isDenied(granted) && granted.level !== 'care'
        ? ({ denied: true, reason: 'alleen registratiegegevens, geen zorginhoud' } as const)
        : granted;
    if (request.log !== false && this.log && actor.gemeente) {
      const denied = isDenied(decision);
      const written = this.write(actor, householdId, decision, request, {
        personIds: denied ? [] : facts!.memberIds,
        // A refusal on another gemeente's household is shown to that gemeente's auditor too (the caller is not told).
        targetGemeente: denied && facts && facts.gemeente !== actor.gemeente ? facts.gemeente : null,
      });
      if (denied || !request.writesBeforeAnswer) await written;
      else request.writesBeforeAnswer.add(written);
    }
    if (isDenied(decision)) throw new ReadDenied(decision.reason);
    return { grant: decision, household: facts!.row, memberIds: facts!.memberIds };
  }

  /**
   * The line for data handed out under a grant decided before (`log: false`): each entry a running subscription
   * pushes is its own disclosure, with the basis in force when it was pushed. Durable before it returns.
   */
  async recordDisclosure(
    actor: Actor,
    householdId: string,
    grant: ReadGrant,
    request: Pick<ReadRequest, 'action' | 'fields'> & { readonly personIds: readonly string[] },
  ): Promise<void> {
    if (!this.log || !actor.gemeente) return;
    await this.write(actor, householdId, grant, request, { personIds: request.personIds, targetGemeente: null });
  }

  private write(
    actor: Actor,
    householdId: string,
    decision: ReadGrant | AccessDenial,
    request: Pick<ReadRequest, 'action' | 'fields' | 'operation'>,
    { personIds, targetGemeente }: { personIds: readonly string[]; targetGemeente: string | null },
  ): Promise<unknown> {
    const denied = isDenied(decision);
    return this.log!.record({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente!,
      // What the caller asked for, also when refused (the same line whether it exists or not); not if it is junk.
      householdId: isLogIdentifier(householdId) ? householdId : null,
      personIds: [...personIds],
      operation: denied ? 'DENIED' : (request.operation ?? 'READ'),
      action: request.action,
      fields: [...(request.fields ?? [])],
      basis: denied ? decision.reason : decision.basis,
      emergencyReason: denied ? null : (decision.emergencyReason ?? null),
      correlationId: currentCorrelationId() ?? null,
      targetGemeente,
    });
  }

  /**
   * For `householdAccessLog` ("who looked at our file"): the auditor of the household's gemeente, and its current
   * regisseur. Another gemeente's household and one that does not exist are refused alike.
   */
  async accessLogBasis(actor: Actor, householdId: string): Promise<string | undefined> {
    if (!actor.gemeente || (actor.role !== 'regisseur' && actor.role !== 'auditor')) return undefined;
    const facts = await this.facts(householdId);
    if (facts?.gemeente !== actor.gemeente) return undefined;
    if (actor.role === 'auditor') return AUDITOR_BASIS;
    return facts.regisseurUserId === actor.userId ? 'regisseur van het huishouden' : undefined;
  }
}
