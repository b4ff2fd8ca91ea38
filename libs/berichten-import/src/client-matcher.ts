import type { HouseholdCommandExecutor } from '@regie/household';
import type { BsnIndexLookup } from '@regie/search';

export interface ClientMatch {
  readonly householdId: string;
  readonly memberId: string;
}

/**
 * Finds the client of a message among the gemeente's households: the BSN blind index gives candidates, the
 * household aggregate confirms each (same gemeente, the member still there with exactly this BSN), so a stale index
 * row never links a message to the wrong household.
 */
export class ClientMatcher {
  constructor(
    private readonly lookup: BsnIndexLookup,
    private readonly executor: HouseholdCommandExecutor,
  ) {}

  async match(gemeente: string, bsn: string): Promise<ClientMatch[]> {
    const matches: ClientMatch[] = [];
    for (const candidate of await this.lookup.membersWithBsn(bsn)) {
      if (await this.confirms(gemeente, bsn, candidate)) matches.push(candidate);
    }
    return matches;
  }

  /** Whether this household of this gemeente has this member with this BSN. */
  async confirms(gemeente: string, bsn: string, candidate: ClientMatch): Promise<boolean> {
    const { state } = await this.executor.load(candidate.householdId);
    return state.core.gemeente === gemeente && state.core.members.get(candidate.memberId)?.bsn === bsn;
  }

  /** The member of this household with this BSN, if any. */
  async memberWithBsn(householdId: string, bsn: string): Promise<string | undefined> {
    const { state } = await this.executor.load(householdId);
    return [...state.core.members.values()].find((member) => member.bsn === bsn)?.memberId;
  }
}
