import { context, isSpanContextValid, propagation, trace } from '@opentelemetry/api';

export interface TraceIds {
  /** W3C trace id, 32 lowercase hex: Regie's correlation id. */
  readonly traceId: string;
  /** W3C span id of the active span, 16 lowercase hex. */
  readonly spanId: string;
}

/** The active span's W3C ids, when there is a span (a request, a projector batch, a CLI command). */
export function currentTraceIds(): TraceIds | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : undefined;
}

/**
 * The correlation id of the work in progress: the W3C trace id of the active span. The request's log lines, the
 * events it writes and its verwerkingenlog lines carry it; a caller that sends `traceparent` sees its own trace id.
 */
export function currentCorrelationId(): string | undefined {
  return currentTraceIds()?.traceId;
}

/** The active context as W3C headers (`traceparent`, and `tracestate` when there is one), to return or pass on. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}
