export { currentCorrelationId, currentTraceIds, traceHeaders, type TraceIds } from './correlation';
export { RegieMetrics, type SearchIndexMetrics } from './metrics';
export { ObservabilityModule } from './observability.module';
export { redactAttributes, redactSpan, RedactingSpanExporter } from './span-redaction';
export { regieTracer, SpanKind, startTracing, type Tracing, type TracingOptions } from './tracing';
