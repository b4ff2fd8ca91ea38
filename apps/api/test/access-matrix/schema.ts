import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { TestApp } from '../test-app';

export interface OperationFields {
  readonly query: readonly string[];
  readonly mutation: readonly string[];
  readonly subscription: readonly string[];
}

export function schemaOf(api: TestApp): GraphQLSchema {
  return api.app.get(GraphQLSchemaHost).schema;
}

/** Every root field of the running schema, built at run time. */
export function operationFields(schema: GraphQLSchema): OperationFields {
  const names = (type: { getFields(): Record<string, unknown> } | null | undefined) =>
    type ? Object.keys(type.getFields()).sort() : [];
  return {
    query: names(schema.getQueryType()),
    mutation: names(schema.getMutationType()),
    subscription: names(schema.getSubscriptionType()),
  };
}

/**
 * A selection of every field of the type without required arguments, `depth` levels deep: for queries this test
 * only knows by name (audit log queries being added elsewhere).
 */
export function selectionOf(field: GraphQLField<unknown, unknown>, depth = 4): string {
  const select = (type: ReturnType<typeof getNamedType>, level: number): string | undefined => {
    if (isLeafType(type)) return '';
    if (!isObjectType(type) || level === 0) return undefined;
    const parts: string[] = [];
    for (const child of Object.values(type.getFields())) {
      if (child.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined)) continue;
      const inner = select(getNamedType(child.type), level - 1);
      if (inner === undefined) continue;
      parts.push(inner ? `${child.name} { ${inner} }` : child.name);
    }
    return parts.length > 0 ? parts.join(' ') : undefined;
  };
  return select(getNamedType(field.type), depth) ?? '__typename';
}

/** Values for the arguments a generic case must send; `undefined` when one cannot be guessed. */
export function argumentValues(
  args: readonly GraphQLArgument[],
  known: { householdId?: string; gemeente: string },
): { values: Record<string, unknown>; unknown: string[] } {
  const unknown: string[] = [];
  const valueFor = (name: string, type: GraphQLInputType, required: boolean): unknown => {
    const named = getNamedType(type);
    if (/household/i.test(name) && known.householdId) return known.householdId;
    if (/gemeente/i.test(name)) return known.gemeente;
    if (/^(first|last|limit)$/i.test(name)) return 20;
    if (!required) return undefined;
    if (isListType(isNonNullType(type) ? type.ofType : type)) return [];
    if (isEnumType(named)) return named.getValues()[0]?.value;
    if (isInputObjectType(named)) {
      const object: Record<string, unknown> = {};
      for (const inner of Object.values(named.getFields())) {
        const needed = isNonNullType(inner.type) && inner.defaultValue === undefined;
        const value = valueFor(inner.name, inner.type, needed);
        if (value !== undefined) object[inner.name] = value;
      }
      return object;
    }
    if (isScalarType(named)) {
      if (/^(from|since|start)/i.test(name)) return named.name === 'String' ? '2026-01-01' : '2026-01-01T00:00:00.000Z';
      if (/^(to|until|end)/i.test(name)) return named.name === 'String' ? '2027-01-01' : '2027-01-01T00:00:00.000Z';
      if (named.name === 'Int' || named.name === 'Float') return 20;
      if (named.name === 'Boolean') return false;
    }
    unknown.push(name);
    return undefined;
  };
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    const value = valueFor(arg.name, arg.type, required);
    if (value !== undefined) values[arg.name] = value;
  }
  return { values, unknown };
}

/** `query($a: T!, …) { field(a: $a, …) { selection } }` for the given argument values. */
export function genericQuery(field: GraphQLField<unknown, unknown>, values: Record<string, unknown>): string {
  const used = field.args.filter((arg) => arg.name in values);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ` { ${selectionOf(field)} }`;
  return `query${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}
