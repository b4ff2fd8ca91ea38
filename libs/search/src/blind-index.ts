import { createHmac } from 'node:crypto';

/**
 * A keyed blind index of a BSN: HMAC-SHA256 under SEARCH_INDEX_KEY. The index finds a BSN by equality without
 * storing it; without the key (kept outside the database) nobody can test the roughly 90 million valid BSNs against
 * a copy of the table. Purpose-bound by the `bsn:` prefix, so the same key never yields the same value for another
 * kind of data.
 */
export function bsnBlindIndex(key: string, bsn: string): string {
  return createHmac('sha256', key).update(`bsn:${bsn}`).digest('base64url');
}

/** Identifies the key without revealing it: when it changes, the index is rebuilt with the new key. */
export function keyFingerprint(key: string): string {
  return createHmac('sha256', key).update('regie-search-key-fingerprint').digest('base64url').slice(0, 16);
}
