import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore } from '@regie/event-store';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@regie/access';
import { reject } from '../core/rejection';
import { forbid } from '../access/authorize-write';
import {
  decideRegisterProvider,
  legacyProviderStream,
  providerStream,
  type ProviderRecord,
} from '../provider/provider';
import { DomainRegistry } from './domain-registry';
import type { CommandResult } from './household-command-executor';

/**
 * The providers (zorgaanbieders) register of each gemeente: a gemeente sees and uses only its own register, so
 * another gemeente registering the same AGB-code (under any name) changes nothing for it.
 */
@Injectable()
export class ProviderDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
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

  /** Only a functioneel beheerder adds to the register, and only to their own gemeente's. */
  async register(command: ProviderRecord, actor: Actor, correlationId = randomUUID()): Promise<CommandResult> {
    if (actor.role !== 'functioneel_beheerder' || !actor.gemeente) forbid();
    const gemeente = actor.gemeente!;
    const known = this.registry.all.map((domain) => domain.code);
    const decided = decideRegisterProvider(await this.find(command.agbCode, gemeente), command, known);
    const event = { ...decided, data: { ...decided.data, gemeente } };
    const id = randomUUID();
    try {
      const result = await this.store.append(
        providerStream(gemeente, command.agbCode),
        [
          {
            id,
            ...event,
            metadata: { actor, correlationId, occurredAt: new Date().toISOString(), domain: 'HOUSEHOLD' },
          },
        ],
        'no_stream',
      );
      return { householdId: undefined, eventIds: [id], streamRevision: result.nextRevision, position: result.position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError)
        reject('PROVIDER_EXISTS', `Aanbieder met AGB-code ${command.agbCode} is al geregistreerd`);
      throw error;
    }
  }
}
