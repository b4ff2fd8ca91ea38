import { Injectable } from '@nestjs/common';

/** A person as a household of the gemeente records them now: what an auditor needs to answer an inzageverzoek. */
export interface PersonOnRecord {
  readonly personId: string;
  readonly householdId: string;
  readonly householdName: string | null;
  readonly householdClosed: boolean;
  readonly name: string;
  readonly birthDate: string | null;
}

/** A BSN that fails the elfproef or has the wrong length: nothing is looked up. */
export class InvalidBsnForLookup extends Error {
  constructor() {
    super('Dit is geen geldig BSN. Een BSN heeft 9 cijfers en klopt met de elfproef.');
  }
}

/**
 * Finds the members of a gemeente's households by BSN, for the auditor's `personAccessLog`. Audit imports no
 * household or search code: the api binds the search index's implementation with
 * `AuditModule.forRoot({ personFinder })`.
 */
export interface PersonFinder {
  /**
   * Every current member with this BSN in a household of `gemeente` (open or closed). Throws InvalidBsnForLookup for
   * a BSN that cannot be one. Members taken out of a household, and erased persons, are not found.
   */
  byBsn(bsn: string, gemeente: string): Promise<PersonOnRecord[]>;
}

/** Injection token of the bound PersonFinder. */
export const PERSON_FINDER = Symbol('PERSON_FINDER');

/** Without a bound finder (a test app, the CLI) the lookup is not offered: it says so instead of finding nobody. */
@Injectable()
export class PersonFinderNotBound implements PersonFinder {
  async byBsn(): Promise<PersonOnRecord[]> {
    throw new Error('No PersonFinder is bound: pass personFinder to AuditModule.forRoot');
  }
}
