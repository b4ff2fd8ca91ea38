import type { AlternativeRef } from '../insight/voorliggend-veld';
import type { ProviderRecord } from '../provider/provider';
import type { DecideContext } from '../core/decide-context';
import type { DomainModuleDefinition } from '../core/domain-module';
import type { DraftEvent, HouseholdEvent } from '../core/event-envelope';
import { domainCodeOf, foldHousehold } from '../core/household-state';
import { HouseholdEventType, type MemberData } from '../core/household.events';
import { DomainRejection } from '../core/rejection';

// Given/when/then helpers for pure deciders: no Nest, no I/O. Exported for the domain modules' tests.

export const FIXTURE_HOUSEHOLD_ID = '00000000-0000-4000-8000-000000000001';
export const FIXTURE_TODAY = '2026-06-15';

/** A household of two parents and two children with valid BSNs. */
export const fixtureMembers = {
  moeder: {
    memberId: 'm-moeder',
    bsn: '111222333',
    name: 'Sanne de Vries',
    birthDate: '1988-03-12',
    relation: 'OUDER_VERZORGER',
  },
  vader: {
    memberId: 'm-vader',
    bsn: '123456782',
    name: 'Karim de Vries',
    birthDate: '1985-11-02',
    relation: 'OUDER_VERZORGER',
  },
  zoon: { memberId: 'm-zoon', bsn: '856885253', name: 'Noah de Vries', birthDate: '2012-07-30', relation: 'KIND' },
  dochter: {
    memberId: 'm-dochter',
    bsn: '828492001',
    name: 'Lina de Vries',
    birthDate: '2016-01-19',
    relation: 'KIND',
  },
} satisfies Record<string, MemberData>;

export const householdRegistered = (members: readonly MemberData[] = Object.values(fixtureMembers)): DraftEvent => ({
  type: HouseholdEventType.registered,
  data: { householdId: FIXTURE_HOUSEHOLD_ID, gemeente: '0363', name: 'Familie De Vries', members },
});

/** Turns drafts into stored-looking events with ids `e1`, `e2`, ... and the metadata the executor would add. */
export function asHistory(drafts: readonly DraftEvent[], domains: readonly DomainModuleDefinition[]): HouseholdEvent[] {
  return drafts.map((draft, index) => ({
    id: `e${index + 1}`,
    type: draft.type,
    data: draft.data,
    metadata: {
      actor: { userId: 'tester', role: 'domeinmedewerker' },
      correlationId: `c${index + 1}`,
      occurredAt: draft.occurredAt ?? `${FIXTURE_TODAY}T09:00:00.000Z`,
      householdId: FIXTURE_HOUSEHOLD_ID,
      domain: domainCodeOf(draft, domains),
    },
  }));
}

export function givenHousehold(
  history: readonly DraftEvent[],
  options: {
    domains: readonly DomainModuleDefinition[];
    providers?: readonly ProviderRecord[];
    today?: string;
    /** The voorliggend-veld catalogue's alternatives the executor would have looked up. */
    alternatives?: readonly AlternativeRef[];
  },
): DecideContext {
  return {
    state: foldHousehold(asHistory(history, options.domains), options.domains),
    providers: new Map((options.providers ?? []).map((provider) => [provider.agbCode, provider])),
    today: options.today ?? FIXTURE_TODAY,
    domains: options.domains,
    alternatives: options.alternatives ?? [],
  };
}

/** The rejection code a decider throws, or fails the test when it does not reject. */
export function rejectionOf(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    if (error instanceof DomainRejection) return error.code;
    throw error;
  }
  throw new Error('expected the command to be rejected, but it was accepted');
}

/**
 * The rejection code with the field it names ("BAD_USER_INPUT:einddatum"), or the code alone when it names none:
 * a test that expects a field fails when another rule fires.
 */
export function rejectionWithField(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    if (!(error instanceof DomainRejection)) throw error;
    const field = error.details.field;
    return typeof field === 'string' ? `${error.code}:${field}` : error.code;
  }
  throw new Error('expected the command to be rejected, but it was accepted');
}
