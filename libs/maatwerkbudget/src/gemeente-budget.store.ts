import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { StreamCommandHandler } from '@regie/household';
import { budgetStream, type BudgetEvent } from './budget.events';
import { evolveBudget, foldBudget, type BudgetState } from './budget.state';

/**
 * Enough for every regisseur of a gemeente spending at the same moment: each conflict means another spend got in,
 * and once the budget is gone the rest are refused by the decider without appending.
 */
const MAX_ATTEMPTS = 25;

export interface BudgetDecision {
  readonly state: BudgetState;
  /** Global position of what was appended; undefined when the decision recorded nothing. */
  readonly position?: bigint;
}

/**
 * The gemeente's budget stream, through the one command handler: load, fold, decide, append with the expected
 * revision, and on a conflict decide again on fresh state, which keeps concurrent spends from overshooting.
 */
@Injectable()
export class GemeenteBudgetStore {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly handler: StreamCommandHandler,
  ) {}

  async load(gemeente: string): Promise<{ state: BudgetState; revision: bigint | undefined }> {
    const recorded = await this.store.readStream(budgetStream(gemeente));
    const events = recorded.map((event) => ({ type: event.type, data: event.data }) as BudgetEvent);
    return { state: foldBudget(events), revision: recorded.at(-1)?.revision };
  }

  async decide(
    gemeente: string,
    actor: Actor,
    decide: (state: BudgetState) => readonly BudgetEvent[],
  ): Promise<BudgetDecision> {
    const result = await this.handler.handle({
      stream: budgetStream(gemeente),
      actor,
      maxAttempts: MAX_ATTEMPTS,
      conflictMessage: 'Het maatwerkbudget werd tegelijk door anderen gewijzigd; probeer het opnieuw',
      load: () => this.load(gemeente),
      decide,
      // No householdId here on purpose: the timeline projects household events only.
      metadata: () => ({ gemeente }),
    });
    return { state: result.drafts.reduce(evolveBudget, result.state), position: result.position };
  }
}
