import { randomBytes, randomUUID } from 'node:crypto';
import {
  isSubjectUnder,
  SubjectErasedError,
  subjectAndAncestors,
  type KeyProvider,
  type SubjectKey,
} from './key-provider';

/** Keys in memory: for unit tests and tools that never persist anything. */
export class InMemoryKeyProvider implements KeyProvider {
  readonly keys = new Map<string, SubjectKey>();
  readonly erased = new Set<string>();

  async keyFor(subject: string): Promise<SubjectKey> {
    const existing = this.keys.get(subject);
    if (existing) return existing;
    if (subjectAndAncestors(subject).some((candidate) => this.erased.has(candidate))) {
      throw new SubjectErasedError(subject);
    }
    const key = { id: randomUUID(), material: randomBytes(32) };
    this.keys.set(subject, key);
    return key;
  }

  async existingKey(subject: string): Promise<SubjectKey | undefined> {
    return this.keys.get(subject);
  }

  async destroy(subjects: readonly string[], options: { readonly final?: boolean } = {}): Promise<number> {
    let destroyed = 0;
    for (const subject of [...this.keys.keys()]) {
      if (subjects.some((ancestor) => isSubjectUnder(subject, ancestor))) {
        this.keys.delete(subject);
        destroyed++;
      }
    }
    if (options.final) subjects.forEach((subject) => this.erased.add(subject));
    return destroyed;
  }
}
