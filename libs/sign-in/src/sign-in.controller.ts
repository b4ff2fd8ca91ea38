import { Controller, Get, Inject, Logger, Post, Req, Res } from '@nestjs/common';
import { actorFromClaims } from '@regie/access';
import { mapClaims, type ClaimMapping } from './claim-mapping';
import type { RelyingParty } from './relying-party';
import { sameSecret, SessionAuthentication } from './session-authentication';
import { SessionStore, type SessionTimeouts } from './session-store';

interface Request {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly query: Record<string, unknown>;
  readonly body?: Record<string, unknown>;
  readonly originalUrl: string;
}
interface Response {
  setHeader(name: string, value: string | string[]): void;
  redirect(status: number, url: string): void;
}

export interface SignInSettings {
  readonly publicUrl: string;
  readonly mapping: ClaimMapping;
  readonly domains: readonly string[];
  readonly timeouts: SessionTimeouts;
}

export const SIGN_IN_SETTINGS = Symbol('SIGN_IN_SETTINGS');
/** The RelyingParty, or null when no identity provider is configured. */
export const RELYING_PARTY = Symbol('RELYING_PARTY');

/** Why the sign-in page is shown again: `?fout=` values the web app turns into Dutch sentences. */
export type SignInProblem = 'verlopen' | 'geweigerd' | 'geen-rol' | 'storing';

/** Only a path of this site: `/huishoudens/…`, never `//elsewhere` or a URL. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) && value.length <= 500 ? value : '/';
}

/**
 * `/auth/login`, `/auth/callback`, `/auth/logout`: the browser's way in and out. Everything after sign-in speaks
 * GraphQL. Failures land on the web app's sign-in page with a reason code; the operator's log gets the detail.
 */
@Controller('auth')
export class SignInController {
  private readonly logger = new Logger('SignIn');

  constructor(
    @Inject(RELYING_PARTY) private readonly relyingParty: RelyingParty | null,
    private readonly sessions: SessionStore,
    private readonly authentication: SessionAuthentication,
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
  ) {}

  @Get('login')
  async login(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.relyingParty) {
      this.logger.error('sign-in asked for, but no identity provider is configured (OIDC_ISSUER or OIDC_DEV_PROVIDER)');
      return this.toSignInPage(response, 'storing');
    }
    let authorization;
    try {
      authorization = await this.relyingParty.authorizationRequest();
    } catch (error) {
      this.logger.error(`identity provider not reachable: ${(error as Error).message}`);
      return this.toSignInPage(response, 'storing');
    }
    const { url, ...attempt } = authorization;
    const cookie = await this.sessions.startSignIn({ ...attempt, returnTo: safeReturnTo(request.query.terug) });
    response.setHeader('set-cookie', this.authentication.signInCookie(cookie));
    response.setHeader('cache-control', 'no-store');
    response.redirect(302, url);
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    const cookie = this.authentication.cookieValue(request.headers, this.authentication.signInCookieName);
    const attempt = cookie ? await this.sessions.takeSignIn(cookie) : undefined;
    const clear = this.authentication.clearSignInCookie();
    if (!attempt || !this.relyingParty) {
      response.setHeader('set-cookie', clear);
      return this.toSignInPage(response, 'verlopen');
    }
    if (typeof request.query.error === 'string') {
      this.logger.warn(`sign-in refused by the identity provider: ${request.query.error}`);
      response.setHeader('set-cookie', clear);
      return this.toSignInPage(response, 'geweigerd');
    }
    let user;
    try {
      user = await this.relyingParty.finish(new URL(request.originalUrl, this.settings.publicUrl), attempt);
    } catch (error) {
      this.logger.warn(`sign-in failed: ${(error as Error).message}`);
      response.setHeader('set-cookie', clear);
      return this.toSignInPage(response, 'geweigerd');
    }
    const mapped = mapClaims(user.claims, this.settings.mapping);
    const checked = mapped.claims ? actorFromClaims({ ...mapped.claims }, this.settings.domains) : mapped;
    if (checked.problem !== undefined) {
      // For the operator fixing OIDC_CLAIM_MAPPING: which check failed (claim values are roles/groups, not care data).
      this.logger.warn(`sign-in refused, claims do not map to a Regie user: ${checked.problem}`);
      response.setHeader('set-cookie', clear);
      return this.toSignInPage(response, 'geen-rol');
    }
    const { cookie: session } = await this.sessions.create(checked.actor, user.idToken ?? null);
    response.setHeader('set-cookie', [
      clear,
      this.authentication.sessionCookie(session, this.settings.timeouts.absoluteMs),
    ]);
    response.redirect(302, attempt.returnTo);
  }

  /** A form POST from the web app (with the CSRF token), so the browser can follow on to the identity provider. */
  @Post('logout')
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    response.setHeader('cache-control', 'no-store');
    const cookie = this.authentication.cookieValue(request.headers);
    const session = cookie ? await this.sessions.find(cookie, { touch: false }) : undefined;
    const token = request.body?.csrf;
    if (cookie && session && !sameSecret(typeof token === 'string' ? token : undefined, session.csrfToken)) {
      response.redirect(303, '/');
      return;
    }
    const ended = cookie ? await this.sessions.end(cookie) : undefined;
    response.setHeader('set-cookie', this.authentication.clearSessionCookie());
    const atProvider = ended ? await this.relyingParty?.endSessionUrl(ended.idToken) : undefined;
    response.redirect(303, atProvider ?? '/inloggen?uitgelogd=1');
  }

  private toSignInPage(response: Response, problem: SignInProblem): void {
    response.redirect(302, `/inloggen?fout=${problem}`);
  }
}
