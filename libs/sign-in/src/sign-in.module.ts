import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import type { RegieConfig } from '@regie/config';
import { migrate, type SqlDatabase } from '@regie/sql';
import { parseClaimMapping, type ClaimMapping } from './claim-mapping';
import { developmentClaimMapping, developmentClient } from './development-client';
import { RelyingParty, type RelyingPartySettings } from './relying-party';
import { SessionAuthentication } from './session-authentication';
import { SessionStore, SIGN_IN_COMPONENT, signInMigrations } from './session-store';
import { RELYING_PARTY, SIGN_IN_SETTINGS, SignInController, type SignInSettings } from './sign-in.controller';

export type SignInConfig = Pick<
  RegieConfig,
  | 'PUBLIC_URL'
  | 'OIDC_ISSUER'
  | 'OIDC_CLIENT_ID'
  | 'OIDC_CLIENT_SECRET'
  | 'OIDC_SCOPES'
  | 'OIDC_CLAIM_MAPPING'
  | 'OIDC_DEV_PROVIDER'
  | 'SESSION_IDLE_MINUTES'
  | 'SESSION_ABSOLUTE_HOURS'
>;

/** The identity provider Regie signs browsers in with: the gemeente's, or the development one. */
export function relyingPartySettings(config: SignInConfig): RelyingPartySettings | undefined {
  const common = {
    redirectUri: `${config.PUBLIC_URL}/auth/callback`,
    postLogoutRedirectUri: `${config.PUBLIC_URL}/inloggen?uitgelogd=1`,
  };
  if (config.OIDC_ISSUER && config.OIDC_CLIENT_ID && config.OIDC_CLIENT_SECRET) {
    return {
      ...common,
      issuer: config.OIDC_ISSUER,
      clientId: config.OIDC_CLIENT_ID,
      clientSecret: config.OIDC_CLIENT_SECRET,
      scopes: config.OIDC_SCOPES,
    };
  }
  if (config.OIDC_DEV_PROVIDER) {
    const client = developmentClient(config.PUBLIC_URL!);
    return {
      ...common,
      issuer: client.issuer,
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      scopes: client.scopes,
    };
  }
  return undefined;
}

function claimMapping(config: SignInConfig, domains: readonly string[]): ClaimMapping {
  if (config.OIDC_CLAIM_MAPPING) return parseClaimMapping(config.OIDC_CLAIM_MAPPING);
  if (config.OIDC_ISSUER) return parseClaimMapping('{"role":"role","gemeente":"gemeente","domain":"domain"}');
  return developmentClaimMapping(domains);
}

/**
 * Browser sign-in (OpenID Connect) and cookie sessions, stored in the read-model database (`databaseToken`, from
 * the module in `imports`). Without an identity provider the routes answer with the sign-in page's "storing".
 */
@Module({})
export class SignInModule {
  static forRoot(
    config: SignInConfig,
    options: {
      imports: ModuleMetadata['imports'];
      databaseToken: symbol;
      /** The registered domains' codes: a signed-in domeinmedewerker's domain must be one of them. */
      domains: readonly string[];
    },
  ): DynamicModule {
    const timeouts = {
      idleMs: config.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
    };
    const mapping = claimMapping(config, options.domains); // a bad mapping fails the start, as any bad setting does
    const rp = relyingPartySettings(config);
    const settings: SignInSettings = {
      publicUrl: config.PUBLIC_URL!,
      mapping,
      domains: options.domains,
      timeouts,
    };
    return {
      module: SignInModule,
      global: true,
      imports: options.imports,
      controllers: [SignInController],
      providers: [
        {
          provide: SessionStore,
          inject: [options.databaseToken],
          useFactory: async (db: SqlDatabase) => {
            await migrate(db, SIGN_IN_COMPONENT, signInMigrations);
            return new SessionStore(db, timeouts);
          },
        },
        {
          provide: SessionAuthentication,
          inject: [SessionStore],
          useFactory: (store: SessionStore) => new SessionAuthentication(store, { publicUrl: config.PUBLIC_URL! }),
        },
        { provide: RELYING_PARTY, useValue: rp ? new RelyingParty(rp) : null },
        { provide: SIGN_IN_SETTINGS, useValue: settings },
      ],
      exports: [SessionAuthentication, SessionStore],
    };
  }
}
