import { randomUUID } from 'node:crypto';

const perRequest = new WeakMap<object, string>();

/**
 * The correlation id of the current GraphQL operation's request, for `ProcessingLogEntry.correlationId`: generated
 * here on first use and the same for every entry of that request (keyed by the context's `req`; for graphql-ws
 * that is the connection's upgrade request). Never taken from a client header: the log holds no caller-chosen ids.
 */
export function correlationIdOf(gqlContext: unknown): string {
  const req = (gqlContext as { req?: unknown } | null | undefined)?.req;
  if (typeof req !== 'object' || req === null) return randomUUID();
  let id = perRequest.get(req);
  if (!id) {
    id = randomUUID();
    perRequest.set(req, id);
  }
  return id;
}
