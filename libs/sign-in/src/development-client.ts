import { parseClaimMapping } from './claim-mapping';

/**
 * How Regie signs in at the development identity provider (`/dev-idp`, apps/api): a fixed public client secret is
 * fine there because that provider never runs in production. Its demo accounts carry their roles the way Keycloak
 * does (nested realm roles, group paths), so the development setup exercises a real claim mapping.
 */
export function developmentClient(publicUrl: string) {
  return {
    issuer: `${publicUrl}/dev-idp`,
    clientId: 'regie-web',
    clientSecret: 'regie-development-client-secret-not-for-production',
    scopes: 'openid profile regie',
    redirectUri: `${publicUrl}/auth/callback`,
    postLogoutRedirectUri: `${publicUrl}/inloggen?uitgelogd=1`,
  };
}

/** The development provider's group of a domain's staff: `/sociaal-domein/<code in lower case, - for _>`. */
export const developmentDomainGroup = (domain: string): string =>
  `/sociaal-domein/${domain.toLowerCase().replace(/_/g, '-')}`;

/**
 * The development provider's claim mapping for the registered domains (`/sociaal-domein/werk-en-inkomen` →
 * `WERK_EN_INKOMEN`), so a new domain's staff can sign in without an edit here.
 */
export const developmentClaimMapping = (domains: readonly string[]) =>
  parseClaimMapping(
    JSON.stringify({
      userId: 'sub',
      name: 'name',
      role: {
        claim: 'realm_access.roles',
        map: {
          'regie-regisseur': 'regisseur',
          'regie-domeinmedewerker': 'domeinmedewerker',
          'regie-beheerder': 'functioneel_beheerder',
          'regie-auditor': 'auditor',
        },
      },
      domain: {
        claim: 'groups',
        map: Object.fromEntries(domains.map((domain) => [developmentDomainGroup(domain), domain])),
      },
      gemeente: 'gemeente',
    }),
  );
