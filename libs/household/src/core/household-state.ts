import type { DomainModuleDefinition } from './domain-module';
import type { HouseholdEvent } from './event-envelope';
import { HOUSEHOLD_DOMAIN, HouseholdEventType, type EntryCorrected, type EntryWithdrawn } from './household.events';
import { evolveCore, initialCore, type HouseholdCore } from './household-core';

/** The whole household as the deciders see it: the core plus one state slice per domain module. */
export interface HouseholdState {
  readonly core: HouseholdCore;
  readonly domains: Readonly<Record<string, unknown>>;
  /** Every event by id, for corrections that must look at the original entry. */
  readonly events: ReadonlyMap<string, HouseholdEvent>;
}

export function initialHouseholdState(domains: readonly DomainModuleDefinition[]): HouseholdState {
  return {
    core: initialCore,
    domains: Object.fromEntries(domains.map((domain) => [domain.code, domain.initialState])),
    events: new Map(),
  };
}

/**
 * Folds one event. Domain events go to their domain's `evolve`; corrections and withdrawals (core events about a
 * domain's entry) go to the core and to the domain that owns the entry.
 */
export function evolveHousehold(
  state: HouseholdState,
  event: HouseholdEvent,
  domains: readonly DomainModuleDefinition[],
): HouseholdState {
  const core = evolveCore(state.core, event);
  const events = new Map(state.events).set(event.id, event);
  const owner = domainOf(event, domains);
  if (!owner) return { core, domains: state.domains, events };
  return {
    core,
    events,
    domains: { ...state.domains, [owner.code]: owner.evolve(state.domains[owner.code], event, core) },
  };
}

/**
 * The domain code an event belongs to: a correction or withdrawal belongs to the domain of the entry it refers
 * to, a domain event to the domain whose prefix it carries, everything else to the household.
 */
export function domainCodeOf(
  event: Pick<HouseholdEvent, 'type' | 'data'>,
  domains: readonly DomainModuleDefinition[],
): string {
  if (event.type === HouseholdEventType.entryCorrected || event.type === HouseholdEventType.entryWithdrawn) {
    return (event.data as EntryCorrected | EntryWithdrawn).domain;
  }
  return domains.find((candidate) => event.type.startsWith(candidate.eventPrefix))?.code ?? HOUSEHOLD_DOMAIN;
}

function domainOf(event: HouseholdEvent, domains: readonly DomainModuleDefinition[]) {
  // A stored event carries the domain the write side stamped; only a bare event (a test's given) is classified.
  const code = event.metadata?.domain ?? domainCodeOf(event, domains);
  return domains.find((candidate) => candidate.code === code);
}

export function foldHousehold(events: readonly HouseholdEvent[], domains: readonly DomainModuleDefinition[]) {
  return events.reduce((state, event) => evolveHousehold(state, event, domains), initialHouseholdState(domains));
}
