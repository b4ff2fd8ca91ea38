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

/**
 * Keyed blind indexes of a woonadres (same key, purpose-bound by the `adres:` prefix): one of postcode and huisnummer,
 * which a search without toevoeging compares, and one with what follows the huisnummer (huisletter and toevoeging as
 * `addressSuffix` writes them, possibly empty), which a search with a toevoeging compares. Neither stores the
 * postcode: the roughly 10 million Dutch addresses are public, so an unkeyed hash could be reversed by trying them all.
 */
export function addressBlindIndexes(
  key: string,
  address: { postcode: string; huisnummer: number; suffix: string },
): { numberIndex: string; fullIndex: string } {
  const hmac = (text: string) => createHmac('sha256', key).update(text).digest('base64url');
  return {
    numberIndex: hmac(`adres:${address.postcode}:${address.huisnummer}`),
    fullIndex: hmac(`adres:${address.postcode}:${address.huisnummer}:${address.suffix}`),
  };
}

/** Identifies the key without revealing it: when it changes, the index is rebuilt with the new key. */
export function keyFingerprint(key: string): string {
  return createHmac('sha256', key).update('regie-search-key-fingerprint').digest('base64url').slice(0, 16);
}
