import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Regie's Prometheus metrics, in one registry (no global state, so tests and several apps in one process don't
 * collide). Labels never carry personal data or ids: only operation names, result codes and roles.
 */
export class RegieMetrics {
  readonly registry = new Registry();

  readonly commands = new Counter({
    name: 'regie_commands_total',
    help: 'Household commands (mutations) by name and result: ok or the error code.',
    labelNames: ['command', 'result'] as const,
    registers: [this.registry],
  });

  readonly commandRetries = new Counter({
    name: 'regie_command_retries_total',
    help: 'Commands decided again because another writer changed the stream first (optimistic concurrency, every stream).',
    registers: [this.registry],
  });

  readonly commandConflicts = new Counter({
    name: 'regie_command_conflicts_total',
    help: 'Commands given up after the last retry: answered with CONFLICT.',
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'regie_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation type and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly projectedEvents = new Counter({
    name: 'regie_projector_events_total',
    help: 'Events projected into the read model by this process (rate() gives events/s).',
    registers: [this.registry],
  });

  readonly projectorLag = new Gauge({
    name: 'regie_projector_lag_events',
    help: 'Events in the store not yet in the read model (whichever process projects).',
    registers: [this.registry],
  });

  readonly projectorActive = new Gauge({
    name: 'regie_projector_active',
    help: '1 when this process holds the projector lock, 0 on standby.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'regie_' });
  }
}
