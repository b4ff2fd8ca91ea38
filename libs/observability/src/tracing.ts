import { SpanKind, trace, type Tracer } from '@opentelemetry/api';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as Instrumentation from '@opentelemetry/instrumentation';
import type * as GraphQLInstrumentationModule from '@opentelemetry/instrumentation-graphql';
import type * as HttpInstrumentationModule from '@opentelemetry/instrumentation-http';
import type * as PgInstrumentationModule from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import { RedactingSpanExporter } from './span-redaction';

export interface TracingOptions {
  /** `service.name` of the spans: `regie-api`, `regie-projector`. */
  readonly serviceName: string;
  readonly serviceVersion?: string;
  /**
   * OTLP/HTTP (JSON) endpoint: the collector's base URL (`/v1/traces` is added) as in OTEL_EXPORTER_OTLP_ENDPOINT.
   * Without it (and without `exporter`) nothing is exported, but every request still gets a trace id.
   */
  readonly otlpEndpoint?: string;
  /** Share of new traces recorded when exporting, 0..1 (a caller's sampled flag is followed). Default 1. */
  readonly sampleRatio?: number;
  /** Patch http, pg and graphql (false where modules are not loaded through Node's require, as under Jest). */
  readonly instrument?: boolean;
  /** An exporter of one's own (tests: in memory), sent every span at once. */
  readonly exporter?: SpanExporter;
}

export interface Tracing {
  /** Sends what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

let started: Tracing | undefined;

/**
 * OpenTelemetry for this process: W3C trace context (`traceparent`) in and out, trace ids as correlation ids, spans
 * for HTTP, GraphQL operations and PostgreSQL (instrumentations), and Regie's own (graphql-ws, projector batches).
 * Exported over OTLP only when configured; span attributes pass `redactSpan` (no personal data). Call it before
 * http, pg and graphql are loaded. A second call returns the first one's handle.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (started) return started;
  const exporting = options.exporter ?? (options.otlpEndpoint ? otlpExporter(options.otlpEndpoint) : undefined);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      'service.name': options.serviceName,
      ...(options.serviceVersion ? { 'service.version': options.serviceVersion } : {}),
    }),
    // Not exporting: record nothing, but spans still get ids, which is what correlation needs.
    sampler: exporting
      ? new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.sampleRatio ?? 1) })
      : new AlwaysOffSampler(),
    spanProcessors: exporting
      ? [
          options.exporter
            ? new SimpleSpanProcessor(new RedactingSpanExporter(exporting))
            : new BatchSpanProcessor(new RedactingSpanExporter(exporting)),
        ]
      : [],
  });
  provider.register(); // AsyncLocalStorage context, W3C trace context and baggage propagation
  const uninstrument = options.instrument === false ? () => undefined : instrument(provider);
  started = {
    async shutdown() {
      uninstrument();
      await provider.shutdown();
      started = undefined;
    },
  };
  return started;
}

// The exporter and the instrumentations are loaded (synchronously, before the modules they patch) only when used:
// a process that exports nothing does not pay for their few hundred modules at start-up.
/* eslint-disable @typescript-eslint/no-require-imports */
function otlpExporter(endpoint: string): SpanExporter {
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp;
  return new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
}

function instrument(provider: NodeTracerProvider): () => void {
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof Instrumentation;
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof HttpInstrumentationModule;
  const { GraphQLInstrumentation } =
    require('@opentelemetry/instrumentation-graphql') as typeof GraphQLInstrumentationModule;
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof PgInstrumentationModule;
  return registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)(\/|$|\?)/.test(request.url ?? ''),
      }),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** Regie's tracer, for spans the instrumentations do not make (graphql-ws, the projector, the CLI). */
export function regieTracer(): Tracer {
  return trace.getTracer('regie');
}

export { SpanKind };
