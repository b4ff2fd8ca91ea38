import type { RegieConfig } from '@regie/config';
import { correlationIdFrom } from '@regie/observability';
import { LoggerModule } from 'nestjs-pino';

/**
 * Structured JSON logs (pino): one line per request with its correlation id, method, path and status, and whatever
 * the application logs. Never personal data: no bodies, no query strings (a GET /graphql carries its variables
 * there), no authorization header.
 */
export function loggingModule(config: Pick<RegieConfig, 'LOG_LEVEL' | 'NODE_ENV'>) {
  return LoggerModule.forRoot({
    pinoHttp: {
      // Tests log nothing unless they ask for it (NODE_ENV=test keeps the test output readable).
      level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL,
      genReqId: (request) => {
        const correlated = request as { id?: string };
        correlated.id ??= correlationIdFrom(request.headers['x-correlation-id']);
        return correlated.id;
      },
      autoLogging: { ignore: (request) => /^\/(health|metrics)/.test(request.url ?? '') },
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
