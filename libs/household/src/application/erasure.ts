import type { Provider } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE_DECORATOR } from '@regie/event-store';
import { protectPersonalData } from '@regie/privacy';
import { deciderFor } from '../core/command';
import { DomainRegistry } from './domain-registry';
import { HOUSEHOLD_DECIDERS } from './household-commands';
import type { HouseholdCommand } from './household-command-executor';
import { HouseholdPersonalDataPolicy } from './personal-data-policy';

/**
 * Seals the declared personal data of every household stream in the configured event store (and opens it for
 * every reader): `EventStoreModule.forRoot` applies this decoration wherever `HouseholdModule` is present.
 */
export const personalDataProtection: Provider = {
  provide: EVENT_STORE_DECORATOR,
  inject: [DomainRegistry],
  useFactory: (registry: DomainRegistry) => protectPersonalData(new HouseholdPersonalDataPolicy(registry)),
};

export interface ForgetPersonRequest {
  readonly householdId: string;
  readonly memberId: string;
  readonly reason: string;
}

/** The command that erases a person (GraphQL `forgetPerson`, `regie forget-person`): open or closed household. */
export function forgetPersonCommand(request: ForgetPersonRequest, actor: Actor): HouseholdCommand {
  return {
    householdId: request.householdId,
    actor,
    scope: 'existing-household',
    decide: deciderFor(HOUSEHOLD_DECIDERS, { type: 'household.ForgetPerson', data: request }),
  };
}
