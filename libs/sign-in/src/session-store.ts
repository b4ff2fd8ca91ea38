import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@regie/access';
import type { Migration, SqlDatabase } from '@regie/sql';

export const SIGN_IN_COMPONENT = 'sign-in';

/**
 * Browser sessions and sign-ins in progress, in the read-model database (so every api process sees them). Only a
 * SHA-256 of the cookie value is stored: a copy of the table does not let anyone take over a session.
 */
export const signInMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'web sessions and sign-ins in progress',
    sql: `
      create table web_sessions (
        id_hash text primary key,
        actor jsonb not null,
        csrf_token text not null,
        id_token text,
        created_at timestamptz not null,
        last_seen_at timestamptz not null,
        idle_expires_at timestamptz not null,
        absolute_expires_at timestamptz not null
      );
      create index web_sessions_expiry_idx on web_sessions (idle_expires_at);
      create table web_sign_ins (
        id_hash text primary key,
        state text not null,
        nonce text not null,
        code_verifier text not null,
        return_to text not null,
        expires_at timestamptz not null
      );
    `,
  },
];

export interface SessionTimeouts {
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export interface Session {
  readonly actor: Actor;
  readonly csrfToken: string;
  readonly idToken: string | null;
  /** The earlier of the idle and the absolute deadline (ms since the epoch). */
  readonly expiresAt: number;
}

export interface SignInAttempt {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
}

/** A sign-in must finish within this long after it started. */
const SIGN_IN_TTL_MS = 10 * 60_000;
/** A session's last activity is written at most this often (not on every request). */
const TOUCH_EVERY_MS = 30_000;

export const newSecret = (): string => randomBytes(32).toString('base64url');
const hash = (value: string): string => createHash('sha256').update(value).digest('base64url');

interface SessionRow {
  actor: Actor;
  csrf_token: string;
  id_token: string | null;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
}

export class SessionStore {
  constructor(
    private readonly db: SqlDatabase,
    private readonly timeouts: SessionTimeouts,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session; returns the cookie value (the only copy of the secret). */
  async create(actor: Actor, idToken: string | null): Promise<{ cookie: string; session: Session }> {
    const cookie = newSecret();
    const csrfToken = newSecret();
    const now = this.now();
    const idle = now + this.timeouts.idleMs;
    const absolute = now + this.timeouts.absoluteMs;
    await this.db.query(
      `insert into web_sessions (id_hash, actor, csrf_token, id_token, created_at, last_seen_at, idle_expires_at,
         absolute_expires_at)
       values ($1, $2::jsonb, $3, $4, $5, $5, $6, $7)`,
      [hash(cookie), JSON.stringify(actor), csrfToken, idToken, new Date(now), new Date(idle), new Date(absolute)],
    );
    await this.purgeExpired();
    return { cookie, session: { actor, csrfToken, idToken, expiresAt: Math.min(idle, absolute) } };
  }

  /**
   * The session of a cookie value, or undefined when unknown or expired. `touch` (every request a person makes)
   * moves the idle deadline; reads that are not activity (a WebSocket reconnect) do not.
   */
  async find(cookie: string, options: { touch: boolean }): Promise<Session | undefined> {
    const { rows } = await this.db.query<SessionRow>(
      `select actor, csrf_token, id_token, last_seen_at, idle_expires_at, absolute_expires_at
       from web_sessions where id_hash = $1`,
      [hash(cookie)],
    );
    const row = rows[0];
    const now = this.now();
    if (!row) return undefined;
    const absolute = row.absolute_expires_at.getTime();
    let idle = row.idle_expires_at.getTime();
    if (idle <= now || absolute <= now) {
      await this.end(cookie);
      return undefined;
    }
    if (options.touch && now - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      idle = now + this.timeouts.idleMs;
      await this.db.query(`update web_sessions set last_seen_at = $2, idle_expires_at = $3 where id_hash = $1`, [
        hash(cookie),
        new Date(now),
        new Date(idle),
      ]);
    }
    return {
      actor: row.actor,
      csrfToken: row.csrf_token,
      idToken: row.id_token,
      expiresAt: Math.min(idle, absolute),
    };
  }

  /** Ends the session; returns what logout at the identity provider needs. */
  async end(cookie: string): Promise<{ idToken: string | null } | undefined> {
    const { rows } = await this.db.query<{ id_token: string | null }>(
      `delete from web_sessions where id_hash = $1 returning id_token`,
      [hash(cookie)],
    );
    return rows[0] ? { idToken: rows[0].id_token } : undefined;
  }

  /** Remembers a sign-in in progress under a fresh cookie value (binds the callback to this browser). */
  async startSignIn(attempt: SignInAttempt): Promise<string> {
    const cookie = newSecret();
    await this.db.query(
      `insert into web_sign_ins (id_hash, state, nonce, code_verifier, return_to, expires_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        hash(cookie),
        attempt.state,
        attempt.nonce,
        attempt.codeVerifier,
        attempt.returnTo,
        new Date(this.now() + SIGN_IN_TTL_MS),
      ],
    );
    return cookie;
  }

  /** The sign-in of this cookie, once: it is deleted as it is read. Undefined when unknown or too old. */
  async takeSignIn(cookie: string): Promise<SignInAttempt | undefined> {
    const { rows } = await this.db.query<{
      state: string;
      nonce: string;
      code_verifier: string;
      return_to: string;
      expires_at: Date;
    }>(`delete from web_sign_ins where id_hash = $1 returning state, nonce, code_verifier, return_to, expires_at`, [
      hash(cookie),
    ]);
    const row = rows[0];
    if (!row || row.expires_at.getTime() <= this.now()) return undefined;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  private async purgeExpired(): Promise<void> {
    const now = new Date(this.now());
    await this.db.query(`delete from web_sessions where idle_expires_at <= $1 or absolute_expires_at <= $1`, [now]);
    await this.db.query(`delete from web_sign_ins where expires_at <= $1`, [now]);
  }
}
