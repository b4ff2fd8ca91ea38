import { GraphQLError } from 'graphql';

/**
 * The one answer to every failed authentication: no token, a malformed header, a bad signature, a wrong algorithm,
 * an expired token, a wrong issuer or audience, or claims that do not make an actor. It never says which check
 * failed, so a caller learns nothing about what would pass.
 */
export const UNAUTHENTICATED_MESSAGE = 'Niet aangemeld: stuur een geldig token.';

export function unauthenticated(): GraphQLError {
  return new GraphQLError(UNAUTHENTICATED_MESSAGE, { extensions: { code: 'UNAUTHENTICATED' } });
}
