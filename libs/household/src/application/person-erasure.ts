import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { HouseholdEventType, type HouseholdRegistered, type MemberAdded } from '../core/household.events';
import { householdStream } from '../core/household-stream';
import { reject } from '../core/rejection';
import { forgetPersonCommand, type ForgetPersonRequest } from './erasure';
import { HouseholdCommandExecutor, type CommandResult } from './household-command-executor';

/** Who was forgotten, as stores outside the household's stream know them (the berichten queue keeps BSNs). */
export interface ForgottenPerson {
  readonly gemeente: string;
  readonly bsn: string;
}

/** A store outside the event stream that holds data by BSN shreds it when the person is forgotten. */
export type PersonForgottenListener = (person: ForgottenPerson) => Promise<void>;

/**
 * Erasure of a person (AVG art. 17), for every caller (the `forgetPerson` mutation, `regie forget-person`): every
 * registered store shreds what it holds of that BSN, then the household's command erases the person. The stores go
 * first, once the command is decided and allowed (`beforeAppend`): a store that fails stops the erasure with nothing
 * erased, so the request can simply be repeated. Afterwards that would no longer be possible, because the command
 * destroys the person's key and with it the only way to learn their BSN. The BSN is never returned or logged.
 */
@Injectable()
export class PersonErasure {
  private readonly listeners: PersonForgottenListener[] = [];
  private readonly logger = new Logger('PersonErasure');

  constructor(
    private readonly executor: HouseholdCommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Registers a store that must forget a person too (called once, at start-up). */
  onForgotten(listener: PersonForgottenListener): void {
    this.listeners.push(listener);
  }

  async forget(request: ForgetPersonRequest, actor: Actor): Promise<CommandResult> {
    const person = await this.identify(request.householdId, request.memberId);
    return this.executor.execute({
      ...forgetPersonCommand(request, actor),
      beforeAppend: async () => {
        if (person) await this.shred(person);
      },
    });
  }

  private async shred(person: ForgottenPerson): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(person);
      } catch (error) {
        this.logger.error(`a store could not forget a person, so nothing was erased: ${(error as Error).message}`);
        reject(
          'ERASURE_INCOMPLETE',
          'Het vergeten is niet gelukt: de berichtenwachtrij was niet bereikbaar. Er is niets gewist. Probeer het later opnieuw.',
        );
      }
    }
  }

  /** The person's BSN as the household recorded it, also of a former member (their key still exists now). */
  private async identify(householdId: string, memberId: string): Promise<ForgottenPerson | undefined> {
    try {
      let gemeente: string | undefined;
      let bsn: string | undefined;
      for (const event of await this.store.readStream(householdStream(householdId))) {
        if (event.type === HouseholdEventType.registered) {
          const registered = event.data as unknown as HouseholdRegistered;
          gemeente = registered.gemeente;
          bsn = registered.members.find((member) => member.memberId === memberId)?.bsn ?? bsn;
        } else if (event.type === HouseholdEventType.memberAdded) {
          const { member } = event.data as unknown as MemberAdded;
          if (member.memberId === memberId) bsn = member.bsn;
        }
      }
      return typeof bsn === 'string' && gemeente ? { gemeente, bsn } : undefined;
    } catch {
      return undefined; // no such household: the command itself answers that
    }
  }
}
