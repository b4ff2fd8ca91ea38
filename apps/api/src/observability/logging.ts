import { randomBytes, randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import type { RegieConfig } from '@regie/config';
import { currentCorrelationId, currentTraceIds } from '@regie/observability';
import { LoggerModule, type Logger } from 'nestjs-pino';
import { graphQLLogLevel, graphQLOutcomeOf } from './graphql-outcome';

/**
 * The demo seed's requests carry this header with DEMO_SEED_MARK, a random value of this process: their request
 * lines are logged at debug, not info. Nobody else knows the value, so no caller can quiet its own requests.
 */
export const DEMO_SEED_HEADER = 'x-regie-demo-seed';
export const DEMO_SEED_MARK = randomBytes(18).toString('base64url');

/** Nest's own start-up messages (modules loaded, routes mapped): debug, so the first screen is for a person. */
const FRAMEWORK_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'GraphQLModule',
  'NestApplication',
]);

/** Nest's logger interface over pino, with Nest's start-up chatter at debug. */
export class ApplicationLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    if (FRAMEWORK_CONTEXTS.has(params.at(-1) as string)) this.pino.debug(message, ...params);
    else this.pino.log(message, ...params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.pino.error(message, ...params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.pino.warn(message, ...params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.pino.debug(message, ...params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.pino.verbose(message, ...params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.pino.fatal(message, ...params);
  }
}

/**
 * Structured JSON logs (pino): one line per request with its trace id (the correlation id), method, path and status, and whatever
 * the application logs. Never personal data: no bodies, no query strings (a GET /graphql carries its variables
 * there), no authorization header.
 */
export function loggingModule(config: Pick<RegieConfig, 'LOG_LEVEL' | 'NODE_ENV'>) {
  return LoggerModule.forRoot({
    pinoHttp: {
      // Tests log nothing unless they ask for it (NODE_ENV=test keeps the test output readable).
      level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
      // The request's id is its trace id (the correlation id); every line says which trace and span it belongs to.
      genReqId: () => currentCorrelationId() ?? randomUUID(),
      mixin: () => {
        const ids = currentTraceIds();
        return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
      },
      autoLogging: { ignore: (request) => /^\/(health|metrics)/.test(request.url ?? '') },
      customLogLevel: (request, response, error) =>
        request.headers[DEMO_SEED_HEADER] === DEMO_SEED_MARK
          ? 'debug'
          : error || response.statusCode >= 500
            ? 'error'
            : response.statusCode >= 400
              ? 'warn'
              : graphQLLogLevel(graphQLOutcomeOf(response)),
      // A GraphQL answer is HTTP 200 also when refused or failed: the line names the operation type and outcome.
      customProps: (_request, response) => {
        const graphql = graphQLOutcomeOf(response);
        return graphql ? { graphql } : {};
      },
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers'], remove: true },
      customSuccessMessage: () => 'request completed',
      customErrorMessage: () => 'request failed',
    },
  });
}
