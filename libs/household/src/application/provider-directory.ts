import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import type { Actor } from '@regie/access';
import { forbid } from '../access/authorize-write';
import { HOUSEHOLD_DOMAIN } from '../core/household.events';
import {
  decideRegisterProvider,
  legacyProviderStream,
  providerStream,
  type ProviderRecord,
} from '../provider/provider';
import { DomainRegistry } from './domain-registry';
import type { CommandResult } from './household-command-executor';
import { StreamCommandHandler } from './stream-command';

/**
 * The providers (zorgaanbieders) register of each gemeente: a gemeente sees and uses only its own register, so
 * another gemeente registering the same AGB-code (under any name) changes nothing for it.
 */
@Injectable()
export class ProviderDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
    private readonly handler: StreamCommandHandler,
  ) {}

  /** The provider with this AGB-code in the gemeente's register. */
  async find(agbCode: string, gemeente: string): Promise<ProviderRecord | undefined> {
    const [registered] = await this.store.readStream(providerStream(gemeente, agbCode));
    if (registered) return registered.data as ProviderRecord;
    const [legacy] = await this.store.readStream(legacyProviderStream(agbCode));
    const owner = (legacy?.metadata as { actor?: { gemeente?: string } } | undefined)?.actor?.gemeente;
    return legacy && owner === gemeente ? { ...(legacy.data as ProviderRecord), gemeente } : undefined;
  }

  /** The providers with these AGB-codes in the gemeente's register (none without a gemeente). */
  async load(agbCodes: readonly string[], gemeente: string | undefined): Promise<ReadonlyMap<string, ProviderRecord>> {
    if (!gemeente) return new Map();
    const unique = [...new Set(agbCodes)].filter((code) => /^[0-9]{8}$/.test(code));
    const found = await Promise.all(unique.map(async (code) => [code, await this.find(code, gemeente)] as const));
    return new Map(found.filter((entry): entry is readonly [string, ProviderRecord] => entry[1] !== undefined));
  }

  /**
   * Only a functioneel beheerder adds to the register, and only to their own gemeente's. A registration that loses
   * a race finds the code registered when it decides again, and is refused with PROVIDER_EXISTS.
   */
  async register(command: ProviderRecord, actor: Actor, correlationId?: string): Promise<CommandResult> {
    if (actor.role !== 'functioneel_beheerder' || !actor.gemeente) forbid();
    const gemeente = actor.gemeente!;
    const known = this.registry.all.map((domain) => domain.code);
    const result = await this.handler.handle({
      stream: providerStream(gemeente, command.agbCode),
      actor,
      correlationId,
      conflictMessage: `Aanbieder met AGB-code ${command.agbCode} is al geregistreerd`,
      // A registration is its stream's only event, so it is appended to no stream; `find` also sees a legacy one.
      load: async () => ({ state: await this.find(command.agbCode, gemeente), revision: undefined }),
      decide: (existing) => {
        const decided = decideRegisterProvider(existing, command, known);
        return [{ ...decided, data: { ...decided.data, gemeente } }];
      },
      metadata: () => ({ domain: HOUSEHOLD_DOMAIN }),
    });
    return {
      householdId: undefined,
      eventIds: result.eventIds,
      streamRevision: result.streamRevision!,
      position: result.position!,
    };
  }
}
