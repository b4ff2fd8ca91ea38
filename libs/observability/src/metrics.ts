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

  private searchIndexMetrics: SearchIndexMetrics | undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'regie_' });
  }

  /** Registered by a process that keeps the search index (the api), on first use: the projector process has none. */
  searchIndex(): SearchIndexMetrics {
    this.searchIndexMetrics ??= {
      lag: new Gauge({
        name: 'regie_search_index_lag_events',
        help: 'Events in the store not yet in the BSN and address search index as this process sees it.',
        registers: [this.registry],
      }),
      running: new Gauge({
        name: 'regie_search_indexer_running',
        help: "1 while this process's search indexer follows the store, 0 while it is stopped (it retries by itself; for good after a key mismatch).",
        registers: [this.registry],
      }),
      stops: new Counter({
        name: 'regie_search_indexer_stops_total',
        help: "Times this process's search indexer stopped (a failure it recovers from, or a key mismatch).",
        registers: [this.registry],
      }),
    };
    return this.searchIndexMetrics;
  }
}

export interface SearchIndexMetrics {
  readonly lag: Gauge;
  readonly running: Gauge;
  readonly stops: Counter;
}
