import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RegieConfig } from '@regie/config';
import { serveGraphiQL } from '../graphiql/graphiql.middleware';
import { traceRequests } from '../observability/trace-requests';

/** Largest request body the api reads (JSON and urlencoded); a GraphQL request is a few kB. */
export const BODY_LIMIT = '100kb';
/** The same limit in bytes: also the largest graphql-ws message. */
export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * Time limits of the HTTP server against slow clients (slowloris): all request headers within 10 s, the whole
 * request (headers and body) within 30 s, an idle keep-alive connection closed after 5 s. Node checks them every
 * second here (its default is every 30 s, so a limit could be overrun by half a minute).
 */
export const HTTP_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  connectionsCheckingIntervalMs: 1_000,
} as const;

interface TimedServer {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
}

/** Sets HTTP_TIMEOUTS on the app's server; call before `listen` (Node reads the checking interval then). */
export function limitSlowClients(app: INestApplication): void {
  const server = app.getHttpServer() as TimedServer;
  server.headersTimeout = HTTP_TIMEOUTS.headersTimeoutMs;
  server.requestTimeout = HTTP_TIMEOUTS.requestTimeoutMs;
  server.keepAliveTimeout = HTTP_TIMEOUTS.keepAliveTimeoutMs;
  server.connectionsCheckingInterval = HTTP_TIMEOUTS.connectionsCheckingIntervalMs;
}

interface BodyParserError {
  status?: number;
  type?: string;
}
interface ErrorResponse {
  headersSent: boolean;
  status(code: number): { json(body: unknown): void };
}

const SHORT_MESSAGES: Record<number, { message: string; code: string }> = {
  413: { message: `Request body too large (limit ${BODY_LIMIT})`, code: 'PAYLOAD_TOO_LARGE' },
  415: { message: 'Unsupported request body encoding', code: 'UNSUPPORTED_MEDIA_TYPE' },
};

/**
 * HTTP settings of the api, called right after the application is created and before it is initialised (so the
 * body parsers here replace Nest's defaults): the server's time limits (HTTP_TIMEOUTS), the request's trace (`traceparent` in and out), a body limit of 100 kB, and body errors (too large, malformed JSON,
 * bad charset) answered with a short JSON body with a stable code: no stack, no parser text.
 */
export function configureHttp(app: INestApplication, config: Pick<RegieConfig, 'NODE_ENV'>): void {
  const express = app as NestExpressApplication;
  express.set('env', config.NODE_ENV); // Express's own last-resort handler prints stacks outside production
  express.disable('x-powered-by');
  limitSlowClients(app);
  express.use(traceRequests()); // first: everything after runs in the request's trace
  express.useBodyParser('json', { limit: BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true });
  express.use(serveGraphiQL(config));
  express.use((error: BodyParserError, _request: unknown, response: ErrorResponse, next: (error: unknown) => void) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 0;
    if (!status || response.headersSent) return next(error);
    const { message, code } = SHORT_MESSAGES[status] ?? { message: 'Malformed request body', code: 'BAD_REQUEST' };
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  });
}
