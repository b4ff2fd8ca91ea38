import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<string>();

/** A caller-supplied correlation id is accepted only in this shape, so nothing odd reaches logs or events. */
const ACCEPTED = /^[A-Za-z0-9._:-]{8,100}$/;

/** The correlation id of an incoming request: the `x-correlation-id` header when it is well-formed, else a new one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED.test(value) ? value : randomUUID();
}

/** Runs `work` with `id` as the correlation id of everything it does (logs, events, the verwerkingenlog). */
export function withCorrelationId<T>(id: string, work: () => T): T {
  return storage.run(id, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}
