/**
 * Automatic persisted queries (APQ), kept on deliberately (docs/integration.md, "Persisted queries"): a client may
 * send the SHA-256 of a document instead of the document once the server has seen it. It saves bandwidth for the web
 * app and integrations; it is a cache, not an access control. Every execution is still authenticated, validated
 * against the limits (graphql-armor) and rate limited, so a document sent by hash is checked as if sent in full.
 * Documents live in Apollo's in-memory LRU cache of this process (bounded); a miss answers PERSISTED_QUERY_NOT_FOUND
 * and the client sends the document again. No allow-list: domain teams write their own operations.
 */
export const PERSISTED_QUERIES = {
  /** Seconds a document stays registered without use; the LRU bound may drop it earlier. */
  ttl: 24 * 60 * 60,
} as const;
