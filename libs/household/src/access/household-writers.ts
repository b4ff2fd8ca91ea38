import type { DraftEvent } from '../core/event-envelope';
import {
  HOUSEHOLD_DOMAIN,
  HouseholdEventType as T,
  type AfwegingVastgelegd,
  type HouseholdRegistered,
  type SharingBasisEnded,
  type SharingBasisRecorded,
} from '../core/household.events';
import type { HouseholdCore } from '../core/household-core';
import type { AccessFacts, EventToWrite, WriteFacts, WriterRule } from './access-policy';

/**
 * Who records which household event. Registration and the regisseur assignment are the functioneel beheerder's;
 * the plan is the regisseur's; a legal basis to share a domain's data is recorded by that domain (the party that
 * holds the data decides to share it); corrections and withdrawals belong to the corrected entry's domain.
 * An event type missing here cannot be written by anyone (fail closed); domain events are the domain's.
 */
export const HOUSEHOLD_WRITERS: Readonly<Record<string, WriterRule>> = {
  [T.registered]: 'beheerder',
  [T.memberAdded]: 'regisseur-or-beheerder',
  [T.memberRemoved]: 'regisseur-or-beheerder',
  // The woonadres is registration data like the members: kept up to date by the regisseur or the beheerder.
  [T.addressRecorded]: 'regisseur-or-beheerder',
  [T.regisseurAssigned]: 'beheerder',
  [T.regisseurReleased]: 'beheerder',
  [T.planGoalSet]: 'regisseur',
  [T.planGoalEvaluated]: 'regisseur',
  [T.planAgreementRecorded]: 'regisseur',
  [T.sharingBasisRecorded]: 'domain',
  [T.sharingBasisEnded]: 'domain',
  [T.closed]: 'regisseur-or-beheerder',
  [T.reopened]: 'regisseur-or-beheerder',
  [T.entryCorrected]: 'domain',
  [T.entryWithdrawn]: 'domain',
  // Erasure (AVG art. 17; retention runs as the system actor in this role): the functioneel beheerder.
  [T.personErased]: 'beheerder',
  [T.retentionExpired]: 'beheerder',
  // The afweging belongs to the domain that handles the request (its `domain` field), like a legal basis.
  [T.afwegingRecorded]: 'domain',
  [T.zrmScored]: 'regisseur',
  [T.maatwerkbudgetSpent]: 'regisseur',
  [T.maatwerkbudgetEvaluated]: 'regisseur',
};

export function accessFactsOf(core: HouseholdCore): AccessFacts | undefined {
  if (!core.exists || !core.gemeente) return undefined;
  return {
    gemeente: core.gemeente,
    regisseurUserId: core.regisseur?.userId,
    bases: [...core.sharingBases.values()].map((basis) => ({
      domain: basis.domain,
      memberIds: basis.memberIds,
      grondslag: basis.grondslag,
      wettelijkeBepaling: basis.wettelijkeBepaling,
      validFrom: basis.validFrom,
      validUntil: basis.validUntil,
      endedOn: basis.ended?.endedOn,
    })),
  };
}

export function writeFactsOf(core: HouseholdCore, drafts: readonly DraftEvent[]): WriteFacts {
  const registration = drafts.find((draft) => draft.type === T.registered);
  return {
    household: accessFactsOf(core),
    newGemeente: registration ? (registration.data as HouseholdRegistered).gemeente : undefined,
  };
}

/** Each draft with the domain whose data it is and the rule for writing it. */
export function eventsToWrite<Draft extends DraftEvent>(
  core: HouseholdCore,
  drafts: readonly Draft[],
  domainOf: (draft: Draft) => string,
): EventToWrite[] {
  return drafts.map((draft) => {
    const domain = domainOf(draft);
    if (draft.type === T.sharingBasisRecorded) {
      return { type: draft.type, domain: (draft.data as SharingBasisRecorded).domain, rule: 'domain' };
    }
    if (draft.type === T.afwegingRecorded) {
      return { type: draft.type, domain: (draft.data as AfwegingVastgelegd).domain, rule: 'domain' };
    }
    if (draft.type === T.sharingBasisEnded) {
      const basis = core.sharingBases.get((draft.data as SharingBasisEnded).basisId);
      return { type: draft.type, domain: basis?.domain ?? HOUSEHOLD_DOMAIN, rule: 'domain' };
    }
    const rule =
      domain === HOUSEHOLD_DOMAIN || draft.type in HOUSEHOLD_WRITERS ? HOUSEHOLD_WRITERS[draft.type] : 'domain';
    return { type: draft.type, domain, rule };
  });
}
