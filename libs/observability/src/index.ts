export { correlationIdFrom, currentCorrelationId, withCorrelationId } from './correlation';
export { RegieMetrics } from './metrics';
export { ObservabilityModule } from './observability.module';
