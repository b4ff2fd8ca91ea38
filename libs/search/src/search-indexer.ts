import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@regie/event-store';
import {
  householdIdOfStream,
  HouseholdEventType as T,
  isReadableAddress,
  suffixOf,
  type AddressRecorded,
  type HouseholdRegistered,
  type MemberAdded,
  type MemberRemoved,
  type PersonErased,
  type RetentionExpired,
} from '@regie/household';
import type { SqlDatabase, SqlExecutor } from '@regie/sql';
import { addressBlindIndexes, bsnBlindIndex, keyFingerprint } from './blind-index';

export const SEARCH_DATABASE = Symbol('SEARCH_DATABASE');
export const SEARCH_INDEX_KEY = Symbol('SEARCH_INDEX_KEY');

/** The events that change the index; every other event only moves the checkpoint (written now and then). */
const INDEXED_TYPES: ReadonlySet<string> = new Set([
  T.registered,
  T.memberAdded,
  T.memberRemoved,
  T.addressRecorded,
  T.personErased,
  T.retentionExpired,
]);
/** How often a checkpoint moved only by events the index ignores is written (a restart re-reads at most this). */
const CHECKPOINT_EVERY_MS = 1000;

const householdOf = (event: RecordedEvent): string | undefined =>
  (event.metadata?.householdId as string | undefined) ?? householdIdOfStream(event.streamId);

/**
 * Keeps the BSN and woonadres blind indexes: follows the event store from its own checkpoint (one row, updated with
 * each event in the same transaction), so it needs nothing from the timeline projector. Members added get their
 * BSN's index, a household its address's (at registration or when recorded; a move replaces it); a member removed,
 * a person erased or a household past its retention term leaves the index. Upserts and deletes are
 * idempotent, so two processes indexing at once (scale-out) do no harm. A new SEARCH_INDEX_KEY empties the index
 * and indexes everything again.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchIndexer');
  private subscription: Subscription | undefined;
  private caughtUp!: Promise<void>;
  /** The last position this process indexed. */
  private position = -1n;
  /** The last position written to household_search_state. */
  private saved = -1n;
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SEARCH_DATABASE) private readonly db: SqlDatabase,
    @Inject(SEARCH_INDEX_KEY) private readonly key: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const after = await this.checkpoint();
    let resolve!: () => void;
    this.caughtUp = new Promise((done) => (resolve = done));
    this.subscription = this.store.subscribeAll({
      after,
      onEvent: (event) => this.apply(event),
      onCaughtUp: resolve,
      onError: (error) => this.logger.error(`search index stopped: ${error.message}`),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saveCheckpoint().catch(() => undefined);
  }

  /** Resolves once everything that existed at start-up is indexed (tests, benchmarks). */
  whenCaughtUp(): Promise<void> {
    return this.caughtUp;
  }

  /**
   * Waits (at most `timeoutMs`) until everything in the store now is indexed, so a search right after a
   * registration finds it, as the timeline's read-your-writes does for queries.
   */
  async waitForHead(timeoutMs = 2000): Promise<void> {
    const head = await this.store.headPosition();
    const deadline = Date.now() + timeoutMs;
    while (head !== undefined && this.position < head && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private async checkpoint(): Promise<bigint | undefined> {
    const fingerprint = keyFingerprint(this.key);
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ key_fingerprint: string; position: string | null }>(
        'select key_fingerprint, position::text as position from household_search_state where id = 1 for update',
      );
      if (rows[0]?.key_fingerprint === fingerprint)
        return rows[0].position === null ? undefined : BigInt(rows[0].position);
      if (rows[0]) this.logger.warn('SEARCH_INDEX_KEY changed: the search index is built again with the new key');
      await tx.query('delete from household_search_index');
      await tx.query('delete from household_address_index');
      await tx.query(
        `insert into household_search_state (id, key_fingerprint, position) values (1, $1, null)
         on conflict (id) do update set key_fingerprint = excluded.key_fingerprint, position = null`,
        [fingerprint],
      );
      return undefined;
    });
  }

  private async apply(event: RecordedEvent): Promise<void> {
    const householdId = householdOf(event);
    if (!householdId || !INDEXED_TYPES.has(event.type)) {
      // Most events are care content the index ignores: no write per event, only a checkpoint now and then.
      this.position = event.position;
      this.saveTimer ??= setTimeout(() => {
        this.saveTimer = undefined;
        this.saveCheckpoint().catch((error: Error) =>
          this.logger.warn(`search checkpoint not saved: ${error.message}`),
        );
      }, CHECKPOINT_EVERY_MS).unref();
      return;
    }
    // Not waiting for the flush to disk: a crash of the server can lose the last of these as a whole (index rows
    // with their checkpoint), and they are indexed again from the stored events; upserts and deletes are idempotent.
    await this.db.transaction(
      async (tx) => {
        await this.index(tx, householdId, event);
        // Not waited for: the commit goes out right behind it (and fails if it did).
        void this.moveCheckpoint(tx, event.position);
      },
      { durable: false },
    );
    this.position = this.saved = event.position;
  }

  private async saveCheckpoint(): Promise<void> {
    const position = this.position;
    if (position <= this.saved) return;
    await this.moveCheckpoint(this.db, position);
    if (position > this.saved) this.saved = position;
  }

  private moveCheckpoint(tx: SqlExecutor, position: bigint): Promise<unknown> {
    return tx.query('update household_search_state set position = greatest(coalesce(position, 0), $1) where id = 1', [
      position.toString(),
    ]);
  }

  private async index(tx: SqlExecutor, householdId: string, event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case T.registered: {
        const { members, address } = event.data as HouseholdRegistered;
        // Sent one after another without waiting for each answer.
        await Promise.all([
          ...members.map((member) => this.upsert(tx, householdId, member.memberId, member.bsn)),
          this.indexAddress(tx, householdId, address),
        ]);
        return;
      }
      case T.addressRecorded:
        return this.indexAddress(tx, householdId, (event.data as AddressRecorded).address);
      case T.memberAdded: {
        const { member } = event.data as MemberAdded;
        return this.upsert(tx, householdId, member.memberId, member.bsn);
      }
      case T.memberRemoved:
      case T.personErased: {
        const { memberId } = event.data as MemberRemoved | PersonErased;
        await tx.query('delete from household_search_index where household_id = $1 and member_id = $2', [
          householdId,
          memberId,
        ]);
        return;
      }
      case T.retentionExpired:
        if ((event.data as RetentionExpired).wholeHousehold) {
          await tx.query('delete from household_search_index where household_id = $1', [householdId]);
          await tx.query('delete from household_address_index where household_id = $1', [householdId]);
        }
        return;
    }
  }

  private async upsert(tx: SqlExecutor, householdId: string, memberId: string, bsn: unknown): Promise<void> {
    // A BSN that could not be read (its key was destroyed) is not indexed.
    if (typeof bsn !== 'string' || !/^[0-9]{9}$/.test(bsn)) return;
    await tx.query(
      `insert into household_search_index (household_id, member_id, bsn_index) values ($1, $2, $3)
       on conflict (household_id, member_id) do update set bsn_index = excluded.bsn_index`,
      [householdId, memberId, bsnBlindIndex(this.key, bsn)],
    );
  }

  /** The address's indexes replace the household's earlier ones; an address that cannot be read (erased) is not indexed. */
  private async indexAddress(tx: SqlExecutor, householdId: string, address: unknown): Promise<void> {
    if (!isReadableAddress(address)) {
      if (address !== undefined)
        await tx.query('delete from household_address_index where household_id = $1', [householdId]);
      return;
    }
    const { numberIndex, fullIndex } = addressBlindIndexes(this.key, { ...address, suffix: suffixOf(address) });
    await tx.query(
      `insert into household_address_index (household_id, number_index, full_index) values ($1, $2, $3)
       on conflict (household_id) do update set number_index = excluded.number_index, full_index = excluded.full_index`,
      [householdId, numberIndex, fullIndex],
    );
  }
}
