import type { CompanionStatement } from '@regie/event-store';
import type { SqlExecutor } from '@regie/sql';

/** A data-encryption key of one subject. `id` changes when a subject gets a new key after its old one was destroyed. */
export interface SubjectKey {
  readonly id: string;
  /** 32 bytes: AES-256. */
  readonly material: Buffer;
}

/**
 * Keys per data subject (`member:<memberId>`, `household:<householdId>:JEUGD`, ...). Subjects form a tree along the
 * `:` separator: destroying `member:m1` also destroys `member:m1:JEUGD`.
 *
 * `SqlKeyProvider` keeps keys in the database; a KMS-backed provider (keys wrapped by a master key that never
 * leaves the KMS, or generated and held there) implements the same three calls.
 */
export interface KeyProvider {
  /** The subject's current key, created on first use. Rejects with `SubjectErasedError` for a subject erased for good. */
  keyFor(subject: string): Promise<SubjectKey>;
  /**
   * Optional: `keyFor` of several subjects at once (one round trip where the keys live in a database). A subject
   * erased for good rejects the whole call with `SubjectErasedError`.
   */
  keysFor?(subjects: readonly string[]): Promise<Map<string, SubjectKey>>;
  /**
   * Optional: the keys of several subjects for an append to the database the keys live in, without writing yet: the
   * existing ones read, the missing ones made here, to be inserted by `statement` in the append's own statement (so
   * they commit with the events, in one commit). After the append committed, `committed()` keeps them in the cache;
   * a key is never cached (nor used again) before it is durable. Rejects with `SubjectErasedError` as `keyFor`.
   * With `assumeNew` (the caller appends to a new stream, so its subjects are most likely new too) nothing is read:
   * every uncached subject gets a new key, and one that exists or was erased for good fails `statement`.
   */
  prepareKeys?(subjects: readonly string[], options?: PrepareKeysOptions): Promise<PreparedKeys>;
  /** The subject's current key if it has one; undefined once destroyed (or never created). */
  existingKey(subject: string): Promise<SubjectKey | undefined>;
  /**
   * Destroys the keys of these subjects and of every subject below them; returns how many keys went. With
   * `final`, the subjects are remembered as erased (ids only) and `keyFor` never creates a key for them again.
   */
  destroy(subjects: readonly string[], options?: { readonly final?: boolean }): Promise<number>;
}

export interface PrepareKeysOptions {
  readonly assumeNew?: boolean;
}

export interface PreparedKeys {
  /** The database the new keys must be inserted in (the append must commit there). */
  readonly database: SqlExecutor;
  readonly keys: ReadonlyMap<string, SubjectKey>;
  /**
   * Inserts the new keys (undefined when there are none). Fails the statement when another process created one of
   * them first (unique) or a subject was erased for good meanwhile (not null): the caller then appends again with
   * `keysFor`/`keyFor`.
   */
  readonly statement?: CompanionStatement;
  committed(): void;
}

/** `keyFor` was asked for a subject whose data was erased for good (e.g. a forgotten person). */
export class SubjectErasedError extends Error {
  constructor(readonly subject: string) {
    super(`The personal data of ${subject} was erased; no new key is issued for it`);
    this.name = 'SubjectErasedError';
  }
}

/** `member:m1:JEUGD` → `['member:m1:JEUGD', 'member:m1', 'member']`: the subject and every subject above it. */
export function subjectAndAncestors(subject: string): string[] {
  const parts = subject.split(':');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join(':'));
}

/** Whether `subject` is `ancestor` or lies below it (`member:m1:JEUGD` is under `member:m1`, `member:m10` is not). */
export function isSubjectUnder(subject: string, ancestor: string): boolean {
  return subject === ancestor || subject.startsWith(`${ancestor}:`);
}
