import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { developmentClient } from '@regie/sign-in';
import { exportJWK, generateKeyPair } from 'jose';
import { claimsOf, DEMO_ACCOUNTS } from './demo-accounts';
import { accountChooserPage, idpErrorPage, logoutPage } from './pages';

export const DEVELOPMENT_IDP_PATH = '/dev-idp';

interface Request {
  params: Record<string, string>;
  body?: Record<string, unknown>;
}
interface Response {
  type(type: string): Response;
  status(code: number): Response;
  send(body: string): void;
  setHeader(name: string, value: string): void;
}
type Next = (error?: unknown) => void;
type Handler = (req: Request, res: Response, next: Next) => Promise<void>;
interface ExpressLike {
  get(path: string, handler: Handler): void;
  post(path: string, handler: Handler): void;
  use(path: string, handler: unknown): void;
}

/**
 * A real OpenID provider for development and tests (`oidc-provider`, certified), at /dev-idp on the api's own port,
 * with the demo accounts chosen by one click. Never in production: the configuration refuses OIDC_DEV_PROVIDER
 * there, and this is only mounted when it is on. Keys are made fresh at every start.
 */
export async function mountDevelopmentIdp(app: NestExpressApplication, publicUrl: string): Promise<void> {
  const { default: Provider } = await import('oidc-provider');
  const client = developmentClient(publicUrl);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: 'dev', alg: 'RS256', use: 'sig' };

  const provider = new Provider(client.issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    // Lifetimes in seconds, set so the provider does not warn about its defaults.
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 36_000, Grant: 36_000 },
    jwks: { keys: [signingKey as never] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'], regie: ['realm_access', 'groups', 'gemeente'] },
    // Like Keycloak and Entra ID: the requested claims in the ID token too.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => void (ctx.body = logoutPage(form)) },
    },
    interactions: { url: (_ctx, interaction) => `${DEVELOPMENT_IDP_PATH}/interaction/${interaction.uid}` },
    renderError: async (ctx) => {
      ctx.type = 'html';
      ctx.body = idpErrorPage();
    },
    // Regie is a first-party client: what it asks for is granted without a consent screen.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope(client.scopes);
      await grant.save();
      return grant;
    },
    findAccount: async (_ctx, sub) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.sub === sub);
      return account ? { accountId: sub, claims: async () => claimsOf(account) as { sub: string } } : undefined;
    },
  });
  // Its log lines (e.g. about the development setup) are not the api's.
  provider.on('server_error', (_ctx, error) => console.error(`dev-idp: ${error.message}`));

  const express = app.getHttpAdapter().getInstance() as ExpressLike;
  express.get(`${DEVELOPMENT_IDP_PATH}/interaction/:uid`, async (req: Request, res: Response, next: Next) => {
    try {
      await provider.interactionDetails(req as never, res as never);
      res.setHeader('cache-control', 'no-store');
      res.type('text/html').send(accountChooserPage(req.params.uid!, DEMO_ACCOUNTS));
    } catch (error) {
      next(error);
    }
  });
  express.post(`${DEVELOPMENT_IDP_PATH}/interaction/:uid/login`, async (req: Request, res: Response, next: Next) => {
    try {
      await provider.interactionDetails(req as never, res as never);
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.sub === req.body?.account);
      if (!account) {
        res.status(400).type('text/html').send(idpErrorPage());
        return;
      }
      await provider.interactionFinished(req as never, res as never, { login: { accountId: account.sub } });
    } catch (error) {
      next(error);
    }
  });
  express.use(DEVELOPMENT_IDP_PATH, provider.callback() as never);
}
