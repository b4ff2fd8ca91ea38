import { reject } from '../core/rejection';

/**
 * Whether another open household of a gemeente has a member with this BSN and another birth date (provided by the
 * search module, from its blind index; absent, nothing is checked). A port, so the household context does not depend
 * on search.
 */
export interface MembersElsewhere {
  anotherPersonWithBsn(bsn: string, birthDate: string, gemeente: string, exceptHouseholdId: string): Promise<boolean>;
}

export const MEMBERS_ELSEWHERE = Symbol('MEMBERS_ELSEWHERE');

/** A member a command adds: the BSN and birth date, and where the BSN sits in the input. */
export interface NewMember {
  readonly bsn: string;
  readonly birthDate: string;
  readonly field: string;
}

/**
 * A BSN is one person: registered in another household of the gemeente with another birth date, either the BSN or
 * the birth date is wrong (a typo that still passes the elfproef, or someone else's BSN), so it is refused. The same
 * person in two households (co-ouderschap) has the same birth date and passes. Runs once the command is decided and
 * allowed (`beforeAppend`), so only someone who may register the member learns of it; it says not which household.
 */
export async function refuseBsnOfAnotherPerson(
  lookup: MembersElsewhere | undefined,
  gemeente: string | undefined,
  householdId: string,
  members: readonly NewMember[],
): Promise<void> {
  if (!lookup || !gemeente) return;
  for (const member of members) {
    if (!(await lookup.anotherPersonWithBsn(member.bsn, member.birthDate, gemeente, householdId))) continue;
    reject(
      'BSN_OF_ANOTHER_PERSON',
      `BSN ${member.bsn} hoort in een ander huishouden bij iemand met een andere geboortedatum. Controleer het BSN en ` +
        'de geboortedatum.',
      { field: member.field },
    );
  }
}
