import type { AlternativeRef } from './facts';
import type { ProviderRecord } from './provider-record';
import type { DomainModuleDefinition } from './domain-module';
import type { DraftEvent } from './event-envelope';
import { assertOpenHousehold } from './guards';
import type { HouseholdState } from './household-state';
import type { LocalDate } from './local-date';
import { reject } from './rejection';

/** Everything a pure decider may look at. The executor builds it; tests build it by hand. */
export interface DecideContext {
  readonly state: HouseholdState;
  /** The providers the command names, loaded before deciding (missing = unknown AGB-code). */
  readonly providers: ReadonlyMap<string, ProviderRecord>;
  readonly today: LocalDate;
  readonly domains: readonly DomainModuleDefinition[];
  /**
   * The voorliggend-veld catalogue's alternatives for the support the command names (`HouseholdCommand.
   * alternativesFor`), looked up before deciding; empty when it names none or no catalogue is installed.
   */
  readonly alternatives: readonly AlternativeRef[];
}

/** How a command relates to the household's life cycle. `existing-household`: open or closed (erasure). */
export type CommandScope = 'creates-household' | 'reopens-household' | 'open-household' | 'existing-household';

export type Decider = (context: DecideContext) => readonly DraftEvent[];

/**
 * Runs a decider behind the invariants that hold for every command of every domain: a household is created once,
 * and nothing but a reopen is posted to a closed one.
 */
export function decideWithinHousehold(
  scope: CommandScope,
  context: DecideContext,
  decide: Decider,
): readonly DraftEvent[] {
  const { core } = context.state;
  if (scope === 'creates-household') {
    if (core.exists) reject('HOUSEHOLD_EXISTS', 'Dit huishouden bestaat al');
  } else if (scope === 'reopens-household' || scope === 'existing-household') {
    if (!core.exists) reject('HOUSEHOLD_NOT_FOUND', 'Huishouden niet gevonden');
  } else {
    assertOpenHousehold(core);
  }
  const events = decide(context);
  if (events.length === 0) reject('INVALID_STATE', 'Er is niets vast te leggen');
  return events;
}

/** The state slice of one domain module, typed by the caller. */
export const domainState = <State>(context: DecideContext, code: string): State => context.state.domains[code] as State;
