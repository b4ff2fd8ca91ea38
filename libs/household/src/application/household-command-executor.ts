import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { deciderFor, type DecidersOf } from '../core/command';
import { decideWithinHousehold, type CommandScope, type Decider } from '../core/decide-context';
import type { DraftEvent, HouseholdEvent } from '../core/event-envelope';
import { foldHousehold, type HouseholdState } from '../core/household-state';
import { householdStream } from '../core/household-stream';
import { todayInNetherlands } from '../core/local-date';
import { DomainRejection } from '../core/rejection';
import type { AlternativeRef } from '../core/facts';
import {
  VOORLIGGEND_VELD_LOOKUP,
  type ReplaceableSupport,
  type VoorliggendVeldLookup,
} from '../maatwerk/kernel/alternatives';
import { authorizeHouseholdWrite, forbidUnlessHouseholdVisible } from '../access/authorize-write';
import { WriteLog } from '../access/write-log';
import { DomainRegistry } from './domain-registry';
import { KeyedMutex } from './keyed-mutex';
import { ProviderDirectory } from './provider-directory';
import { StreamCommandHandler } from './stream-command';

export interface HouseholdCommand {
  readonly householdId: string;
  readonly actor: Actor;
  readonly scope?: CommandScope;
  /** AGB-codes the command names: loaded before deciding so the decider stays pure. */
  readonly providerAgbCodes?: readonly string[];
  /** The individual support the command decides on: the catalogue's alternatives for it are looked up first. */
  readonly alternativesFor?: ReplaceableSupport;
  readonly correlationId?: string;
  readonly onBehalfOf?: string;
  readonly decide: Decider;
  /**
   * Runs once the command is decided and allowed, right before its events are appended (again after a conflict, with
   * the next decision): for work outside the stream that must happen only for an allowed command and must not be
   * lost if it fails. If it throws, nothing is appended.
   */
  readonly beforeAppend?: () => Promise<void>;
}

/** Everything about a household command but its decision. */
export type HouseholdCommandOptions = Omit<HouseholdCommand, 'decide'>;

export interface CommandResult {
  readonly householdId: string | undefined;
  readonly eventIds: readonly string[];
  readonly streamRevision: bigint;
  readonly position: bigint;
}

/** A draft with the domain it belongs to, computed once on the write side and stamped on the event. */
interface DomainDraft extends DraftEvent {
  readonly domain: string;
}

/**
 * The write path into a household stream, for the household lib and every domain module: the household's rules
 * (visibility, the central invariants, who may write these events) around the one command handler of every stream.
 */
@Injectable()
export class HouseholdCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
    private readonly providers: ProviderDirectory,
    private readonly handler: StreamCommandHandler,
    @Optional() processingLog?: ProcessingLog,
    @Optional() @Inject(VOORLIGGEND_VELD_LOOKUP) private readonly catalogue?: VoorliggendVeldLookup,
  ) {
    this.writeLog = new WriteLog(processingLog);
  }

  private readonly writeLog: WriteLog;
  /**
   * Commands on one household run one at a time in this process (load, decide, append), so writers in one process
   * never conflict with each other; conflicts, and the handler's retries, remain only between processes.
   */
  private readonly households = new KeyedMutex();

  async load(householdId: string): Promise<{ state: HouseholdState; revision: bigint | undefined }> {
    const recorded = await this.store.readStream(householdStream(householdId));
    const events = recorded.map((event) => event as unknown as HouseholdEvent);
    return { state: foldHousehold(events, this.registry.all), revision: recorded.at(-1)?.revision };
  }

  /** The sender of one module's commands (`{ type, data }`), each decided by that module's decider for its type. */
  commandsOf<Commands>(deciders: DecidersOf<Commands>): HouseholdCommandSender<Commands> {
    return {
      send: (command, options) => this.execute({ ...options, decide: deciderFor(deciders, command) }),
    };
  }

  async execute(command: HouseholdCommand): Promise<CommandResult> {
    const providers = await this.providers.load(command.providerAgbCodes ?? [], command.actor.gemeente);
    const scope = command.scope ?? 'open-household';
    const { actor, householdId } = command;
    // A new household (a fresh id) has no stream: the first attempt decides on the empty state without reading it,
    // and appends expecting no stream. If it exists after all, that append is refused and the next attempt reads
    // the stream and decides again (HOUSEHOLD_EXISTS): the same answer, one round trip fewer in the usual case.
    let assumeNoStream = scope === 'creates-household';
    const result = await this.households.run(householdId, () =>
      this.handler.handle<HouseholdState, DomainDraft>({
        stream: householdStream(householdId),
        actor,
        correlationId: command.correlationId,
        conflictMessage: 'Het huishouden werd tegelijk door anderen gewijzigd; probeer het opnieuw',
        load: async () => {
          if (!assumeNoStream) return this.load(householdId);
          assumeNoStream = false;
          return { state: foldHousehold([], this.registry.all), revision: undefined };
        },
        decide: async (state, correlationId) => {
          const today = todayInNetherlands();
          await this.denyUnless(command, correlationId, state.core.gemeente, () =>
            forbidUnlessHouseholdVisible(actor, state.core, scope),
          );
          const alternatives = await this.alternativesFor(command, state.core.gemeente, today);
          const context = { state, providers, today, domains: this.registry.all, alternatives };
          const drafts = decideWithinHousehold(scope, context, command.decide).map((draft) => ({
            ...draft,
            domain: this.registry.domainOf(draft),
          }));
          await this.denyUnless(command, correlationId, state.core.gemeente, () =>
            authorizeHouseholdWrite(actor, state.core, drafts, (draft) => draft.domain),
          );
          await command.beforeAppend?.();
          return drafts;
        },
        metadata: (draft) => ({
          ...(command.onBehalfOf ? { onBehalfOf: command.onBehalfOf } : {}),
          householdId,
          domain: draft.domain,
        }),
        logLine: (drafts, correlationId) => this.writeLog.lineFor(actor, householdId, drafts, correlationId),
      }),
    );
    return {
      householdId,
      eventIds: result.eventIds,
      // decideWithinHousehold never returns no events, so the handler always appended.
      streamRevision: result.streamRevision!,
      position: result.position!,
    };
  }

  private async alternativesFor(
    command: HouseholdCommand,
    gemeente: string | undefined,
    today: string,
  ): Promise<readonly AlternativeRef[]> {
    if (!command.alternativesFor || !gemeente || !this.catalogue) return [];
    return this.catalogue.alternativesFor(gemeente, command.alternativesFor, today);
  }

  /** Runs an access check; a refusal is logged (DENIED) before it reaches the caller. */
  private async denyUnless(
    command: HouseholdCommand,
    correlationId: string,
    householdGemeente: string | undefined,
    check: () => void,
  ): Promise<void> {
    try {
      check();
    } catch (error) {
      if (error instanceof DomainRejection && error.code === 'FORBIDDEN') {
        await this.writeLog.denied(command.actor, command.householdId, correlationId, householdGemeente);
      }
      throw error;
    }
  }
}

/** Sends a module's commands as data; the data's type is checked against the module's map. */
export interface HouseholdCommandSender<Commands> {
  send<Type extends keyof Commands & string>(
    command: { readonly type: Type; readonly data: Commands[Type] },
    options: HouseholdCommandOptions,
  ): Promise<CommandResult>;
}
