import type { Attributes, AttributeValue } from '@opentelemetry/api';
import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';

/**
 * Span attributes that may leave the process: names, routes, codes, sizes and positions, never values a user typed.
 * Everything else is dropped, so an instrumentation that adds something new (a query text, a client address, a
 * user agent) exports nothing personal by default.
 */
const ALLOWED = new Set([
  // HTTP (old and stable semantic conventions); url.path and http.target lose their query string below
  'http.method',
  'http.request.method',
  'http.route',
  'http.status_code',
  'http.response.status_code',
  'http.target',
  'http.scheme',
  'http.flavor',
  'url.path',
  'url.scheme',
  'network.protocol.version',
  'server.address',
  'server.port',
  'net.host.name',
  'net.host.port',
  // GraphQL: the operation's name and type and the fields resolved, never the document or its variables
  'graphql.operation.name',
  'graphql.operation.type',
  'graphql.field.name',
  'graphql.field.path',
  'graphql.field.type',
  // PostgreSQL: statements are parameterised ($1, $2, ...): the text carries no values
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.statement',
  'db.query.text',
  'db.operation.name',
  'db.collection.name',
  'net.peer.name',
  'net.peer.port',
  // what an exception event may keep
  'exception.type',
]);

/** Regie's own attributes (`regie.*`) hold counts, positions, ids of operations and codes only. */
const isAllowed = (key: string) => ALLOWED.has(key) || key.startsWith('regie.');

const URL_KEYS = new Set(['http.target', 'url.path']);

export function redactAttributes(attributes: Attributes): Attributes {
  const kept: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!isAllowed(key) || value === undefined) continue;
    kept[key] = URL_KEYS.has(key) && typeof value === 'string' ? (value.split('?')[0] as AttributeValue) : value;
  }
  return kept;
}

/** A copy of the span as exporters read it, with only allowed attributes and no status message (it may quote input). */
export function redactSpan(span: ReadableSpan): ReadableSpan {
  return Object.create(span, {
    attributes: { value: redactAttributes(span.attributes), enumerable: true },
    status: { value: { code: span.status.code }, enumerable: true },
    events: {
      value: span.events.map((event) => ({ ...event, attributes: redactAttributes(event.attributes ?? {}) })),
      enumerable: true,
    },
    links: {
      value: span.links.map((link) => ({ ...link, attributes: redactAttributes(link.attributes ?? {}) })),
      enumerable: true,
    },
  }) as ReadableSpan;
}

/** Wraps an exporter so that every span it sends has been through `redactSpan`. */
export class RedactingSpanExporter implements SpanExporter {
  constructor(private readonly inner: SpanExporter) {}

  export(spans: ReadableSpan[], resultCallback: (result: ExportResult) => void): void {
    this.inner.export(spans.map(redactSpan), resultCallback);
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }
}
