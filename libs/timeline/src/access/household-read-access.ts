import { Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import {
  decideRead,
  FORBIDDEN_MESSAGE,
  isDenied,
  todayInNetherlands,
  type AccessFacts,
  type ReadGrant,
} from '@regie/household';
import { GraphQLError } from 'graphql';
import { TimelineReadModel } from '../query/timeline-read-model';

export class ReadDenied extends GraphQLError {
  constructor(readonly reason: string) {
    super(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
  }
}

/**
 * The read side's one door: loads what access control needs from the read model and asks the household policy.
 * Every query and subscription that shows a household goes through `grant`; a refusal is FORBIDDEN with the same
 * message whether the household is someone else's or does not exist.
 */
@Injectable()
export class HouseholdReadAccess {
  constructor(private readonly readModel: TimelineReadModel) {}

  async facts(householdId: string): Promise<AccessFacts | undefined> {
    const household = await this.readModel.household(householdId);
    if (!household?.gemeente) return undefined;
    const bases = await this.readModel.sharingBases(householdId);
    return {
      gemeente: household.gemeente,
      regisseurUserId: household.regisseur_user_id ?? undefined,
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

  /** The grant, or throws FORBIDDEN. */
  async grant(actor: Actor, householdId: string, emergencyReason?: string | null): Promise<ReadGrant> {
    const decision = decideRead(
      actor,
      await this.facts(householdId),
      todayInNetherlands(),
      emergencyReason ?? undefined,
    );
    if (isDenied(decision)) throw new ReadDenied(decision.reason);
    return decision;
  }
}
