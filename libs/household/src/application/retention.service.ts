import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { expireRetention } from '../core/erasure.decide';
import { todayInNetherlands, type LocalDate } from '../core/local-date';
import { retentionOf, type HouseholdRetention } from '../core/retention';
import { DomainRegistry } from './domain-registry';
import { HouseholdCommandExecutor } from './household-command-executor';
import { householdIdOfStream } from '../core/household-stream';

/** What `eraseExpired` did (or, in a dry run, would do) for one household. */
export interface RetentionErasure {
  readonly householdId: string;
  readonly domains: readonly string[];
  readonly wholeHousehold: boolean;
  /** Position of the `RetentionExpired` event; undefined in a dry run. */
  readonly position?: bigint;
}

export interface RetentionOptions {
  /** The day to judge by; default today in the Netherlands. */
  readonly today?: LocalDate;
  /** Only these households; default every household in the store. */
  readonly householdIds?: readonly string[];
}

/** Who runs an erasure by hand (the CLI's operator): recorded instead of the system actor. */
export interface RetentionOperator {
  readonly userId: string;
  readonly name?: string;
}

const PAGE = 1000;

/**
 * Retention per domain (`DomainModuleDefinition.retentionYears`, counted from when the domain's care ended; see
 * `retentionOf`): lists what is past its term, and erases it by appending `household.RetentionExpired`, whose
 * keys the sealing event store then destroys and whose rows the projector purges.
 */
@Injectable()
export class RetentionService {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly executor: HouseholdCommandExecutor,
    private readonly registry: DomainRegistry,
  ) {}

  /** Every household in the store: one pass over the log (a batch job, not a request). */
  async householdIds(): Promise<string[]> {
    // Only stream ids are needed: read below the sealing wrapper, so nothing is decrypted for it.
    const log = (this.store as { readonly decorated?: EventStore }).decorated ?? this.store;
    const ids = new Set<string>();
    let after: bigint | undefined;
    for (;;) {
      const page = await log.readAll({ after, maxCount: PAGE });
      for (const event of page) {
        const householdId = householdIdOfStream(event.streamId);
        if (householdId) ids.add(householdId);
      }
      if (page.length < PAGE) return [...ids];
      after = page[page.length - 1]!.position;
    }
  }

  /** Per household, per domain it involved: when care ended, when the term ends, and whether it is over. */
  async review(options: RetentionOptions = {}): Promise<HouseholdRetention[]> {
    const today = options.today ?? todayInNetherlands();
    const reviews: HouseholdRetention[] = [];
    for (const householdId of options.householdIds ?? (await this.householdIds())) {
      const { state } = await this.executor.load(householdId);
      if (!state.core.exists) continue;
      reviews.push({ ...retentionOf(state, this.registry.all, today), householdId });
    }
    return reviews;
  }

  /**
   * Erases what is past its term: one `RetentionExpired` per household, by the system actor "bewaartermijn" (or
   * the `operator` who runs it) as functioneel beheerder of the household's gemeente. `dryRun` only reports.
   */
  async eraseExpired(
    options: RetentionOptions & { readonly dryRun?: boolean; readonly operator?: RetentionOperator } = {},
  ): Promise<RetentionErasure[]> {
    const today = options.today ?? todayInNetherlands();
    const done: RetentionErasure[] = [];
    for (const review of await this.review({ ...options, today })) {
      const domains = review.domains.filter((domain) => domain.expired).map((domain) => domain.domain);
      if (domains.length === 0 && !review.wholeHouseholdExpired) continue;
      const householdId = review.householdId!;
      const planned = { householdId, domains, wholeHousehold: review.wholeHouseholdExpired };
      if (options.dryRun) {
        done.push(planned);
        continue;
      }
      const actor: Actor = {
        userId: options.operator?.userId ?? 'system:retention',
        name: options.operator ? options.operator.name : 'Bewaartermijnbewaking',
        role: 'functioneel_beheerder',
        gemeente: review.gemeente,
      };
      const result = await this.executor.execute({
        householdId,
        actor,
        scope: 'existing-household',
        decide: (context) => expireRetention({ today }, context),
      });
      done.push({ ...planned, position: result.position });
    }
    return done;
  }
}
