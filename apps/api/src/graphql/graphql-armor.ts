import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ParseOptions, ValidationRule } from 'graphql';

/**
 * Limits on the shape of a GraphQL document, checked before anything is resolved. Measured on every query the
 * api tests, the demo seed and the README send (deepest 6, no aliases, cost at most 313, at most 88 tokens, no
 * directives), with room for the schema to grow; docs/security.md ("Hardening") has the figures.
 */
export const GRAPHQL_LIMITS = {
  /** Nested selection sets; `household { timeline { edges { node { member { name } } } } }` is 6. */
  maxDepth: 10,
  /** Aliased fields per operation (`__typename` is free). */
  maxAliases: 15,
  /** graphql-armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`/`last`. */
  maxCost: 5000,
  /** Lexer tokens per document: the parser stops at the first token over it. */
  maxTokens: 1000,
  /** Directives per operation. */
  maxDirectives: 50,
} as const;

/**
 * The document limits as Apollo options, spread into the GraphQLModule options:
 * - graphql-armor's validation rules for depth, aliases, cost and directives: a violation is a
 *   `GRAPHQL_VALIDATION_FAILED` error with HTTP 400, before anything is resolved;
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
    costLimit: { maxCost: limits.maxCost },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
