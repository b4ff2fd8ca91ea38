import type { DecideContext } from './decide-context';
import type { DraftEvent } from './event-envelope';
import { HouseholdEventType as T, type PersonErased, type RetentionExpired } from './household.events';
import type { LocalDate } from './local-date';
import { reject } from './rejection';
import { memberIdsOf, retentionOf } from './retention';

// Deciders of erasure. Both run on open and closed households (scope `existing-household`); the keys go when the
// event is appended (see `HouseholdPersonalDataPolicy.erasureOf`).

/**
 * AVG art. 17: erase a person who is or was a member. Asking again is allowed (it destroys the keys again), so a
 * request that failed halfway can simply be repeated.
 */
export function forgetPerson(command: { memberId: string; reason: string }, context: DecideContext): DraftEvent[] {
  if (!memberIdsOf(context.state).includes(command.memberId)) {
    reject('MEMBER_NOT_FOUND', `Persoon ${command.memberId} hoort niet bij dit huishouden`, {
      memberId: command.memberId,
    });
  }
  const reason = command.reason?.trim();
  if (!reason) reject('BAD_USER_INPUT', 'Reden ontbreekt', { field: 'reason' });
  return [{ type: T.personErased, data: { memberId: command.memberId, reason } satisfies PersonErased }];
}

/** Erase what is past its retention term on `today`: the expired domains, and the whole household when all are. */
export function expireRetention(command: { today: LocalDate }, context: DecideContext): DraftEvent[] {
  const retention = retentionOf(context.state, context.domains, command.today);
  const expired = retention.domains.filter((domain) => domain.expired);
  if (expired.length === 0 && !retention.wholeHouseholdExpired) {
    reject('INVALID_STATE', 'Niets in dit huishouden is over de bewaartermijn');
  }
  const data: RetentionExpired = {
    domains: expired.map((domain) => ({
      domain: domain.domain,
      careEndedOn: domain.careEndedOn!,
      termEndedOn: domain.termEndsOn!,
    })),
    wholeHousehold: retention.wholeHouseholdExpired,
    memberIds: retention.memberIds,
  };
  return [{ type: T.retentionExpired, data }];
}
