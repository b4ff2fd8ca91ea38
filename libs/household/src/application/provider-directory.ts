import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore } from '@regie/event-store';
import { randomUUID } from 'node:crypto';
import type { Actor } from '@regie/access';
import { reject } from '../core/rejection';
import { forbid } from '../access/authorize-write';
import { decideRegisterProvider, providerStream, type ProviderRecord } from '../provider/provider';
import { DomainRegistry } from './domain-registry';
import type { CommandResult } from './household-command-executor';

/** The register of providers (zorgaanbieders), one stream per AGB-code so a code is registered once. */
@Injectable()
export class ProviderDirectory {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
  ) {}

  async find(agbCode: string): Promise<ProviderRecord | undefined> {
    const [registered] = await this.store.readStream(providerStream(agbCode));
    return registered?.data as ProviderRecord | undefined;
  }

  async load(agbCodes: readonly string[]): Promise<ReadonlyMap<string, ProviderRecord>> {
    const unique = [...new Set(agbCodes)].filter((code) => /^[0-9]{8}$/.test(code));
    const found = await Promise.all(unique.map(async (code) => [code, await this.find(code)] as const));
    return new Map(found.filter((entry): entry is readonly [string, ProviderRecord] => entry[1] !== undefined));
  }

  /** The register is shared by every gemeente (an AGB-code is national); only a functioneel beheerder adds to it. */
  async register(command: ProviderRecord, actor: Actor, correlationId = randomUUID()): Promise<CommandResult> {
    if (actor.role !== 'functioneel_beheerder') forbid();
    const known = this.registry.all.map((domain) => domain.code);
    const event = decideRegisterProvider(await this.find(command.agbCode), command, known);
    const id = randomUUID();
    try {
      const result = await this.store.append(
        providerStream(command.agbCode),
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
