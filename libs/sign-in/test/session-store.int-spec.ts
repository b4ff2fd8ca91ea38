import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@regie/access';
import { EmbeddedDatabase, migrate } from '@regie/sql';
import { SessionStore, SIGN_IN_COMPONENT, signInMigrations } from '../src/session-store';

const anna: Actor = { userId: 'u-regisseur-anna', name: 'Anna Bakker', role: 'regisseur', gemeente: '0599' };
const MINUTE = 60_000;

describe('SessionStore (PGlite)', () => {
  let directory: string;
  let db: EmbeddedDatabase;
  let now: number;
  let store: SessionStore;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'regie-sessions-'));
    db = await EmbeddedDatabase.open(directory);
    await migrate(db, SIGN_IN_COMPONENT, signInMigrations);
  });
  afterAll(async () => {
    await db.close();
    rmSync(directory, { recursive: true, force: true });
  });
  beforeEach(() => {
    now = Date.parse('2026-12-06T09:00:00Z');
    store = new SessionStore(db, { idleMs: 30 * MINUTE, absoluteMs: 10 * 60 * MINUTE }, () => now);
  });

  it('finds a session by its cookie value only; the table holds a hash, not the value', async () => {
    const { cookie, session } = await store.create(anna, 'id-token');
    expect(session.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(await store.find(cookie, { touch: true })).toMatchObject({ actor: anna, csrfToken: session.csrfToken });
    expect(await store.find(`${cookie}x`, { touch: true })).toBeUndefined();
    const { rows } = await db.query<{ id_hash: string }>('select id_hash from web_sessions');
    expect(rows.map((row) => row.id_hash)).not.toContain(cookie);
  });

  it('ends after the idle timeout unless a request moved it, and after the absolute timeout in any case', async () => {
    const { cookie } = await store.create(anna, null);
    now += 29 * MINUTE;
    expect(await store.find(cookie, { touch: true })).toBeDefined(); // activity: idle deadline moves
    now += 29 * MINUTE;
    expect(await store.find(cookie, { touch: false })).toBeDefined(); // 58 minutes, still within the moved deadline
    now += 2 * MINUTE;
    expect(await store.find(cookie, { touch: false })).toBeUndefined(); // a WebSocket reconnect is no activity
    const second = await store.create(anna, null);
    for (let minutes = 0; minutes < 10 * 60 - 20; minutes += 20) {
      now += 20 * MINUTE;
      expect(await store.find(second.cookie, { touch: true })).toBeDefined();
    }
    now += 20 * MINUTE;
    expect(await store.find(second.cookie, { touch: true })).toBeUndefined(); // 10 hours: over
  });

  it('ends a session on logout and returns the ID token for the identity provider', async () => {
    const { cookie } = await store.create(anna, 'the-id-token');
    expect(await store.end(cookie)).toEqual({ idToken: 'the-id-token' });
    expect(await store.find(cookie, { touch: true })).toBeUndefined();
    expect(await store.end(cookie)).toBeUndefined();
  });

  it('hands a sign-in in progress back once, and not after ten minutes', async () => {
    const attempt = { state: 's', nonce: 'n', codeVerifier: 'v', returnTo: '/zoeken' };
    const cookie = await store.startSignIn(attempt);
    expect(await store.takeSignIn(cookie)).toEqual(attempt);
    expect(await store.takeSignIn(cookie)).toBeUndefined();
    const late = await store.startSignIn(attempt);
    now += 11 * MINUTE;
    expect(await store.takeSignIn(late)).toBeUndefined();
  });
});
