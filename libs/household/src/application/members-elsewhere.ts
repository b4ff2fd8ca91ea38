import { reject } from '../core/rejection';

/**
 * Which other open households of a gemeente have a member with this BSN (provided by the search module, from its
 * blind index; absent, nothing is checked). A port, so the household context does not depend on search.
 */
export interface MembersElsewhere {
  householdsWithBsn(bsn: string, gemeente: string, exceptHouseholdId: string): Promise<readonly string[]>;
}

export const MEMBERS_ELSEWHERE = Symbol('MEMBERS_ELSEWHERE');

/** A member a command adds: the BSN, where it sits in the input, and whether the caller confirmed a second household. */
export interface NewMemberBsn {
  readonly bsn: string;
  readonly field: string;
  readonly alsoInOtherHousehold?: boolean | null;
}

/**
 * Refuses a BSN already registered in another open household of the gemeente, unless the caller confirmed that this
 * person belongs to both (co-ouderschap): mostly it is a typo, or another person's BSN. Runs once the command is
 * decided and allowed (`beforeAppend`), so only someone who may register the member learns of it; it does not say
 * which household.
 */
export async function refuseBsnsElsewhere(
  lookup: MembersElsewhere | undefined,
  gemeente: string | undefined,
  householdId: string,
  members: readonly NewMemberBsn[],
): Promise<void> {
  if (!lookup || !gemeente) return;
  for (const member of members) {
    if (member.alsoInOtherHousehold) continue;
    const elsewhere = await lookup.householdsWithBsn(member.bsn, gemeente, householdId);
    if (elsewhere.length === 0) continue;
    reject(
      'BSN_IN_OTHER_HOUSEHOLD',
      `Iemand met BSN ${member.bsn} hoort al bij een ander huishouden. Klopt het BSN? Hoort deze persoon echt bij ` +
        'beide huishoudens (bijvoorbeeld bij co-ouderschap)? Geef dat dan aan.',
      { field: member.field },
    );
  }
}
