import { Inject, Injectable, Optional } from '@nestjs/common';
import { currentCorrelationId, RegieMetrics } from '@regie/observability';
import type { Actor } from '@regie/access';
import {
  EVENT_STORE,
  WrongExpectedVersionError,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
} from '@regie/event-store';
import { randomUUID } from 'node:crypto';
import { decideWithinHousehold, type CommandScope, type Decider } from '../core/decide-context';
import type { HouseholdEvent, RegieEventMetadata } from '../core/event-envelope';
import { foldHousehold } from '../core/household-state';
import { todayInNetherlands } from '../core/local-date';
import { DomainRejection, reject } from '../core/rejection';
import {
  VOORLIGGEND_VELD_LOOKUP,
  type AlternativeRef,
  type ReplaceableSupport,
  type VoorliggendVeldLookup,
} from '../insight/voorliggend-veld';
import { authorizeHouseholdWrite, forbidUnlessHouseholdVisible } from '../access/authorize-write';
import { WriteLog } from '../access/write-log';
import { ProcessingLog, type ProcessingLogEntry } from '@regie/audit';
import { DomainRegistry } from './domain-registry';
import { KeyedMutex } from './keyed-mutex';
import { ProviderDirectory } from './provider-directory';

export const householdStream = (householdId: string) => `household-${householdId}`;

/** How many times a command is re-decided after another writer changed the household first. */
const MAX_ATTEMPTS = 10;

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
}

export interface CommandResult {
  readonly householdId: string | undefined;
  readonly eventIds: readonly string[];
  readonly streamRevision: bigint;
  readonly position: bigint;
}

/**
 * The one write path into a household stream, for the household lib and every domain module: load the stream,
 * fold it, decide, append with the expected revision; on a conflict reload and decide again (bounded).
 */
@Injectable()
export class HouseholdCommandExecutor {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
    private readonly providers: ProviderDirectory,
    @Optional() private readonly metrics?: RegieMetrics,
    @Optional() private readonly processingLog?: ProcessingLog,
    @Optional() @Inject(VOORLIGGEND_VELD_LOOKUP) private readonly catalogue?: VoorliggendVeldLookup,
  ) {
    this.writeLog = new WriteLog(processingLog);
  }

  private readonly writeLog: WriteLog;
  /**
   * Commands on one household run one at a time in this process (load, decide, append), so writers in one process
   * never conflict with each other; conflicts, and the retries below, remain only between processes.
   */
  private readonly households = new KeyedMutex();

  async load(householdId: string) {
    const recorded = await this.store.readStream(householdStream(householdId));
    const events = recorded.map((event) => event as unknown as HouseholdEvent);
    const revision = recorded.length === 0 ? undefined : recorded[recorded.length - 1]!.revision;
    return { state: foldHousehold(events, this.registry.all), revision };
  }

  async execute(command: HouseholdCommand): Promise<CommandResult> {
    const providers = await this.providers.load(command.providerAgbCodes ?? [], command.actor.gemeente);
    const correlationId = command.correlationId ?? currentCorrelationId() ?? randomUUID();
    return this.households.run(command.householdId, () => this.decideAndAppend(command, providers, correlationId));
  }

  private async decideAndAppend(
    command: HouseholdCommand,
    providers: Awaited<ReturnType<ProviderDirectory['load']>>,
    correlationId: string,
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.load(command.householdId);
      const today = todayInNetherlands();
      await this.denyUnless(command, correlationId, state.core.gemeente, () =>
        forbidUnlessHouseholdVisible(command.actor, state.core, command.scope ?? 'open-household'),
      );
      const drafts = decideWithinHousehold(
        command.scope ?? 'open-household',
        {
          state,
          providers,
          today,
          domains: this.registry.all,
          alternatives: await this.alternativesFor(command, state.core.gemeente, today),
        },
        command.decide,
      );
      await this.denyUnless(command, correlationId, state.core.gemeente, () =>
        authorizeHouseholdWrite(command.actor, state.core, drafts, (draft) => this.registry.domainOf(draft)),
      );
      const recordedAt = new Date().toISOString();
      const events: NewEvent[] = drafts.map((draft) => ({
        id: randomUUID(),
        type: draft.type,
        data: draft.data,
        metadata: {
          actor: command.actor,
          ...(command.onBehalfOf ? { onBehalfOf: command.onBehalfOf } : {}),
          correlationId,
          occurredAt: draft.occurredAt ?? recordedAt,
          householdId: command.householdId,
          domain: this.registry.domainOf(draft),
        } satisfies RegieEventMetadata,
      }));
      try {
        const line = this.writeLog.lineFor(command.actor, command.householdId, drafts, correlationId);
        const stream = householdStream(command.householdId);
        const result = await this.appendWithLine(stream, events, revision ?? 'no_stream', line);
        return {
          householdId: command.householdId,
          eventIds: events.map((event) => event.id),
          streamRevision: result.nextRevision,
          position: result.position,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          this.metrics?.commandConflicts.inc();
          reject('CONFLICT', 'Het huishouden werd tegelijk door anderen gewijzigd; probeer het opnieuw');
        }
        this.metrics?.commandRetries.inc();
        // Jitter, so writers that collided do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  /**
   * No stored write without its verwerkingenlog line. Where the log lives in the store's own database (PostgreSQL,
   * embedded) the line commits in the append's transaction: both or neither. Otherwise (KurrentDB) the line is
   * written first: a crash or a conflict can leave a line whose write never happened, never a write without a line.
   */
  private async appendWithLine(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    line: ProcessingLogEntry | undefined,
  ): Promise<AppendResult> {
    const log = this.processingLog;
    if (!line || !log) return this.store.append(stream, events, expected);
    if (this.store.canCommitWith(log.database)) {
      return this.store.append(stream, events, expected, {
        companion: { database: log.database, write: (tx) => log.within(tx).record(line) },
      });
    }
    await log.record(line);
    return this.store.append(stream, events, expected);
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
