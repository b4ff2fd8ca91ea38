// Integration and end-to-end tests run with the tracing SDK registered, as the api does: requests get trace ids
// (the correlation id) and return `traceparent`. Nothing is exported, and Jest's module loader is not patched.
import { startTracing } from '@regie/observability';

startTracing({ serviceName: 'regie-test', instrument: false });
