import type { EventStore } from '@regie/event-store';
import { SqlState, sqlStateOf, type SqlDatabase } from '@regie/sql';
import {
  buildDeferredIndexes,
  finishPartitionedLoad,
  partitionedLoadState,
  prepareRebuildSchema,
  readModelSchemas,
  switchReadModel,
  workerCheckpointName,
  type ReadModelSchemas,
} from './blue-green';
import { sharedPages, type PageReader } from './shared-pages';

export class RebuildBusyError extends Error {
  constructor(name: string) {
    super(`another rebuild of the ${name} read model runs on this database; wait for it to finish`);
  }
}

export interface RebuildProgress {
  readonly done: number;
  readonly head: bigint | undefined;
  readonly position: bigint | undefined;
  readonly eventsPerSecond: number;
  /** Seconds left at the current rate; undefined when unknown. */
  readonly etaSeconds: number | undefined;
  readonly finished: boolean;
  /** What the rebuild does now: projecting events, building the indexes, switching to the new read model. */
  readonly phase?: 'projecting' | 'indexing' | 'switching';
  /** True when the rebuild went on from the checkpoint of an interrupted one. */
  readonly resumed?: boolean;
}

export interface RebuildOptions {
  readonly restart?: boolean;
  /** Projectors over household partitions during the bulk load (an interrupted load keeps its number). */
  readonly workers?: number;
}

/** A projector that writes into the rebuild schema (`TimelineProjector` with `rebuildInto`). */
export interface BulkLoader {
  /** The last position it committed. */
  readonly committedPosition: bigint | undefined;
  /** A partition worker: the position up to which it has looked at every event. */
  readonly seenPosition: bigint | undefined;
  /** Projects the store from its checkpoint up to `head` (or a little past). */
  projectUpTo(head: bigint | undefined, counted: (events: number) => void): Promise<void>;
  /** A partition worker's share of the store up to `head` exactly. */
  projectPartition(head: bigint, counted: (events: number) => void): Promise<void>;
}

export interface BlueGreenRebuild {
  readonly db: SqlDatabase;
  readonly store: EventStore;
  /** The projector's checkpoint name. */
  readonly name: string;
  /** Sent at the switch, for subscriptions in every api process. */
  readonly notifyChannel: string;
  /** Events per page the partition workers read (once for all of them). */
  readonly pageSize: number;
  readonly loader: (options: {
    readonly name: string;
    readonly rebuildInto: ReadModelSchemas;
    readonly partition?: { readonly index: number; readonly count: number; readonly pages: PageReader };
  }) => BulkLoader;
  /** After the switch (before the last progress): the switched-in read model's checkpoint. */
  readonly switched: (position: bigint | undefined) => void;
}

/**
 * Builds a new read model next to the live one and switches to it in one transaction (blue/green, see
 * blue-green.ts), reporting progress about once a second. Only one rebuild runs per database at a time.
 */
export async function rebuildBlueGreen(
  rebuild: BlueGreenRebuild,
  onProgress: (progress: RebuildProgress) => void,
  options: RebuildOptions,
): Promise<RebuildProgress> {
  const { db, store, name } = rebuild;
  const guard = await db.tryLock(`rebuild:${name}`);
  if (!guard) throw new RebuildBusyError(name);
  try {
    const schemas = await readModelSchemas(db);
    const resumed = (await prepareRebuildSchema(db, schemas, options)) === 'resumed';
    const builder = rebuild.loader({ name, rebuildInto: schemas });
    let head = await store.headPosition();
    const started = Date.now();
    let done = 0;
    let phase: RebuildProgress['phase'] = 'projecting';
    let parts: BulkLoader[] | undefined;
    const progress = (finished: boolean): RebuildProgress => {
      const seconds = (Date.now() - started) / 1000;
      const eventsPerSecond = seconds > 0 ? done / seconds : 0;
      const position = parts
        ? parts.reduce<bigint | undefined>(
            (min, part) => (min === undefined || (part.seenPosition ?? 0n) < min ? (part.seenPosition ?? 0n) : min),
            undefined,
          )
        : builder.committedPosition;
      const left = head === undefined ? 0 : Number(head - (position ?? 0n));
      const etaSeconds = finished ? 0 : eventsPerSecond > 0 ? Math.max(0, left) / eventsPerSecond : undefined;
      return { done, head, position, eventsPerSecond, etaSeconds, finished, phase, resumed };
    };
    const timer = setInterval(() => onProgress(progress(false)), 1000);
    try {
      const state = await partitionedLoadState(db, schemas, name);
      const workers = state.workers ?? options.workers ?? 1;
      if (!state.done && workers > 1 && head !== undefined) {
        const loadHead = head;
        const pages = sharedPages((after) => store.readAll({ after, maxCount: rebuild.pageSize }), workers, loadHead);
        parts = pages.map((reader, index) =>
          rebuild.loader({
            name: workerCheckpointName(name, index, workers),
            rebuildInto: schemas,
            partition: { index, count: workers, pages: reader },
          }),
        );
        const results = await Promise.allSettled(
          parts.map((part) => part.projectPartition(loadHead, (count) => (done += count))),
        );
        const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
        if (failed) throw failed.reason;
        await finishPartitionedLoad(db, schemas, name, loadHead);
        parts = undefined;
      }
      let indexed = false;
      for (;;) {
        phase = 'projecting';
        await builder.projectUpTo(head, (count) => (done += count));
        if (!indexed) {
          phase = 'indexing';
          await buildDeferredIndexes(db, schemas);
          indexed = true;
        }
        phase = 'switching';
        const outcome = await switchReadModel(db, schemas, name, rebuild.notifyChannel).catch((error: unknown) => {
          // A reader in a transaction over several read-model tables can deadlock with the switch: try again.
          if (sqlStateOf(error) === SqlState.deadlockDetected) return { switched: false as const };
          throw error;
        });
        if (outcome.switched) break;
        // The live projector got further meanwhile: catch up to the head (at or past it) and try again.
        head = await store.headPosition();
      }
    } finally {
      clearInterval(timer);
    }
    // Embedded: the dropped old tables may hold what an erasure the rebuild passed blanked; their files are gone,
    // their WAL goes now (as after an erasure).
    if (db.kind === 'embedded') await db.purgeDeletedData();
    rebuild.switched(builder.committedPosition);
    const final = progress(true);
    onProgress(final);
    return final;
  } finally {
    await guard.release();
  }
}
