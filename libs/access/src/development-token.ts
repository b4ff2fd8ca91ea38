import { DEVELOPMENT_JWT_SECRET } from '@regie/config';
import { SignJWT } from 'jose';

/** Claims of a development token; any extra claim is signed as given (tests use that for invalid tokens). */
export interface DevelopmentTokenClaims {
  readonly sub: string;
  readonly role: string;
  readonly name?: string;
  readonly domain?: string;
  readonly gemeente?: string;
  readonly [claim: string]: unknown;
}

export interface DevelopmentTokenOptions {
  /** HS256 secret; defaults to the public development secret. */
  readonly secret?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** A jose time span (`8h`, `30m`, `1d`) or seconds; defaults to `8h`. */
  readonly expiresIn?: string | number;
}

/**
 * Signs an HS256 token as the api's TokenVerifier expects it (issuer, audience, exp, iat). For development, the CLI
 * and tests only: in production tokens come from the gemeente's identity provider.
 */
export async function signDevelopmentToken(
  claims: DevelopmentTokenClaims,
  {
    secret = DEVELOPMENT_JWT_SECRET,
    issuer = 'regie',
    audience = 'regie-api',
    expiresIn = '8h',
  }: DevelopmentTokenOptions = {},
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT(rest)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(typeof expiresIn === 'number' ? Math.floor(Date.now() / 1000) + expiresIn : expiresIn)
    .sign(new TextEncoder().encode(secret));
}
