import { propagation, ROOT_CONTEXT } from '@opentelemetry/api';
import { execute, getOperationAST, subscribe, type ExecutionArgs } from 'graphql';
import { regieTracer, SpanKind } from '@regie/observability';

type Run = (args: ExecutionArgs) => unknown;

/**
 * graphql-ws operations in spans: one per operation (for a subscription: setting it up, until its event stream is
 * ready), named by operation type and name, continuing the trace of a `traceparent` header on the WebSocket upgrade
 * request. Its resolvers, their verwerkingenlog lines and log lines carry that trace id.
 */
export function tracedGraphqlWs(): { execute: Run; subscribe: Run } {
  const traced =
    (run: Run): Run =>
    (args) => {
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'operation';
      const name = operation?.name?.value;
      const request = (args.contextValue as { req?: { headers?: Record<string, string | string[] | undefined> } })?.req;
      const parent = propagation.extract(ROOT_CONTEXT, request?.headers ?? {});
      return regieTracer().startActiveSpan(
        `graphql-ws ${type}${name ? ` ${name}` : ''}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'graphql.operation.type': type,
            ...(name ? { 'graphql.operation.name': name } : {}),
            'regie.transport': 'graphql-ws',
          },
        },
        parent,
        async (span) => {
          try {
            return await run(args);
          } finally {
            span.end();
          }
        },
      );
    };
  return { execute: traced(execute as Run), subscribe: traced(subscribe as Run) };
}
