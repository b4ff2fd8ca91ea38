import { Injectable, type NestMiddleware } from '@nestjs/common';
import { correlationIdFrom, withCorrelationId } from '@regie/observability';

interface CorrelatedRequest {
  headers: Record<string, string | string[] | undefined>;
  id?: string;
}

/**
 * Gives every request a correlation id (a well-formed `x-correlation-id` from the caller, or a new one) and runs
 * it inside that id's context: the request log line, the events it writes and the verwerkingenlog carry it, and
 * the response returns it so a user can quote it to the helpdesk.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(request: CorrelatedRequest, response: { setHeader(name: string, value: string): void }, next: () => void) {
    // pino-http may have run first and set it (same rule): keep one id per request.
    const id = request.id ?? correlationIdFrom(request.headers['x-correlation-id']);
    request.id = id;
    response.setHeader('x-correlation-id', id);
    withCorrelationId(id, next);
  }
}
