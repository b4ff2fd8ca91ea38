import type { SqlExecutor } from '@regie/sql';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  RecordedEvent,
  SubscribeAllOptions,
  Subscription,
} from '@regie/event-store';
import type { KeyProvider } from './key-provider';
import { PersonalDataCipher, type PersonalDataLocation } from './personal-data-cipher';

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
    const sealed = await Promise.all(
      events.map(async (event) => {
        const locations = this.policy.locate({ ...event, streamId });
        return locations.length === 0 ? event : { ...event, data: await this.cipher.sealAt(event.data, locations) };
      }),
    );
    const result = await this.decorated.append(streamId, sealed, expected, options);
    for (const event of events) await this.erase({ ...event, streamId });
    return result;
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
