/**
 * How long a subscription waits before it subscribes again after a failure: 250 ms, doubling up to 5 s. Shared by the
 * KurrentDB adapter's subscription and `ResubscribingSubscription`, so every consumer backs off the same way.
 */
export const INITIAL_BACKOFF_MS = 250;
export const MAX_BACKOFF_MS = 5_000;

export const nextBackoff = (ms: number): number => Math.min(ms * 2, MAX_BACKOFF_MS);
