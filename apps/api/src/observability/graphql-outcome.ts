import type { ServerResponse } from 'node:http';

/** What a GraphQL request came to, for its request log line: the HTTP status of a GraphQL answer is 200 either way. */
export interface GraphQLOutcome {
  /** query, mutation, subscription, or invalid (the document did not parse or validate). */
  readonly operation: string;
  /** ok, or the code of the first error (FORBIDDEN, BAD_USER_INPUT, INTERNAL_SERVER_ERROR, …). */
  readonly outcome: string;
}

const OUTCOME = Symbol('regie.graphqlOutcome');
type WithOutcome = ServerResponse & { [OUTCOME]?: GraphQLOutcome };

export function recordGraphQLOutcome(response: unknown, outcome: GraphQLOutcome): void {
  if (response && typeof response === 'object') (response as WithOutcome)[OUTCOME] = outcome;
}

export const graphQLOutcomeOf = (response: ServerResponse): GraphQLOutcome | undefined =>
  (response as WithOutcome)[OUTCOME];

/** Refusals an operator should see in the logs (a wrong issuer, an attack), above the ordinary input errors. */
const WARN_OUTCOMES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** The log level a GraphQL answer deserves: error for a failure of Regie's own, warn for a refusal, else info. */
export function graphQLLogLevel(outcome: GraphQLOutcome | undefined): 'error' | 'warn' | 'info' {
  if (!outcome || outcome.outcome === 'ok') return 'info';
  if (outcome.outcome === 'INTERNAL_SERVER_ERROR') return 'error';
  return WARN_OUTCOMES.has(outcome.outcome) ? 'warn' : 'info';
}
