import { ConfigError } from '@regie/config';
import type { SqlDatabase, SqlExecutor } from '@regie/sql';
import { keyFingerprint } from './blind-index';

/**
 * This process's SEARCH_INDEX_KEY is not the key the shared search index was built with. Such a process must not write
 * the index (its rows would be unfindable by the others) nor trust it (it would find nothing): it stops with this
 * line. A configuration problem, so the api and every `regie` command print it as it is.
 */
export class SearchIndexKeyMismatchError extends ConfigError {
  constructor(remedy = "use the api's key (to change the key on purpose: regie search-index rebuild --new-key)") {
    super(`SEARCH_INDEX_KEY does not match the key the search index was built with; ${remedy}`);
  }
}

/** What `adoptSearchIndexKey` found: no index yet, one built with this key, or one built with another key. */
export type SearchIndexKeyChange = 'new' | 'same' | 'changed';

/**
 * Every process that keeps or reads the index calls this at start-up: an index nobody built yet becomes this key's;
 * one built with another key is refused (`SearchIndexKeyMismatchError`) and left as it is. Only the explicit
 * `adoptSearchIndexKey` (`regie search-index rebuild`) changes the key of an index.
 */
export async function claimSearchIndex(db: SqlExecutor, key: string): Promise<void> {
  const fingerprint = keyFingerprint(key);
  await db.query(
    `insert into household_search_state (id, key_fingerprint, position) values (1, $1, null)
     on conflict (id) do nothing`,
    [fingerprint],
  );
  if ((await storedFingerprint(db)) !== fingerprint) throw new SearchIndexKeyMismatchError();
}

/** The fingerprint of the key the index was built with; undefined when there is no index yet. */
export async function storedFingerprint(db: SqlExecutor): Promise<string | undefined> {
  const { rows } = await db.query<{ key_fingerprint: string }>(
    'select key_fingerprint from household_search_state where id = 1',
  );
  return rows[0]?.key_fingerprint;
}

/**
 * The deliberate key change, only with `newKey`: when the index was built with another key, empties it and makes it
 * this key's, from the start of the store, in one transaction (the state row locked, so an indexer writing with the
 * old key waits and then finds its key refused). Without `newKey` such an index is refused as everywhere else. With
 * this key already (or no index yet), changes nothing (or claims it).
 */
export function adoptSearchIndexKey(
  db: SqlDatabase,
  key: string,
  { newKey }: { readonly newKey: boolean },
): Promise<SearchIndexKeyChange> {
  const fingerprint = keyFingerprint(key);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ key_fingerprint: string }>(
      'select key_fingerprint from household_search_state where id = 1 for update',
    );
    if (rows[0]?.key_fingerprint === fingerprint) return 'same';
    if (rows[0] && !newKey) {
      throw new SearchIndexKeyMismatchError(
        "use the api's key, or add --new-key to empty the index and build it anew with this key",
      );
    }
    await tx.query('delete from household_search_index');
    await tx.query('delete from household_address_index');
    await tx.query(
      `insert into household_search_state (id, key_fingerprint, position) values (1, $1, null)
       on conflict (id) do update set key_fingerprint = excluded.key_fingerprint, position = null`,
      [fingerprint],
    );
    return rows[0] ? 'changed' : 'new';
  });
}
