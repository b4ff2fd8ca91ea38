import type { EventStore } from '@regie/event-store';
import { migrate, type SqlDatabase } from '@regie/sql';
import { adoptSearchIndexKey, type SearchIndexKeyChange } from './search-index-key';
import { SearchIndexer } from './search-indexer';
import { SEARCH_COMPONENT, searchMigrations } from './search.migrations';

export interface SearchIndexProgress {
  /** What the index was before: none yet, built with this key (only what is missing is indexed), or another key. */
  readonly before: SearchIndexKeyChange;
  /** The store position indexed so far, and the store's head when the rebuild started. */
  readonly position: bigint | undefined;
  readonly head: bigint | undefined;
}

/**
 * The one way to give the search index another key (`regie search-index rebuild --new-key`): when it was built with
 * another key it is emptied and made this key's (`adoptSearchIndexKey`), then the store is indexed up to its head. With this
 * key already it only indexes what is missing, so a rebuild that was cut off goes on when run again; an api started
 * with this key meanwhile goes on from the same checkpoint. Processes still running with the old key stop writing at
 * their next write and report `key-mismatch`. Fails (instead of retrying) when the indexing stops.
 */
export async function rebuildSearchIndex(
  store: EventStore,
  db: SqlDatabase,
  key: string,
  options: {
    /** Empty an index built with another key and build it with this one; without it such an index is refused. */
    readonly newKey: boolean;
    readonly onProgress: (progress: SearchIndexProgress) => void;
    readonly progressEveryMs?: number;
  },
): Promise<SearchIndexProgress> {
  const { onProgress, progressEveryMs = 1000 } = options;
  await migrate(db, SEARCH_COMPONENT, searchMigrations);
  const before = await adoptSearchIndexKey(db, key, options);
  const head = await store.headPosition();
  const indexer = new SearchIndexer(store, db, key);
  let fail!: (error: Error) => void;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => undefined);
  const stopListening = indexer.onStopped((error) => fail(error));
  const progress = async (): Promise<SearchIndexProgress> => ({
    before,
    position: (await indexer.report()).position,
    head,
  });
  const timer = setInterval(() => void progress().then(onProgress, () => undefined), progressEveryMs);
  try {
    await indexer.start();
    onProgress(await progress());
    await Promise.race([indexer.whenCaughtUp(), failed]);
  } finally {
    clearInterval(timer);
    stopListening();
    await indexer.stop();
  }
  return progress();
}
