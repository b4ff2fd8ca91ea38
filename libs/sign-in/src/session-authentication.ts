import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '@regie/access';
import { parse, serialize, type CookieSerializeOptions } from 'cookie';
import type { Session, SessionStore } from './session-store';

/** The header (HTTP) and connectionParams key (graphql-ws) that carry a cookie session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_PARAM = 'csrfToken';

export interface CookieSettings {
  /** `https://…` origin: cookies are `Secure` and the session cookie gets the `__Host-` prefix. */
  readonly publicUrl: string;
}

type Headers = Record<string, string | string[] | undefined>;

/** What a request's cookie session amounts to (`none`: it carries no session cookie at all). */
export type SessionCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'session'; readonly actor: Actor; readonly expiresAt: number; readonly session: Session }
  /** A session cookie that is unknown or expired: signed out, as a bad bearer token is. */
  | { readonly kind: 'expired' }
  /** A valid session, but the request is not proven to come from Regie's own pages. */
  | { readonly kind: 'csrf' };

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Constant-time comparison of a presented secret with the session's. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (typeof a !== 'string') return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Cookie sessions for the browser next to bearer tokens for systems. A cookie-authenticated request must prove it
 * comes from Regie's own pages: the session's CSRF token in a header (or connectionParams) that another site cannot
 * read or set, and an `Origin`, when the browser sends one, equal to PUBLIC_URL. SameSite=Lax on the cookie is a
 * second line, not the only one.
 */
export class SessionAuthentication {
  readonly cookieName: string;
  readonly signInCookieName = 'regie_sign_in';
  private readonly secure: boolean;
  private readonly origin: string;

  constructor(
    private readonly store: SessionStore,
    settings: CookieSettings,
  ) {
    this.secure = settings.publicUrl.startsWith('https://');
    this.origin = new URL(settings.publicUrl).origin;
    // __Host-: only over https, for this host only, path / — no subdomain can set or shadow it.
    this.cookieName = this.secure ? '__Host-regie_session' : 'regie_session';
  }

  cookieValue(headers: Headers, name = this.cookieName): string | undefined {
    const raw = header(headers, 'cookie');
    if (!raw) return undefined;
    const value = parse(raw)[name];
    return value && value.length <= 128 ? value : undefined;
  }

  /** The session of an HTTP request to /graphql, with the CSRF check. */
  async forHttp(headers: Headers): Promise<SessionCheck> {
    const cookie = this.cookieValue(headers);
    if (!cookie) return { kind: 'none' };
    const session = await this.store.find(cookie, { touch: true });
    if (!session) return { kind: 'expired' };
    const origin = header(headers, 'origin');
    if (
      (origin !== undefined && origin !== this.origin) ||
      !sameSecret(header(headers, CSRF_HEADER), session.csrfToken)
    ) {
      return { kind: 'csrf' };
    }
    return { kind: 'session', actor: session.actor, expiresAt: session.expiresAt, session };
  }

  /** The session of a graphql-ws connection: the upgrade request's cookie, its Origin (required) and the token. */
  async forWebSocket(headers: Headers, params: Readonly<Record<string, unknown>>): Promise<SessionCheck> {
    const cookie = this.cookieValue(headers);
    if (!cookie) return { kind: 'none' };
    const session = await this.store.find(cookie, { touch: false });
    if (!session) return { kind: 'expired' };
    if (header(headers, 'origin') !== this.origin || !sameSecret(params[CSRF_PARAM] as string, session.csrfToken)) {
      return { kind: 'csrf' };
    }
    return { kind: 'session', actor: session.actor, expiresAt: session.expiresAt, session };
  }

  /** The session behind a page request (no CSRF check: it only reads the session to render the page). */
  async forPage(headers: Headers): Promise<Session | undefined> {
    const cookie = this.cookieValue(headers);
    return cookie ? this.store.find(cookie, { touch: true }) : undefined;
  }

  sessionCookie(value: string, maxAgeMs: number): string {
    return serialize(this.cookieName, value, this.options({ path: '/', maxAge: Math.floor(maxAgeMs / 1000) }));
  }

  clearSessionCookie(): string {
    return serialize(this.cookieName, '', this.options({ path: '/', maxAge: 0 }));
  }

  signInCookie(value: string): string {
    return serialize(this.signInCookieName, value, this.options({ path: '/auth', maxAge: 600 }));
  }

  clearSignInCookie(): string {
    return serialize(this.signInCookieName, '', this.options({ path: '/auth', maxAge: 0 }));
  }

  /** Lax: the callback from the identity provider is a cross-site top-level GET that must carry the sign-in cookie. */
  private options(extra: CookieSerializeOptions): CookieSerializeOptions {
    return { httpOnly: true, secure: this.secure, sameSite: 'lax', ...extra };
  }
}
