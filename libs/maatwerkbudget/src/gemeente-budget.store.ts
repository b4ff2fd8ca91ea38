import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type NewEvent } from '@regie/event-store';
import { reject } from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { randomUUID } from 'node:crypto';
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
 * The gemeente's budget stream: load, fold, decide, append with the expected revision; on a conflict load and decide
 * again (bounded, with jitter). Re-deciding on fresh state is what keeps concurrent spends from overshooting.
 */
@Injectable()
export class GemeenteBudgetStore {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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
    const correlationId = currentCorrelationId() ?? randomUUID();
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(gemeente);
      const drafts = decide(state);
      if (drafts.length === 0) return { state };
      const occurredAt = new Date().toISOString();
      const events: NewEvent[] = drafts.map((draft) => ({
        id: randomUUID(),
        type: draft.type,
        data: draft.data,
        // No householdId here on purpose: the timeline projects household events only.
        metadata: { actor, correlationId, occurredAt, gemeente },
      }));
      try {
        const result = await this.store.append(budgetStream(gemeente), events, revision ?? 'no_stream');
        return { state: drafts.reduce(evolveBudget, state), position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          reject('CONFLICT', 'Het maatwerkbudget werd tegelijk door anderen gewijzigd; probeer het opnieuw');
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }
}
