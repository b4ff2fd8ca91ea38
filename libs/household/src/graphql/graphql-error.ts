import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainRejection } from '../core/rejection';

/**
 * The argument every mutation takes. A rejection's `field` is a path inside the command, which is the mutation's
 * `input` (`members.0.bsn`); clients get it from the argument on (`input.members.0.bsn`), as the edge's validation
 * errors give it.
 */
const MUTATION_ARGUMENT = 'input';

/** `extensions` of a refused field, the same shape for a rejection as for the edge's validation errors. */
function fieldExtensions(field: string, message: string) {
  return { field, fields: [field], problems: [{ field, message }] };
}

const UNKNOWN_FIELD = /; Field "(\w+)" is not defined by type "\w+"/;

/**
 * A variable graphql-js refused before any resolver ran (an enum value that does not exist, a string for an Int):
 * `Variable "$input" got invalid value "X" at "input.replaces[0].domain"; ...`. The path is in the client's
 * variables, written as the other errors write paths (`input.replaces.0.domain`).
 */
function variablePath(message: string): string | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)";/s.exec(message);
  const path = match
    ? match[2]!.replace(/\[(\d+)\]/g, '.$1')
    : /^Variable "\$(\w+)" (?:got invalid value|of required type)/.exec(message)?.[1];
  // A key the input type does not declare: the path names the key itself, not the object holding it.
  const unknown = UNKNOWN_FIELD.exec(message)?.[1];
  return path && unknown ? `${path}.${unknown}` : path;
}

/** What graphql-js found wrong with a variable, in Dutch: an enum value that does not exist, a missing value, a type. */
function coercionProblem(message: string): string {
  const enumValue = /Value (".*?") does not exist in "(\w+)" enum/.exec(message);
  if (enumValue) return `${enumValue[1]} is geen waarde van ${enumValue[2]}`;
  if (/of required type .* was not provided|must not be null/.test(message)) return 'ontbreekt';
  if (UNKNOWN_FIELD.test(message)) return 'is geen veld van deze invoer';
  return 'heeft niet de juiste vorm';
}

/**
 * Formats every GraphQL error for clients: domain rejections keep their stable code and message, known GraphQL
 * errors pass, and anything else becomes INTERNAL_SERVER_ERROR without stack, SQL or driver text.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainRejection) {
    const { field, ...details } = original.details;
    return {
      message: original.message,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...details,
        ...(typeof field === 'string' ? fieldExtensions(`${MUTATION_ARGUMENT}.${field}`, original.message) : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    const named = typeof extensions.field === 'string' ? extensions.field : undefined;
    const refused = code === 'BAD_USER_INPUT' && !extensions.fields;
    const variable = refused && !named ? variablePath(formatted.message) : undefined;
    if (variable) {
      // graphql-js says it in English; the api speaks Dutch, as its own validation does.
      const message = `Ongeldige invoer: ${variable} ${coercionProblem(formatted.message)}`;
      return { ...formatted, message, extensions: { ...extensions, ...fieldExtensions(variable, message) } };
    }
    const path = refused ? named : undefined;
    return { ...formatted, extensions: { ...extensions, ...(path ? fieldExtensions(path, formatted.message) : {}) } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** The `extensions.code` a client gets for this error (as `formatGraphQLError` formats it): for metrics and logs. */
export function errorCodeOf(error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof DomainRejection) return original.code;
  const code = (original as GraphQLError | undefined)?.extensions?.code ?? (error as GraphQLError)?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}
