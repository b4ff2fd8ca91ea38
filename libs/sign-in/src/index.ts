export { claimAt, mapClaims, parseClaimMapping, type ClaimMapping, type MappedClaims } from './claim-mapping';
export { developmentClaimMapping, developmentClient, developmentDomainGroup } from './development-client';
export { CSRF_HEADER, CSRF_PARAM, SessionAuthentication, type SessionCheck } from './session-authentication';
export { SessionStore, SIGN_IN_COMPONENT, signInMigrations, type Session } from './session-store';
export { safeReturnTo } from './sign-in.controller';
export { relyingPartySettings, SignInModule, type SignInConfig } from './sign-in.module';
