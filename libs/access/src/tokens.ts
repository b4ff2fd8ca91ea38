// A second public entry point of @regie/access without Nest or GraphQL: claims and development tokens only, so
// `regie token` starts fast. Everything here is also exported from the index.
export { actorFromClaims, GEMEENTE_CODE, type ClaimsCheck } from './claims';
export { signDevelopmentToken, type DevelopmentTokenClaims, type DevelopmentTokenOptions } from './development-token';
