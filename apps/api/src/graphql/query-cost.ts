import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValidationContext,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';

const PAGE_ARGUMENTS = new Set(['first', 'last']);
/** Costs remembered per document: one per combination of page sizes, up to this many. */
const REMEMBERED_PER_DOCUMENT = 32;

export interface QueryCostLimits {
  /** The most an operation may cost in graphql-armor's estimate. */
  readonly maxCost: number;
  /**
   * What a `first`/`last` variable without an integer value is charged at, and a left-out `first` whose schema
   * declares no default: the most the resolvers accept.
   */
  readonly variablePageSize: number;
}

export interface QueryCost {
  /** armor's estimate of the costliest operation in the document. */
  readonly cost: number;
  /** armor's "Query Cost limit of … exceeded, found …" when `cost` is over the limit, else empty. */
  readonly errors: readonly GraphQLError[];
}

const pageSizeOf = (value: unknown, fallback: number) => (Number.isInteger(value) ? (value as number) : fallback);

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
      const size = pageSizeOf(variables?.[argument.value.name.value], fallback);
      return { ...argument, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/**
 * `document` with `first: <size>` written into every field that passes neither `first` nor `last` although its
 * definition has a `first` argument (a connection): the page its resolver then returns. `size` is the argument's
 * default in the schema when it declares an integer one, otherwise `fallback` (the resolvers' own default is not in
 * the schema, so the most they accept is charged).
 */
export function withDefaultPageSizes(schema: GraphQLSchema, document: DocumentNode, fallback: number): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field): FieldNode | undefined {
        const first = typeInfo.getFieldDef()?.args.find((argument) => argument.name === 'first');
        if (!first || field.arguments?.some((argument) => PAGE_ARGUMENTS.has(argument.name.value))) return undefined;
        const size = pageSizeOf(first.defaultValue, fallback);
        const argument = {
          kind: Kind.ARGUMENT,
          name: { kind: Kind.NAME, value: 'first' },
          value: { kind: Kind.INT, value: String(size) },
        } as const;
        return { ...field, arguments: [...(field.arguments ?? []), argument] };
      },
    }),
  );
}

const pageVariables = new WeakMap<DocumentNode, readonly string[]>();

/** The variables a document passes as `first`/`last` (remembered: Apollo reuses a document it has parsed). */
function pageVariablesOf(document: DocumentNode): readonly string[] {
  let names = pageVariables.get(document);
  if (!names) {
    const found = new Set<string>();
    visit(document, {
      Argument(argument) {
        if (PAGE_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
          found.add(argument.value.name.value);
        }
      },
    });
    names = [...found].sort();
    pageVariables.set(document, names);
  }
  return names;
}

/** armor's cost of the costliest operation: its rule, run on the operations alone (it reads fragments itself). */
function armorCost(schema: GraphQLSchema, document: DocumentNode): number {
  let highest = 0;
  const visitor = costLimitRule({
    maxCost: Number.POSITIVE_INFINITY,
    onAccept: [(_context, details: { n: number }) => (highest = Math.max(highest, details.n))],
  })(new ValidationContext(schema, document, new TypeInfo(schema), () => undefined));
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) visitor.OperationDefinition.enter(definition);
  }
  return highest;
}

const costs = new WeakMap<DocumentNode, Map<string, number>>();

/**
 * graphql-armor's cost limit for one request, with its variables. Armor's rule multiplies a field's cost by a literal
 * `first`/`last` only and counts `first: $n` or a left-out `first` as 1, so a page size in a variable, or none, would
 * dodge the limit. Its rule cannot be given the variables (Apollo validates a document once and caches the result for
 * every request that sends it), so this runs armor's rule per request, on the document with the variables' page sizes
 * and the left-out ones' defaults written in. The cost of a document at given page sizes is remembered, so a repeated
 * request costs a lookup.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryCostLimits,
): QueryCost {
  const names = pageVariablesOf(document);
  const key = names.map((name) => pageSizeOf(variables?.[name], limits.variablePageSize)).join(',');
  let known = costs.get(document);
  if (!known) costs.set(document, (known = new Map()));
  let cost = known.get(key);
  if (cost === undefined) {
    const withDefaults = withDefaultPageSizes(schema, document, limits.variablePageSize);
    const sized = names.length > 0 ? withPageSizes(withDefaults, variables, limits.variablePageSize) : withDefaults;
    cost = armorCost(schema, sized);
    if (known.size < REMEMBERED_PER_DOCUMENT) known.set(key, cost);
  }
  if (cost <= limits.maxCost) return { cost, errors: [] };
  // armor's own wording, so a refusal reads the same as when armor's validation rule gave it.
  const message = `Syntax Error: Query Cost limit of ${limits.maxCost} exceeded, found ${cost}.`;
  return { cost, errors: [new GraphQLError(message)] };
}
