// Imported first by main.ts: OpenTelemetry must patch http, pg and graphql before anything loads them.
import { loadConfig } from '@regie/config';
import { startTracing } from '@regie/observability';

try {
  const config = loadConfig();
  startTracing({
    serviceName: config.OTEL_SERVICE_NAME ?? (config.PROJECTOR_ONLY ? 'regie-projector' : 'regie-api'),
    serviceVersion: process.env.npm_package_version,
    otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT,
    sampleRatio: config.OTEL_TRACES_SAMPLER_ARG,
    // Spans of http, pg and graphql only matter when they are exported; trace ids work without them
    // (trace-requests.ts starts the request's span), and a start without the require hooks is faster.
    instrument: Boolean(config.OTEL_EXPORTER_OTLP_ENDPOINT),
  });
} catch {
  // A configuration error: main.ts reports it in one line and exits.
}
