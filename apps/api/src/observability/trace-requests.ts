import { context, propagation, ROOT_CONTEXT, trace } from '@opentelemetry/api';
import { currentTraceIds, regieTracer, SpanKind, traceHeaders } from '@regie/observability';

interface TracedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface TracedResponse {
  setHeader(name: string, value: string): void;
  once(event: 'finish' | 'close', listener: () => void): void;
  readonly statusCode: number;
}

/**
 * First middleware of the api: every request runs in a span whose trace id is its correlation id, and the response
 * returns it as `traceparent`. The HTTP instrumentation normally made that span already (from the caller's
 * `traceparent`, if any); where it is not loaded (tests) this starts an equivalent one.
 */
export function traceRequests() {
  return (request: TracedRequest, response: TracedResponse, next: () => void) => {
    if (currentTraceIds()) {
      returnTraceparent(response);
      return next();
    }
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = regieTracer().startSpan(
      request.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0] },
      },
      parent,
    );
    response.once('close', () => {
      span.setAttribute('http.response.status_code', response.statusCode);
      span.end();
    });
    context.with(trace.setSpan(parent, span), () => {
      returnTraceparent(response);
      next();
    });
  };
}

function returnTraceparent(response: TracedResponse): void {
  for (const [name, value] of Object.entries(traceHeaders())) response.setHeader(name, value);
}
