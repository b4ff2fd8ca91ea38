import { ROOT_CONTEXT, SpanStatusCode } from '@opentelemetry/api';
import type { RecordedEvent } from '@regie/event-store';
import { regieTracer, SpanKind } from '@regie/observability';

/** Runs one projector batch in a span of its own trace: how many events, which positions, how long, failed or not. */
export function traceBatch<T>(batch: readonly RecordedEvent[], work: () => Promise<T>): Promise<T> {
  const attributes = {
    'regie.projector.events': batch.length,
    'regie.projector.first_position': String(batch[0]?.position ?? ''),
    'regie.projector.last_position': String(batch.at(-1)?.position ?? ''),
  };
  return regieTracer().startActiveSpan(
    'projector batch',
    { kind: SpanKind.CONSUMER, attributes },
    ROOT_CONTEXT,
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.setAttribute('regie.error', error instanceof Error ? error.name : 'Error');
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
