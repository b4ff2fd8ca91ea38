export * from './actor';
export {
  actorIdProblem,
  actorNameProblem,
  isValidActorId,
  MAX_ACTOR_ID_LENGTH,
  MAX_ACTOR_NAME_LENGTH,
} from './actor-identity';
export { CurrentActor } from './current-actor';
export { AccessModule } from './access.module';
export { AuthenticationGuard, CSRF_MESSAGE } from './authentication.guard';
export { actorFromClaims, GEMEENTE_CODE, type ClaimsCheck } from './claims';
export { signDevelopmentToken, type DevelopmentTokenClaims, type DevelopmentTokenOptions } from './development-token';
export {
  actorOfContext,
  graphqlAuthentication,
  type CookieSessionCheck,
  type CookieSessions,
  WS_FORBIDDEN,
  type RegieGraphQLContext,
} from './graphql-authentication';
export {
  DEFAULT_TOKEN_MAX_HOURS,
  JWKS_ALGORITHMS,
  SECRET_ALGORITHMS,
  TokenVerifier,
  type Authentication,
  type AuthenticationConfig,
  type TokenVerifierOptions,
  type VerifiedToken,
} from './token-verifier';
export { UNAUTHENTICATED_MESSAGE, unauthenticated } from './unauthenticated';
