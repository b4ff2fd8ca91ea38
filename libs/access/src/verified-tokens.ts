import { createHash } from 'node:crypto';

interface Entry<T> {
  readonly verified: T;
  readonly until: number;
}

/**
 * Tokens verified a moment ago, so a caller's next requests skip the signature check: on a small request jose's
 * check was the largest part of the api's own work. An entry counts until the token's `exp` and for at most
 * `maxAgeMs` (five minutes: a key the identity provider withdraws stops working about as soon as jose's key set cache
 * lets it go), whichever comes first. Only successes are kept, under the token's SHA-256 (no bearer token is held in
 * memory longer than its request); beyond `maxEntries` the oldest go first.
 */
export class VerifiedTokens<T extends { readonly expiresAt: number }> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxEntries = 10_000,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(token: string): T | undefined {
    const key = digest(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.verified;
    this.entries.delete(key);
    return undefined;
  }

  remember(token: string, verified: T): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest(token), { verified, until: Math.min(verified.expiresAt, this.now() + this.maxAgeMs) });
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64');
