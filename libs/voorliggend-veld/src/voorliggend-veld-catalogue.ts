import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore } from '@regie/event-store';
import {
  DomainRegistry,
  reject,
  type AlternativeRef,
  type LocalDate,
  type ReplaceableSupport,
  type VoorliggendVeldLookup,
} from '@regie/household';
import { randomUUID } from 'node:crypto';
import { alternativesIn, entriesOf } from './alternatives';
import { assertMayManage, assertMayRead } from './catalogue-access';
import {
  endVoorziening,
  registerVoorziening,
  updateVoorziening,
  type CatalogueContext,
  type EndVoorziening,
  type RegisterVoorziening,
  type UpdateVoorziening,
} from './catalogue.decide';
import { foldCatalogue, type CatalogueState, type Voorziening } from './catalogue.state';
import { catalogueStream, type CatalogueEvent } from './voorziening.events';

/** How many times a change is re-decided after another beheerder changed the catalogue first. */
const MAX_ATTEMPTS = 10;

export interface CatalogueChange {
  readonly voorzieningId: string;
  readonly gemeente: string;
  readonly eventIds: readonly string[];
  readonly streamRevision: bigint;
  readonly position: bigint;
}

/**
 * The voorliggend-veld catalogue of every gemeente, one stream each (`voorliggend-veld-<gemeente>`). A catalogue
 * holds at most a few hundred entries, so it is read and folded on every use.
 */
@Injectable()
export class VoorliggendVeldCatalogue implements VoorliggendVeldLookup {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
  ) {}

  async load(gemeente: string): Promise<{ state: CatalogueState; revision: bigint | undefined }> {
    const recorded = await this.store.readStream(catalogueStream(gemeente));
    return {
      state: foldCatalogue(recorded as unknown as CatalogueEvent[]),
      revision: recorded.length === 0 ? undefined : recorded[recorded.length - 1]!.revision,
    };
  }

  async alternativesFor(gemeente: string, support: ReplaceableSupport, on: LocalDate): Promise<AlternativeRef[]> {
    return alternativesIn((await this.load(gemeente)).state, support, on);
  }

  /** The entries a reader of that gemeente sees: all of them, or those active on a day / replacing a support. */
  async entries(
    actor: Actor,
    gemeente: string,
    filter: { replaces?: ReplaceableSupport; activeOn?: LocalDate } = {},
  ): Promise<Voorziening[]> {
    assertMayRead(actor, gemeente);
    return entriesOf((await this.load(gemeente)).state, filter);
  }

  register(gemeente: string, command: RegisterVoorziening, actor: Actor): Promise<CatalogueChange> {
    return this.change(gemeente, actor, command.voorzieningId, (state, context) =>
      registerVoorziening(state, command, context),
    );
  }

  update(gemeente: string, command: UpdateVoorziening, actor: Actor): Promise<CatalogueChange> {
    return this.change(gemeente, actor, command.voorzieningId, (state, context) =>
      updateVoorziening(state, command, context),
    );
  }

  end(gemeente: string, command: EndVoorziening, actor: Actor): Promise<CatalogueChange> {
    return this.change(gemeente, actor, command.voorzieningId, (state) => endVoorziening(state, command));
  }

  /** Load, decide, append with the expected revision; on a conflict load and decide again (bounded). */
  private async change(
    gemeente: string,
    actor: Actor,
    voorzieningId: string,
    decide: (state: CatalogueState, context: CatalogueContext) => CatalogueEvent[],
  ): Promise<CatalogueChange> {
    assertMayManage(actor, gemeente);
    const correlationId = randomUUID();
    const context = { knownDomains: this.registry.all.map((domain) => domain.code) };
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(gemeente);
      const events = decide(state, context).map((event) => ({
        id: randomUUID(),
        ...event,
        metadata: { actor, correlationId, occurredAt: new Date().toISOString(), gemeente, domain: 'VOORLIGGEND_VELD' },
      }));
      try {
        const result = await this.store.append(catalogueStream(gemeente), events, revision ?? 'no_stream');
        return {
          voorzieningId,
          gemeente,
          eventIds: events.map((event) => event.id),
          streamRevision: result.nextRevision,
          position: result.position,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) reject('CONFLICT', 'De catalogus werd tegelijk gewijzigd; probeer het opnieuw');
        // Jitter, so writers that collided do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }
}
