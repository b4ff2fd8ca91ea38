import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { GRAPHQL_LIMITS, graphqlArmor } from './graphql-armor';
import { queryCost } from './query-cost';

/** What a graphql-ws `subscribe` message carries (graphql-ws has checked the shape). */
export interface WsOperationPayload {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
}

export const WS_SUBSCRIPTIONS_ONLY_MESSAGE =
  'Over graphql-ws kunnen alleen subscriptions: stuur queries en mutaties over HTTP (POST /graphql).';

/** Built once: the same rules and parse options Apollo gets. */
const ARMOR = graphqlArmor();
const SUGGESTION = /Did you mean ".+"\?/g;
const SUGGESTION_MASK = '[Suggestion hidden]';

const withCode = (error: GraphQLError, code: string) =>
  new GraphQLError(error.message.replace(SUGGESTION, SUGGESTION_MASK).trim(), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });

/**
 * The HTTP path's document rules for an operation over graphql-ws: graphql-js's parser with the token limit
 * (`GRAPHQL_PARSE_FAILED`), the standard validation rules plus graphql-armor's depth, alias and directive rules,
 * in production no introspection, then armor's cost limit with the variables' page sizes (all
 * `GRAPHQL_VALIDATION_FAILED`), field suggestions hidden. Then only a
 * subscription passes (`BAD_REQUEST` otherwise). Returns the arguments to run it with, or the errors to send.
 */
export function checkWsOperation(
  schema: GraphQLSchema,
  payload: WsOperationPayload,
  options: { production: boolean },
): { args: ExecutionArgs } | { errors: readonly GraphQLError[] } {
  const { validationRules, parseOptions } = ARMOR;
  let document: DocumentNode;
  try {
    document = parse(payload.query, parseOptions);
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [withCode(error, 'GRAPHQL_PARSE_FAILED')] };
    throw error;
  }
  const rules = [
    ...specifiedRules,
    ...validationRules,
    ...(options.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const invalid = [...validate(schema, document, rules)];
  if (invalid.length === 0) invalid.push(...queryCost(schema, document, payload.variables, GRAPHQL_LIMITS).errors);
  if (invalid.length > 0) return { errors: invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) };
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (operation?.operation !== 'subscription') {
    return { errors: [new GraphQLError(WS_SUBSCRIPTIONS_ONLY_MESSAGE, { extensions: { code: 'BAD_REQUEST' } })] };
  }
  return {
    args: {
      schema,
      document,
      operationName: payload.operationName ?? undefined,
      variableValues: payload.variables ?? undefined,
    },
  };
}
