import type { SqlExecutor } from '@regie/sql';
import type {
  AppendOptions,
  AppendResult,
  CompanionStatement,
  CompanionWrite,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeAllOptions,
  Subscription,
} from '@regie/event-store';
import { sqlStateOf } from '@regie/sql';
import type { KeyProvider, PrepareKeysOptions, PreparedKeys, SubjectKey } from './key-provider';
import { PersonalDataCipher, subjectsToSeal, type PersonalDataLocation } from './personal-data-cipher';

/** An event as the policy sees it: to be appended (plaintext) or read back (opened). */
export interface EventAddress {
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: EventMetadata;
}

/** Key subjects to destroy; `final` ones never get a key again (a forgotten person). */
export interface ErasureStep {
  readonly subjects: readonly string[];
  readonly final: boolean;
}

/** What is personal data in which event, and which events erase it. Declared by the owner of the events. */
export interface PersonalDataPolicy {
  /** Where the personal data of an event to append is and whose it is; empty when there is none. */
  locate(event: EventAddress): readonly PersonalDataLocation[];
  /** The keys an erasure event destroys; empty for every other event. */
  erasureOf(event: EventAddress): readonly ErasureStep[];
}

/**
 * The `EventStore` port with personal data sealed: above the adapter, so PostgreSQL, PGlite and KurrentDB store
 * only ciphertext of it, and every reader (the write side's fold, the projector, tools) sees plaintext, or the
 * placeholder of a field whose key was destroyed.
 *
 * An erasure event is the instruction to destroy keys: right after it is appended, its subjects' keys are
 * destroyed; and a subscription that delivers one destroys them again before passing it on (idempotent), so a
 * crash between the append and the destruction is healed by the projector.
 */
export class PersonalDataEventStore implements EventStore {
  readonly cipher: PersonalDataCipher;

  constructor(
    /** The adapter below; `sqlDatabaseOf` looks through to it. */
    readonly decorated: EventStore,
    readonly keys: KeyProvider,
    private readonly policy: PersonalDataPolicy,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {
    this.cipher = new PersonalDataCipher(keys);
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult> {
    const located = events.map((event) => ({ event, locations: this.policy.locate({ ...event, streamId }) }));
    const seal = (keys?: ReadonlyMap<string, SubjectKey>) =>
      Promise.all(
        located.map(async ({ event, locations }) =>
          locations.length === 0 ? event : { ...event, data: await this.cipher.sealAt(event.data, locations, keys) },
        ),
      );
    // A companion elsewhere is refused by the store below; the keys then go the usual way.
    const companion = options?.companion;
    const prepared =
      companion && !this.decorated.canCommitWith(companion.database)
        ? undefined
        : await this.prepareKeys(located, { assumeNew: expected === 'no_stream' });
    let result: AppendResult;
    if (prepared?.statement) {
      try {
        result = await this.decorated.append(streamId, await seal(prepared.keys), expected, {
          ...options,
          companion: withStatement(prepared.database, prepared.statement, options?.companion),
        });
      } catch (error) {
        // Another process created one of these keys first, or a subject was erased for good meanwhile: nothing was
        // written; append once more the usual way (its keys found or refused first).
        if (!sqlStateOf(error)?.startsWith('23')) throw error;
        result = await this.decorated.append(streamId, await seal(), expected, options);
        for (const event of events) await this.erase({ ...event, streamId });
        return result;
      }
    } else {
      result = await this.decorated.append(streamId, await seal(prepared?.keys), expected, options);
    }
    // Committed: the new keys are durable with the events and may be cached now.
    prepared?.committed();
    for (const event of events) await this.erase({ ...event, streamId });
    return result;
  }

  /**
   * The keys of the subjects these events seal, read (and the missing ones made) for the append's own statement to
   * insert, where the keys live in the store's database; undefined elsewhere.
   */
  private async prepareKeys(
    located: readonly { event: NewEvent; locations: readonly PersonalDataLocation[] }[],
    options: PrepareKeysOptions,
  ): Promise<PreparedKeys | undefined> {
    if (!this.keys.prepareKeys) return undefined;
    const subjects = located.flatMap(({ event, locations }) => subjectsToSeal(event.data, locations));
    if (subjects.length === 0) return undefined;
    const prepared = await this.keys.prepareKeys(subjects, options);
    if (prepared.statement && !this.decorated.canCommitWith(prepared.database)) return undefined;
    return prepared;
  }

  async readStream(streamId: string): Promise<RecordedEvent[]> {
    return Promise.all((await this.decorated.readStream(streamId)).map((event) => this.open(event)));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return Promise.all((await this.decorated.readAll(options)).map((event) => this.open(event)));
  }

  canCommitWith(database: SqlExecutor): boolean {
    return this.decorated.canCommitWith(database);
  }

  headPosition(): Promise<bigint | undefined> {
    return this.decorated.headPosition();
  }

  subscribeAll(options: SubscribeAllOptions): Subscription {
    return this.decorated.subscribeAll({
      ...options,
      onEvent: async (event) => {
        await this.erase(event);
        await options.onEvent(await this.open(event));
      },
    });
  }

  async close(): Promise<void> {
    try {
      await this.decorated.close();
    } finally {
      await this.onClose();
    }
  }

  /** The event with its personal data opened. */
  async open(event: RecordedEvent): Promise<RecordedEvent> {
    const data = await this.cipher.openAll(event.data);
    return data === event.data ? event : { ...event, data };
  }

  private async erase(event: EventAddress): Promise<void> {
    for (const step of this.policy.erasureOf(event)) {
      await this.keys.destroy(step.subjects, { final: step.final });
    }
  }
}

/** The caller's companion (the verwerkingenlog line) with the keys' insert in front of it, or the insert alone. */
function withStatement(
  database: SqlExecutor,
  statement: CompanionStatement,
  companion: CompanionWrite | undefined,
): CompanionWrite {
  const insert = async (tx: SqlExecutor) => {
    await tx.query(statement.sql('$1', 'true'), [statement.value]);
  };
  if (!companion) return { database, write: insert, statements: [statement] };
  return {
    database,
    write: async (tx) => {
      await insert(tx);
      await companion.write(tx);
    },
    statements: companion.statements ? [statement, ...companion.statements] : undefined,
  };
}
