import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { type GraphQLError, Kind, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

export interface QueryCostLimits {
  /** The most an operation may cost in graphql-armor's estimate. */
  readonly maxCost: number;
  /** What a `first`/`last` variable without an integer value is charged at: the most the resolvers accept. */
  readonly variablePageSize: number;
}

/**
 * `document` with every `first`/`last` passed in a variable replaced by the literal page size the request asks
 * for: the variable's value when it is an integer, otherwise (absent, null, not a number) `fallback`.
 */
export function withPageSizes(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  fallback: number,
): DocumentNode {
  return visit(document, {
    Argument(argument) {
      if (!PAGE_ARGUMENTS.has(argument.name.value) || argument.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables?.[argument.value.name.value];
      const size = Number.isInteger(value) ? (value as number) : fallback;
      return { ...argument, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/**
 * graphql-armor's cost limit for one request, with its variables. Armor's rule multiplies a field's cost by a literal
 * `first`/`last` only and counts `first: $n` as 1, so a page size in a variable would dodge the limit. Its rule cannot
 * be given the variables (Apollo validates a document once and caches the result for every request that sends it),
 * so this runs armor's rule per request, on the document with the variables' page sizes written in.
 * Returns armor's "Query Cost limit of … exceeded, found …" errors, empty when the request is within the limit.
 */
export function queryCostErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryCostLimits,
  onAccept?: (cost: number) => void,
): readonly GraphQLError[] {
  const rule = costLimitRule({
    maxCost: limits.maxCost,
    propagateOnRejection: false,
    onReject: [(context, error) => context?.reportError(error)],
    onAccept: onAccept ? [(_context, details: { n: number }) => onAccept(details.n)] : [],
  });
  return validate(schema, withPageSizes(document, variables, limits.variablePageSize), [rule]);
}
