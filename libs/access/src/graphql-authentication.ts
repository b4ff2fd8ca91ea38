import type { Actor } from './actor';
import type { TokenVerifier } from './token-verifier';

/**
 * The GraphQL context of every operation: the transport's request, and the caller once its token is verified.
 * `authFailure` marks a token that was sent but did not verify (as opposed to no token at all).
 */
export interface RegieGraphQLContext {
  readonly req: unknown;
  readonly res?: unknown;
  readonly actor?: Actor;
  readonly authFailure?: true;
  /** A browser session whose request did not prove it came from Regie's own pages (CSRF): refused. */
  readonly csrfFailure?: true;
}

type Headers = Record<string, string | string[] | undefined>;

/** What a request's cookie session amounts to; implemented by @regie/sign-in (kept structural to avoid a cycle). */
export type CookieSessionCheck =
  | { readonly kind: 'none' | 'expired' | 'csrf' }
  | { readonly kind: 'session'; readonly actor: Actor; readonly expiresAt: number };

/** Browser sessions, accepted where a request carries no bearer token. */
export interface CookieSessions {
  forHttp(headers: Headers): Promise<CookieSessionCheck>;
  forWebSocket(headers: Headers, params: Readonly<Record<string, unknown>>): Promise<CookieSessionCheck>;
}

/** The verified caller of a GraphQL operation, or undefined. Others use this to read the actor from a context. */
export function actorOfContext(gqlContext: unknown): Actor | undefined {
  if (typeof gqlContext !== 'object' || gqlContext === null) return undefined;
  return (gqlContext as RegieGraphQLContext).actor;
}

interface HttpContextArgument {
  readonly req: { readonly headers: Headers };
  readonly res?: unknown;
}

/** The graphql-ws connection context (the parts used here); `extra` is the ws adapter's `{ socket, request }`. */
interface WsConnection {
  readonly connectionParams?: Readonly<Record<string, unknown>>;
  readonly extra: unknown;
}

interface WsExtra {
  readonly request: unknown;
  readonly socket: { close(code?: number, reason?: string): void; once(event: 'close', listener: () => void): void };
}

const isWsConnection = (argument: unknown): argument is WsConnection =>
  typeof argument === 'object' && argument !== null && 'extra' in argument && 'connectionInitReceived' in argument;

/** graphql-ws close code for a refused or expired connection; clients may retry with a fresh token. */
export const WS_FORBIDDEN = 4403;
/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Authentication for Apollo (HTTP) and graphql-ws, verified once per HTTP request and once per WebSocket connection:
 * - `context`: the GraphQL context function. For HTTP it reads `Authorization: Bearer …`; for a graphql-ws operation
 *   it takes the actor verified when the connection opened (and marks a failure once that token has expired).
 * - `onConnect`: graphql-ws connection_init. Refuses (close 4403) a connection without a valid token in
 *   `connectionParams.authorization` (or `Authorization`), and closes the socket (4403) when the token expires.
 */
export function graphqlAuthentication(
  verifier: TokenVerifier,
  sessions?: CookieSessions,
): {
  context: (argument: unknown) => Promise<RegieGraphQLContext>;
  onConnect: (connection: WsConnection) => Promise<boolean>;
} {
  const connections = new WeakMap<object, { actor: Actor; expiresAt: number }>();

  return {
    async context(argument: unknown): Promise<RegieGraphQLContext> {
      if (isWsConnection(argument)) {
        const connection = connections.get(argument);
        const { request } = argument.extra as WsExtra;
        const valid = connection !== undefined && connection.expiresAt > Date.now();
        return valid ? { req: request, actor: connection.actor } : { req: request, authFailure: true };
      }
      const { req, res } = argument as HttpContextArgument;
      if (sessions && req.headers.authorization === undefined) {
        const check = await sessions.forHttp(req.headers);
        if (check.kind === 'session') return { req, res, actor: check.actor };
        if (check.kind === 'expired') return { req, res, authFailure: true };
        if (check.kind === 'csrf') return { req, res, csrfFailure: true };
      }
      const authentication = await verifier.authenticate(req.headers.authorization);
      if (authentication.actor) return { req, res, actor: authentication.actor };
      return authentication.authFailure ? { req, res, authFailure: true } : { req, res };
    },

    async onConnect(connection: WsConnection): Promise<boolean> {
      const params = connection.connectionParams ?? {};
      const bearer = params.authorization ?? params.Authorization;
      const authentication =
        bearer === undefined && sessions
          ? await sessionOfUpgrade(sessions, connection, params)
          : await verifier.authenticate(bearer);
      if (!authentication.actor) return false;
      connections.set(connection, { actor: authentication.actor, expiresAt: authentication.expiresAt });
      const remaining = authentication.expiresAt - Date.now();
      if (remaining <= MAX_TIMER_MS) {
        const { socket } = connection.extra as WsExtra;
        const timer = setTimeout(() => socket.close(WS_FORBIDDEN, 'Forbidden'), Math.max(0, remaining));
        timer.unref();
        socket.once('close', () => clearTimeout(timer));
      }
      return true;
    },
  };
}

async function sessionOfUpgrade(
  sessions: CookieSessions,
  connection: WsConnection,
  params: Readonly<Record<string, unknown>>,
): Promise<{ actor?: Actor; expiresAt: number }> {
  const request = (connection.extra as WsExtra).request as { headers?: Headers } | undefined;
  const check = await sessions.forWebSocket(request?.headers ?? {}, params);
  return check.kind === 'session' ? { actor: check.actor, expiresAt: check.expiresAt } : { expiresAt: 0 };
}
