import { randomUUID } from 'node:crypto';
import { currentCorrelationId } from '@regie/observability';

const perRequest = new WeakMap<object, string>();

/**
 * The correlation id of the current GraphQL operation's request, for `ProcessingLogEntry.correlationId`: the
 * request's own (`@regie/observability`, the same id its log line and events carry; a caller's `traceparent` trace id
 * only when it is a plain identifier), else one generated here on first use and the same for every entry of that
 * request (keyed by the context's `req`; for graphql-ws that is the connection's upgrade request).
 */
export function correlationIdOf(gqlContext: unknown): string {
  const current = currentCorrelationId();
  if (current) return current;
  const req = (gqlContext as { req?: unknown } | null | undefined)?.req;
  if (typeof req !== 'object' || req === null) return randomUUID();
  let id = perRequest.get(req);
  if (!id) {
    id = randomUUID();
    perRequest.set(req, id);
  }
  return id;
}
