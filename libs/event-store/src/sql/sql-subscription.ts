import type { EventEmitter } from 'node:events';
import type { SqlDatabase } from '@regie/sql';
import type { RecordedEvent, SubscribeAllOptions, Subscription } from '../event-store.port';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-row';

const BATCH_SIZE = 500;
/** While a gap waits for an in-flight transaction, look again soon. */
const GAP_RETRY_MS = 10;

interface SnapshotRow extends EventRow {
  xmin: string;
}

/** A hole in the positions, and a transaction id assigned after we first saw it (above its holder's xid). */
interface PendingGap {
  position: bigint;
  holderXidBelow: bigint;
}

/**
 * Catch-up subscription over the `events` table that never skips a transaction that commits late.
 *
 * Positions come from a sequence, so a transaction can draw position 5, commit after the one that drew 6,
 * and a naive reader that already passed 6 would never see 5. We deliver strictly consecutive positions
 * and stop at a hole. A hole is either still being written or was rolled back (sequences are not
 * transactional). Every appender takes its transaction id before it draws a position, and the hole became
 * visible (a later position committed) before we first saw it; so when we first see it we take a fresh
 * transaction id N, which is above the holder's. Once a snapshot's xmin (its oldest running xid) has reached
 * N, the holder has finished, and a hole still empty is permanent and skipped.
 *
 * N must be a freshly assigned xid, not the snapshot's xmax: xmax is "latest completed xid + 1", so a holder
 * that took its xid after an appender that has committed can sit at or above xmax, outside the snapshot's
 * running list, and xmin would pass it while it still runs (that skipped events under load; see
 * `late-commit.int-spec.ts`). Taking N costs one short transaction per hole, not per read.
 * Appends to different streams stay fully concurrent.
 */
export class SqlSubscription implements Subscription {
  private position: bigint;
  private delivered: bigint | undefined;
  private gap: PendingGap | undefined;
  private stopped = false;
  private caughtUpSignalled = false;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  /** Set by a notification that arrived while we were reading, so the next sleep returns at once. */
  private signalled = false;
  /** Rows this process appended and committed, handed over with the wake-up, in position order; see `handOver`. */
  private handedOver: RecordedEvent[] = [];
  private readonly onAppended = (recorded?: readonly RecordedEvent[]) => {
    if (recorded) this.handOver(recorded);
    this.signalled = true;
    this.wake?.();
  };

  constructor(
    private readonly db: SqlDatabase,
    private readonly appended: EventEmitter,
    private readonly channel: string,
    private readonly options: SubscribeAllOptions,
    private readonly settings: {
      pollIntervalMs: number;
      onStopped: () => void;
      /** The NOTIFY payload of appends in this process, which wake us without it: ignored. */
      ownNotifications?: string;
    },
  ) {
    this.position = options.after ?? 0n;
    this.delivered = options.after;
  }

  get checkpoint(): bigint | undefined {
    return this.delivered;
  }

  start(): void {
    this.appended.on('appended', this.onAppended);
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      if (this.db.kind === 'postgres') {
        const own = this.settings.ownNotifications;
        this.unlisten = await this.db
          .listen(this.channel, (payload) => {
            if (own === undefined || payload !== own) this.onAppended();
          })
          .catch(() => undefined);
      }
      while (!this.stopped) {
        const { events, blockedByGap, full } = await this.readBatch();
        for (const event of events) {
          if (this.stopped) break;
          await this.options.onEvent(event);
          this.delivered = event.position;
        }
        if (full || this.stopped) continue;
        if (!blockedByGap && !this.caughtUpSignalled) {
          this.caughtUpSignalled = true;
          this.options.onCaughtUp?.();
        }
        await this.sleep(blockedByGap ? GAP_RETRY_MS : this.settings.pollIntervalMs);
      }
    } catch (error) {
      if (!this.stopped) this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.stopped = true;
      this.appended.off('appended', this.onAppended);
      await this.unlisten?.().catch(() => undefined);
      this.settings.onStopped();
    }
  }

  /**
   * Keeps the committed rows of an append in this process (as its statement returned them, so exactly what a read
   * would give), so the next batch needs no read when they follow the last position delivered. Anything else (a
   * hole before them, other processes' events) is read as before.
   */
  private handOver(recorded: readonly RecordedEvent[]): void {
    const waiting = [...this.handedOver, ...recorded.filter((event) => event.position > this.position)];
    waiting.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    // Bounded: a subscription far behind reads its batches anyway.
    this.handedOver = waiting.length > BATCH_SIZE ? [] : waiting;
  }

  /** The handed-over rows that follow the last position without a hole, taken out of the hand-over. */
  private takeHandedOver(): RecordedEvent[] {
    const taken: RecordedEvent[] = [];
    let next = this.position + 1n;
    for (const event of this.handedOver) {
      if (event.position < next) continue;
      if (event.position !== next) break;
      taken.push(event);
      next++;
    }
    this.handedOver = this.handedOver.filter((event) => event.position >= next);
    return taken;
  }

  private async readBatch(): Promise<{ events: RecordedEvent[]; blockedByGap: boolean; full: boolean }> {
    this.signalled = false;
    const handedOver = this.takeHandedOver();
    if (handedOver.length > 0) {
      this.gap = undefined;
      this.position = handedOver.at(-1)!.position;
      return { events: handedOver, blockedByGap: false, full: false };
    }
    const { rows } = await this.db.query<SnapshotRow>(
      `select ${EVENT_COLUMNS},
              pg_snapshot_xmin(pg_current_snapshot())::text as xmin
       from events where global_position > $1 order by global_position limit $2`,
      [this.position.toString(), BATCH_SIZE],
    );
    const events: RecordedEvent[] = [];
    for (const row of rows) {
      const position = BigInt(row.position);
      if (position !== this.position + 1n && !(await this.holeIsPermanent(this.position + 1n, row))) {
        return { events, blockedByGap: true, full: false };
      }
      this.gap = undefined;
      this.position = position;
      events.push(toRecordedEvent(row));
    }
    return { events, blockedByGap: false, full: rows.length === BATCH_SIZE };
  }

  /** Never on first sight: only a snapshot taken after N was assigned (and committed) can tell. */
  private async holeIsPermanent(position: bigint, row: SnapshotRow): Promise<boolean> {
    if (this.gap?.position !== position) {
      const { rows } = await this.db.query<{ xid: string }>('select pg_current_xact_id()::text as xid');
      this.gap = { position, holderXidBelow: BigInt(rows[0]!.xid) };
      return false;
    }
    return BigInt(row.xmin) >= this.gap.holderXidBelow;
  }

  private sleep(ms: number): Promise<void> {
    if (this.signalled || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).finally(() => (this.wake = undefined));
  }
}
