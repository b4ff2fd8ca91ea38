import type * as OpenIdClient from 'openid-client';

export interface RelyingPartySettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: string;
  /** `<PUBLIC_URL>/auth/callback`. */
  readonly redirectUri: string;
  /** Where the identity provider sends the browser after logout. */
  readonly postLogoutRedirectUri: string;
}

export interface AuthorizationRequest {
  readonly url: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

export interface SignedInUser {
  /** ID-token claims with the userinfo claims laid over them (same `sub`, checked). */
  readonly claims: Record<string, unknown>;
  readonly idToken: string | undefined;
}

/**
 * The OpenID Connect relying party: Authorization Code flow with PKCE (S256), state and nonce, via `openid-client`
 * (certified). Discovery happens on first use and is cached; a failure is retried on the next sign-in. The library
 * is ESM-only and loaded when first needed, so processes that never sign anyone in do not load it.
 */
export class RelyingParty {
  private configuration: Promise<OpenIdClient.Configuration> | undefined;

  constructor(private readonly settings: RelyingPartySettings) {}

  private async client(): Promise<{ lib: typeof OpenIdClient; config: OpenIdClient.Configuration }> {
    const lib = await import('openid-client');
    if (!this.configuration) {
      const { issuer, clientId, clientSecret } = this.settings;
      // A development issuer on http://localhost is allowed; a real one is https (enforced in production config).
      const insecure = issuer.startsWith('http://') ? { execute: [lib.allowInsecureRequests] } : undefined;
      this.configuration = lib.discovery(new URL(issuer), clientId, clientSecret, undefined, insecure);
      this.configuration.catch(() => (this.configuration = undefined));
    }
    return { lib, config: await this.configuration };
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const { lib, config } = await this.client();
    const codeVerifier = lib.randomPKCECodeVerifier();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes,
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /** Exchanges the code of the callback URL; throws when anything does not check out. */
  async finish(callbackUrl: URL, attempt: Omit<AuthorizationRequest, 'url'>): Promise<SignedInUser> {
    const { lib, config } = await this.client();
    const tokens = await lib.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims() as Record<string, unknown> | undefined;
    if (!idClaims) throw new Error('no ID token');
    let claims: Record<string, unknown> = { ...idClaims };
    if (config.serverMetadata().userinfo_endpoint) {
      const userinfo = await lib.fetchUserInfo(config, tokens.access_token, idClaims.sub as string);
      claims = { ...idClaims, ...(userinfo as Record<string, unknown>), sub: idClaims.sub };
    }
    return { claims, idToken: tokens.id_token };
  }

  /** RP-initiated logout at the identity provider, when it offers it. */
  async endSessionUrl(idToken: string | null): Promise<string | undefined> {
    try {
      const { lib, config } = await this.client();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return lib.buildEndSessionUrl(config, {
        post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
        ...(idToken ? { id_token_hint: idToken } : {}),
      }).href;
    } catch {
      return undefined;
    }
  }
}
