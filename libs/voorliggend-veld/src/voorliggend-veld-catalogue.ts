import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import {
  DomainRegistry,
  StreamCommandHandler,
  type AlternativeRef,
  type LocalDate,
  type ReplaceableSupport,
  type VoorliggendVeldLookup,
} from '@regie/household';
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
    private readonly handler: StreamCommandHandler,
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

  /** Through the one command handler: load, decide, append with the expected revision, retry on a conflict. */
  private async change(
    gemeente: string,
    actor: Actor,
    voorzieningId: string,
    decide: (state: CatalogueState, context: CatalogueContext) => CatalogueEvent[],
  ): Promise<CatalogueChange> {
    assertMayManage(actor, gemeente);
    const context = { knownDomains: this.registry.all.map((domain) => domain.code) };
    const result = await this.handler.handle({
      stream: catalogueStream(gemeente),
      actor,
      conflictMessage: 'De catalogus werd tegelijk gewijzigd; probeer het opnieuw',
      load: () => this.load(gemeente),
      decide: (state) => decide(state, context),
      metadata: () => ({ gemeente, domain: 'VOORLIGGEND_VELD' }),
    });
    return {
      voorzieningId,
      gemeente,
      eventIds: result.eventIds,
      streamRevision: result.streamRevision!,
      position: result.position!,
    };
  }
}
