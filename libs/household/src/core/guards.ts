import type { HouseholdCore } from './household-core';
import type { MemberData } from './household.events';
import { reject } from './rejection';

/** The invariants every command on an existing household must respect, whichever domain it comes from. */
export function assertOpenHousehold(core: HouseholdCore): void {
  if (!core.exists) reject('HOUSEHOLD_NOT_FOUND', 'Huishouden niet gevonden');
  if (core.closed) reject('HOUSEHOLD_CLOSED', 'Het huishouden is gesloten; heropen het eerst');
}

export function assertMember(core: HouseholdCore, memberId: string): MemberData {
  const member = core.members.get(memberId);
  if (!member)
    return reject('MEMBER_NOT_FOUND', `Persoon ${memberId} hoort niet (meer) bij dit huishouden`, { memberId });
  return member;
}

export function assertMembers(core: HouseholdCore, memberIds: readonly string[]): void {
  memberIds.forEach((memberId) => assertMember(core, memberId));
}
