import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MAX_LOG_PAGE_SIZE } from '@regie/audit';
import { MAX_PAGE_SIZE } from '@regie/timeline';
import { GraphQLError, type ParseOptions, type ValidationRule } from 'graphql';
import { queryCost, type QueryCostLimits } from './query-cost';

/**
 * Limits on the shape of a GraphQL document, checked before anything is resolved. Measured on every query the
 * api tests, the demo seed and the README send (deepest 6, no aliases, at most 88 tokens, no directives) and, for
 * cost, on the web app's operations and the api tests' timeline pages at the page sizes they pass, with room for
 * the schema to grow; docs/security.md ("Hardening") has the figures.
 */
export const GRAPHQL_LIMITS = {
  /** Nested selection sets; `household { timeline { edges { node { member { name } } } } }` is 6. */
  maxDepth: 10,
  /** Aliased fields per operation (`__typename` is free). */
  maxAliases: 15,
  /**
   * graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × `first`/`last` (literal or in a variable:
   * the page size the request asks for; left out: the schema's default, or `variablePageSize` without one). The web app's heaviest is a household's timeline page of 50 (13,225); the
   * api tests' heaviest a timeline page of 200 (34,071, realistic-household.e2e-spec.ts).
   */
  maxCost: 50_000,
  /**
   * What a `first`/`last` variable without an integer value is charged at, and a connection without `first`/`last`
   * whose schema declares no default: the most any connection accepts.
   */
  variablePageSize: Math.max(MAX_PAGE_SIZE, MAX_LOG_PAGE_SIZE),
  /** Lexer tokens per document: the parser stops at the first token over it. */
  maxTokens: 1000,
  /** Directives per operation. */
  maxDirectives: 50,
} as const;

/**
 * The document limits as Apollo options, spread into the GraphQLModule options:
 * - graphql-armor's validation rules for depth, aliases and directives: a violation is a
 *   `GRAPHQL_VALIDATION_FAILED` error with HTTP 400, before anything is resolved;
 * - armor's cost limit per request, with the variables' page sizes (`costLimitPlugin`): the same error and status;
 * - graphql-armor's plugin that hides "Did you mean …" field suggestions;
 * - the token limit as graphql-js's own `maxTokens` parse option: `GRAPHQL_PARSE_FAILED`, HTTP 400. (armor's
 *   max-tokens plugin throws from an Apollo hook, which Apollo answers with HTTP 500, so it is off.)
 */
export function graphqlArmor(limits = GRAPHQL_LIMITS): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
} {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    costLimit: { enabled: false }, // checked per request with its variables: costLimitPlugin
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    plugins: [...plugins, costLimitPlugin(limits)],
    validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/**
 * The cost limit after validation and before anything is resolved, once per request because it needs the
 * variables (`queryCost`). Refused like a validation rule: `GRAPHQL_VALIDATION_FAILED`, HTTP 400.
 */
function costLimitPlugin(limits: QueryCostLimits): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, request }) => {
        const [tooCostly] = queryCost(schema, document, request.variables, limits).errors;
        if (!tooCostly) return;
        throw new GraphQLError(tooCostly.message, {
          extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, http: { status: 400 } },
        });
      },
    }),
  };
}
