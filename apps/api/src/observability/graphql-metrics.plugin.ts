import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { RegieMetrics } from '@regie/observability';
import { errorCodeOf as codeOf } from '@regie/household';
import { recordGraphQLOutcome } from './graphql-outcome';

/**
 * GraphQL latency per operation type, and every mutation (a command) by name and result; the outcome also goes on
 * the request's log line.
 */
@Plugin()
export class GraphQLMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: RegieMetrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    return {
      // Only a mutation's fields are followed: once a request listens to its fields, Apollo calls the hook for every
      // field of the answer (a timeline page has about a thousand).
      async executionDidStart({ operation }) {
        if (operation.operation !== 'mutation') return;
        return {
          willResolveField({ info }) {
            if (info.parentType.name !== 'Mutation') return;
            return (error) => metrics.commands.inc({ command: info.fieldName, result: error ? codeOf(error) : 'ok' });
          },
        };
      },
      async willSendResponse({ operation, errors, contextValue }) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const outcome = {
          operation: operation?.operation ?? 'invalid',
          outcome: errors?.length ? codeOf(errors[0]) : 'ok',
        };
        metrics.graphqlDuration.observe(outcome, seconds);
        // The request's log line says it too (its HTTP status is 200 whatever the answer).
        recordGraphQLOutcome((contextValue as { res?: unknown }).res, outcome);
      },
    };
  }
}
