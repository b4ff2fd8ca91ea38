import { randomBytes, randomUUID } from 'node:crypto';
import { migrate, type SqlDatabase } from '@regie/sql';
import {
  isSubjectUnder,
  SubjectErasedError,
  subjectAndAncestors,
  type KeyProvider,
  type PrepareKeysOptions,
  type PreparedKeys,
  type SubjectKey,
} from './key-provider';
import { PRIVACY_COMPONENT, privacyMigrations } from './privacy.migrations';

interface KeyRow {
  key_id: string;
  key: Buffer | Uint8Array;
}

interface StoredKeyRow {
  subject: string;
  key_id: string | null;
  key: Buffer | Uint8Array | null;
  erased: boolean;
}

/** NOTIFY channel on which a destruction tells every process to forget the keys it cached. */
export const KEYS_DESTROYED_CHANNEL = 'regie_personal_data_keys_destroyed';

export interface SqlKeyProviderOptions {
  /** Keys kept in memory at most (least recently used go first). Default 10,000. */
  readonly cacheSize?: number;
}

/**
 * Keys in the table `personal_data_keys` of a `SqlDatabase` (PostgreSQL or PGlite). Destroying a key deletes its
 * row; a subject erased for good is remembered in `erased_subjects` (ids only). Keys are cached in memory; a
 * destruction clears the cache of this process at once and of other processes on PostgreSQL through NOTIFY.
 */
export class SqlKeyProvider implements KeyProvider {
  private readonly cache = new Map<string, SubjectKey>();
  private readonly cacheSize: number;
  private unlisten: (() => Promise<void>) | undefined;

  private constructor(
    readonly db: SqlDatabase,
    options: SqlKeyProviderOptions,
  ) {
    this.cacheSize = options.cacheSize ?? 10_000;
  }

  /** Brings the tables up to date and, on PostgreSQL, listens for destructions by other processes. */
  static async open(db: SqlDatabase, options: SqlKeyProviderOptions = {}): Promise<SqlKeyProvider> {
    await migrate(db, PRIVACY_COMPONENT, privacyMigrations);
    const provider = new SqlKeyProvider(db, options);
    if (db.kind === 'postgres') {
      provider.unlisten = await db.listen(KEYS_DESTROYED_CHANNEL, () => provider.cache.clear());
    }
    return provider;
  }

  /**
   * The subject's key, created if it has none (unless the subject was erased for good). One statement whether the key
   * exists or is new; a second read only when another process created it at the same moment.
   */
  async keyFor(subject: string): Promise<SubjectKey> {
    const cached = this.cached(subject);
    if (cached) return cached;
    const { rows } = await this.db.query<KeyRow>(
      `with existing as (select key_id, key from personal_data_keys where subject = $1),
       inserted as (
         insert into personal_data_keys (subject, key_id, key)
         select $1, $2, $3
         where not exists (select 1 from existing)
           and not exists (select 1 from erased_subjects where subject = any($4::text[]))
         on conflict (subject) do nothing
         returning key_id, key
       )
       select key_id::text as key_id, key from existing
       union all
       select key_id::text as key_id, key from inserted`,
      [subject, randomUUID(), randomBytes(32), subjectAndAncestors(subject)],
    );
    // Ours or the stored one; or, when another process inserted it first, theirs.
    const key = rows[0] ? this.remember(subject, rows[0]) : await this.existingKey(subject);
    if (!key) throw new SubjectErasedError(subject);
    return key;
  }

  /**
   * The keys of several subjects, each created if it has none: one statement for all that are not cached (an
   * append's subjects, e.g. a new household's members), instead of one commit per subject. Rejects with
   * `SubjectErasedError` when one of them was erased for good, as `keyFor` does.
   */
  async keysFor(subjects: readonly string[]): Promise<Map<string, SubjectKey>> {
    const keys = new Map<string, SubjectKey>();
    const missing = [...new Set(subjects)].filter((subject) => {
      const cached = this.cached(subject);
      if (cached) keys.set(subject, cached);
      return !cached;
    });
    if (missing.length === 0) return keys;
    if (missing.length === 1) {
      keys.set(missing[0]!, await this.keyFor(missing[0]!));
      return keys;
    }
    const ancestors = missing.flatMap((subject) => subjectAndAncestors(subject).map((ancestor) => [subject, ancestor]));
    const { rows } = await this.db.query<KeyRow & { subject: string }>(
      `with wanted as (
         select * from unnest($1::text[], $2::uuid[], $3::text[]) as w(subject, key_id, key_hex)
       ),
       existing as (
         select k.subject, k.key_id, k.key from personal_data_keys k join wanted w on w.subject = k.subject
       ),
       inserted as (
         insert into personal_data_keys (subject, key_id, key)
         select w.subject, w.key_id, decode(w.key_hex, 'hex') from wanted w
         where not exists (select 1 from existing e where e.subject = w.subject)
           and not exists (
             select 1 from unnest($4::text[], $5::text[]) as a(subject, ancestor)
             join erased_subjects x on x.subject = a.ancestor
             where a.subject = w.subject
           )
         order by w.subject
         on conflict (subject) do nothing
         returning subject, key_id, key
       )
       select subject, key_id::text as key_id, key from existing
       union all
       select subject, key_id::text as key_id, key from inserted`,
      [
        missing,
        missing.map(() => randomUUID()),
        missing.map(() => randomBytes(32).toString('hex')),
        ancestors.map(([subject]) => subject),
        ancestors.map(([, ancestor]) => ancestor),
      ],
    );
    for (const row of rows) keys.set(row.subject, this.remember(row.subject, row));
    for (const subject of missing) {
      if (keys.has(subject)) continue;
      // Another process created it at the same moment (theirs), or it was erased for good.
      const key = await this.existingKey(subject);
      if (!key) throw new SubjectErasedError(subject);
      keys.set(subject, key);
    }
    return keys;
  }

  async prepareKeys(subjects: readonly string[], options: PrepareKeysOptions = {}): Promise<PreparedKeys> {
    const keys = new Map<string, SubjectKey>();
    const missing = [...new Set(subjects)].filter((subject) => {
      const cached = this.cached(subject);
      if (cached) keys.set(subject, cached);
      return !cached;
    });
    if (missing.length === 0) return { database: this.db, keys, committed: () => undefined };
    // Not read: a subject that has a key (unique) or was erased for good (null key_id) fails the append's statement.
    const rows: StoredKeyRow[] = options.assumeNew
      ? missing.map((subject) => ({ subject, key_id: null, key: null, erased: false }))
      : await this.storedKeys(missing);
    const stored = new Map<string, SubjectKey>();
    const fresh: { subject: string; key_id: string; key: string }[] = [];
    for (const row of rows) {
      if (row.key_id != null) {
        const key = { id: row.key_id, material: Buffer.from(row.key!) };
        stored.set(row.subject, key);
        keys.set(row.subject, key);
      } else if (row.erased) {
        throw new SubjectErasedError(row.subject);
      } else {
        const key = { id: randomUUID(), material: randomBytes(32) };
        keys.set(row.subject, key);
        fresh.push({ subject: row.subject, key_id: key.id, key: key.material.toString('hex') });
      }
    }
    const remember = () => {
      for (const [subject, key] of stored) this.remember(subject, { key_id: key.id, key: key.material });
      for (const { subject } of fresh) {
        const key = keys.get(subject)!;
        this.remember(subject, { key_id: key.id, key: key.material });
      }
    };
    if (fresh.length === 0) return { database: this.db, keys, committed: remember };
    return {
      database: this.db,
      keys,
      committed: remember,
      statement: {
        // No "on conflict": a key another process created meanwhile fails the statement (unique), and a subject
        // erased for good meanwhile too (its key_id becomes null): both or neither with the events.
        sql: (parameter, onlyIf) => `insert into personal_data_keys (subject, key_id, key)
          select w.subject,
                 case when exists (select 1 from erased_subjects x where x.subject = any(w.ancestors)) then null
                      else w.key_id end,
                 decode(w.key, 'hex')
          from jsonb_to_recordset(${parameter}::jsonb) as w(subject text, key_id uuid, key text, ancestors text[])
          where ${onlyIf}`,
        value: JSON.stringify(fresh.map((row) => ({ ...row, ancestors: subjectAndAncestors(row.subject) }))),
      },
    };
  }

  /** One read: the stored keys of these subjects (none: null), and which of them are erased for good. */
  private async storedKeys(subjects: readonly string[]) {
    const ancestors = subjects.flatMap((subject) =>
      subjectAndAncestors(subject).map((ancestor) => [subject, ancestor]),
    );
    const { rows } = await this.db.query<StoredKeyRow>(
      `select w.subject, k.key_id::text as key_id, k.key,
              exists (
                select 1 from unnest($2::text[], $3::text[]) as a(subject, ancestor)
                join erased_subjects x on x.subject = a.ancestor
                where a.subject = w.subject
              ) as erased
       from unnest($1::text[]) as w(subject)
       left join personal_data_keys k on k.subject = w.subject`,
      [subjects, ancestors.map(([subject]) => subject), ancestors.map(([, ancestor]) => ancestor)],
    );
    return rows;
  }

  async existingKey(subject: string): Promise<SubjectKey | undefined> {
    const cached = this.cached(subject);
    if (cached) return cached;
    const { rows } = await this.db.query<KeyRow>(
      'select key_id::text as key_id, key from personal_data_keys where subject = $1',
      [subject],
    );
    return rows[0] ? this.remember(subject, rows[0]) : undefined;
  }

  /** Least recently used first out: a hit moves the key to the end. */
  private cached(subject: string): SubjectKey | undefined {
    const cached = this.cache.get(subject);
    if (cached) {
      this.cache.delete(subject);
      this.cache.set(subject, cached);
    }
    return cached;
  }

  private remember(subject: string, row: KeyRow): SubjectKey {
    const key = { id: row.key_id, material: Buffer.from(row.key) };
    this.cache.set(subject, key);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    return key;
  }

  async destroy(subjects: readonly string[], options: { readonly final?: boolean } = {}): Promise<number> {
    if (subjects.length === 0) return 0;
    const destroyed = await this.db.transaction(async (tx) => {
      // ';' follows ':' byte-wise: [s || ':', s || ';') is every subject below s.
      const { rows } = await tx.query<{ subject: string }>(
        `delete from personal_data_keys k using unnest($1::text[]) as p(subject)
         where k.subject = p.subject or (k.subject >= p.subject || ':' and k.subject < p.subject || ';')
         returning k.subject`,
        [[...subjects]],
      );
      if (options.final) {
        await tx.query(
          'insert into erased_subjects (subject) select unnest($1::text[]) on conflict (subject) do nothing',
          [[...subjects]],
        );
      }
      await tx.query('select pg_notify($1, $2)', [KEYS_DESTROYED_CHANNEL, '']);
      return rows.length;
    });
    for (const subject of [...this.cache.keys()]) {
      if (subjects.some((ancestor) => isSubjectUnder(subject, ancestor))) this.cache.delete(subject);
    }
    return destroyed;
  }

  /** Stops listening; the database stays open (it is the caller's). */
  async close(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
    this.cache.clear();
  }
}
