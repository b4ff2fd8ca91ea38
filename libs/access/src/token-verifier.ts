import { Logger } from '@nestjs/common';
import type { RegieConfig } from '@regie/config';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import type { Actor } from './actor';
import { actorFromClaims } from './claims';
import { unauthenticated } from './unauthenticated';
import { VerifiedTokens } from './verified-tokens';

export type AuthenticationConfig = Pick<
  RegieConfig,
  'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'
> &
  Partial<Pick<RegieConfig, 'AUTH_TOKEN_MAX_HOURS'>>;

/** The longest token lifetime (`exp - iat`) accepted when none is configured: `AUTH_TOKEN_MAX_HOURS`' default. */
export const DEFAULT_TOKEN_MAX_HOURS = 12;

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** HS256 shared secret (development, test, or a deployment without an identity provider). */
  readonly secret?: string;
  /** URL of the identity provider's JSON Web Key Set: RS256 or ES256 tokens. */
  readonly jwksUrl?: string;
  /** A JSON Web Key Set held locally (tests, offline key distribution): RS256 or ES256 tokens. */
  readonly jwks?: JSONWebKeySet;
  /**
   * Domain codes a domeinmedewerker may carry: the registered domains' codes (the api passes them from
   * `@regie/domains`). Without them no domeinmedewerker token is accepted.
   */
  readonly domains?: readonly string[];
  /** Longest accepted lifetime, `exp - iat`, in hours (and so the oldest accepted `iat`); default 12. */
  readonly maxLifetimeHours?: number;
}

/** A verified caller and when its token stops being valid (ms since the epoch). */
export interface VerifiedToken {
  readonly actor: Actor;
  readonly expiresAt: number;
}

/** What an Authorization value amounts to: nobody (no value), a verified caller, or a failure (said no more about). */
export type Authentication =
  | { readonly actor?: undefined; readonly authFailure?: undefined }
  | { readonly actor: Actor; readonly expiresAt: number; readonly authFailure?: undefined }
  | { readonly actor?: undefined; readonly authFailure: true };

/** Asymmetric algorithms accepted from a JWKS; HS256 only with the shared secret. Never `none`. */
export const JWKS_ALGORITHMS = ['RS256', 'ES256'] as const;
export const SECRET_ALGORITHMS = ['HS256'] as const;

/** Seconds of clock difference with the identity provider tolerated on exp, nbf and iat. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** An Authorization value longer than this is refused before any parsing. */
const MAX_AUTHORIZATION_LENGTH = 8192;
/** `Bearer <b64token>` (RFC 6750 §2.1); the scheme is case-insensitive. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * Verifies bearer tokens (jose `jwtVerify`) and turns their claims into an Actor. Algorithms are pinned to the key
 * kind (HS256 for the secret, RS256/ES256 for a JWKS); issuer, audience, `exp` and `iat` are required, `iat` not in
 * the future and the lifetime `exp - iat` at most `maxLifetimeHours`. Every failure is
 * the same UNAUTHENTICATED GraphQLError; only the failing check's code is logged (debug), never the token.
 */
export class TokenVerifier {
  private readonly logger = new Logger('Authentication');
  /** The HS256 secret, imported once (importing it on every request cost more than the check itself). */
  private readonly secretKey: Promise<CryptoKey> | undefined;
  private readonly keySet: JWTVerifyGetKey | undefined;
  private readonly algorithms: string[];
  readonly domains: readonly string[];
  private readonly maxLifetimeSeconds: number;
  private readonly verified = new VerifiedTokens<VerifiedToken>();

  constructor(private readonly options: TokenVerifierOptions) {
    const sources = [options.secret, options.jwksUrl, options.jwks].filter((source) => source !== undefined);
    if (sources.length !== 1) throw new Error('TokenVerifier needs exactly one of secret, jwksUrl and jwks');
    if (options.secret !== undefined) {
      if (options.secret.length < 32) throw new Error('TokenVerifier: the HS256 secret must be at least 32 characters');
      this.secretKey = crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(options.secret),
        { name: 'HMAC', hash: 'SHA-256' },
        false,
        ['verify'],
      );
      this.algorithms = [...SECRET_ALGORITHMS];
    } else {
      this.keySet = options.jwks
        ? createLocalJWKSet(options.jwks)
        : createRemoteJWKSet(new URL(options.jwksUrl!), { timeoutDuration: 5000 });
      this.algorithms = [...JWKS_ALGORITHMS];
    }
    this.domains = options.domains ?? [];
    this.maxLifetimeSeconds = (options.maxLifetimeHours ?? DEFAULT_TOKEN_MAX_HOURS) * 3600;
  }

  static fromConfig(config: AuthenticationConfig, domains?: readonly string[]): TokenVerifier {
    return new TokenVerifier({
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : { secret: config.AUTH_JWT_SECRET }),
      ...(domains ? { domains } : {}),
      ...(config.AUTH_TOKEN_MAX_HOURS ? { maxLifetimeHours: config.AUTH_TOKEN_MAX_HOURS } : {}),
    });
  }

  /** The verified caller of a compact JWS; throws the generic UNAUTHENTICATED error on any failure. */
  async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known) return known;
    let payload: Record<string, unknown>;
    try {
      const verifyOptions = {
        algorithms: this.algorithms,
        issuer: this.options.issuer,
        audience: this.options.audience,
        // `iat` is required: with maxTokenAge jose refuses a missing iat, an iat in the future and an older one.
        requiredClaims: ['exp', 'sub', 'iat'],
        maxTokenAge: this.maxLifetimeSeconds,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      };
      ({ payload } = this.secretKey
        ? await jwtVerify(token, await this.secretKey, verifyOptions)
        : await jwtVerify(token, this.keySet!, verifyOptions));
    } catch (error) {
      this.logRejection(error);
      throw unauthenticated();
    }
    const lifetime = (payload.exp as number) - (payload.iat as number);
    if (lifetime > this.maxLifetimeSeconds) {
      this.logger.debug(`token rejected: lifetime exp - iat of ${lifetime} s is over ${this.maxLifetimeSeconds} s`);
      throw unauthenticated();
    }
    const checked = actorFromClaims(payload, this.domains);
    if (checked.problem !== undefined) {
      this.logger.debug(`token rejected: ${checked.problem}`);
      throw unauthenticated();
    }
    const verified = { actor: Object.freeze(checked.actor), expiresAt: (payload.exp as number) * 1000 };
    this.verified.remember(token, verified);
    return verified;
  }

  /**
   * An `Authorization` header (or graphql-ws connectionParams value): absent is anonymous, anything else must be
   * `Bearer <valid token>`. Never throws.
   */
  async authenticate(authorization: unknown): Promise<Authentication> {
    if (authorization === undefined || authorization === null || authorization === '') return {};
    const value = Array.isArray(authorization) && authorization.length === 1 ? authorization[0] : authorization;
    const match = typeof value === 'string' && value.length <= MAX_AUTHORIZATION_LENGTH ? BEARER.exec(value) : null;
    if (!match) {
      this.logger.debug('token rejected: Authorization is not "Bearer <token>"');
      return { authFailure: true };
    }
    try {
      return await this.verify(match[1]!);
    } catch {
      return { authFailure: true };
    }
  }

  private logRejection(error: unknown): void {
    const code = error instanceof joseErrors.JOSEError ? error.code : undefined;
    const keySetProblem =
      this.keySet !== undefined &&
      (code === undefined || code === 'ERR_JWKS_TIMEOUT' || code === 'ERR_JWKS_INVALID' || code === 'ERR_JOSE_GENERIC');
    if (keySetProblem) {
      // Most likely not the caller's fault: the key set could not be fetched or read. Its name and message hold no token.
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.logger.warn(`token not verified: problem with the JWKS (${reason})`);
      return;
    }
    this.logger.debug(`token rejected: ${code ?? (error instanceof Error ? error.name : 'unknown error')}`);
  }
}
