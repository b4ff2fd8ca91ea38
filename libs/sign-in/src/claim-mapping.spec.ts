import { actorFromClaims } from '@regie/access';
import { claimAt, mapClaims, parseClaimMapping } from './claim-mapping';
import { developmentClaimMapping } from './development-client';

/** The README's Entra ID example: app roles in `roles`, the gemeente fixed for the tenant. */
const entra = parseClaimMapping(
  JSON.stringify({
    userId: 'oid',
    role: {
      claim: 'roles',
      map: {
        'Regie.Regisseur': 'regisseur',
        'Regie.Jeugd': 'domeinmedewerker',
        'Regie.Wmo': 'domeinmedewerker',
        'Regie.Beheer': 'functioneel_beheerder',
      },
    },
    domain: { claim: 'roles', map: { 'Regie.Jeugd': 'JEUGD', 'Regie.Wmo': 'WMO' } },
    gemeente: { value: '0363' },
  }),
);

/** The README's Keycloak example: realm roles nested, the domain from a group path, gemeente from an attribute. */
const keycloak = parseClaimMapping(
  JSON.stringify({
    role: {
      claim: 'realm_access.roles',
      map: { 'regie-regisseur': 'regisseur', 'regie-medewerker': 'domeinmedewerker' },
    },
    domain: { claim: 'groups', map: { '/sociaal-domein/jeugd': 'JEUGD', '/sociaal-domein/wmo': 'WMO' } },
    gemeente: 'gemeente',
  }),
);

describe('claim mapping', () => {
  it('reads Entra ID app roles from an array and fixes the gemeente', () => {
    const result = mapClaims(
      { sub: 'pairwise', oid: 'a1b2', name: 'Anna Bakker', roles: ['Other.App', 'Regie.Regisseur'] },
      entra,
    );
    expect(result).toEqual({ claims: { sub: 'a1b2', name: 'Anna Bakker', role: 'regisseur', gemeente: '0363' } });
    expect(actorFromClaims(result.claims as Record<string, unknown>, ['JEUGD'])).toEqual({
      actor: {
        userId: 'a1b2',
        name: 'Anna Bakker',
        role: 'regisseur',
        gemeente: '0363',
      },
    });
  });

  it('takes the domain of a domeinmedewerker from the same array', () => {
    const result = mapClaims({ oid: 'w1', name: 'Wendy', roles: ['Regie.Wmo'] }, entra);
    expect(result.claims).toMatchObject({ role: 'domeinmedewerker', domain: 'WMO' });
  });

  it('reads nested Keycloak realm roles and group paths', () => {
    const result = mapClaims(
      {
        sub: 'kc-1',
        name: 'Joost',
        gemeente: '0599',
        realm_access: { roles: ['offline_access', 'regie-medewerker'] },
        groups: ['/sociaal-domein/jeugd'],
      },
      keycloak,
    );
    expect(result).toEqual({
      claims: { sub: 'kc-1', name: 'Joost', role: 'domeinmedewerker', gemeente: '0599', domain: 'JEUGD' },
    });
  });

  it('maps the development groups of exactly the registered domains, a new one included', () => {
    const mapping = developmentClaimMapping(['JEUGD', 'WERK_EN_INKOMEN', 'VIJFDE_DOMEIN']);
    const worker = (group: string) =>
      mapClaims(
        { sub: 'd-1', gemeente: '0599', realm_access: { roles: ['regie-domeinmedewerker'] }, groups: [group] },
        mapping,
      );
    expect(worker('/sociaal-domein/vijfde-domein')).toMatchObject({ claims: { domain: 'VIJFDE_DOMEIN' } });
    expect(worker('/sociaal-domein/werk-en-inkomen')).toMatchObject({ claims: { domain: 'WERK_EN_INKOMEN' } });
    expect(worker('/sociaal-domein/wmo')).not.toMatchObject({ claims: { domain: 'WMO' } });
  });

  it('refuses no role and two roles rather than guessing', () => {
    expect(mapClaims({ sub: 'x', roles: ['Other.App'] }, entra)).toEqual({ problem: 'the claims give no Regie role' });
    expect(mapClaims({ sub: 'x', roles: ['Regie.Regisseur', 'Regie.Beheer'] }, entra).problem).toMatch(
      /more than one role \(regisseur, functioneel_beheerder\)/,
    );
  });

  it('refuses a domeinmedewerker in two domains, but ignores a domain for other roles', () => {
    expect(mapClaims({ sub: 'x', roles: ['Regie.Jeugd', 'Regie.Wmo'] }, entra).problem).toMatch(
      /more than one role|domain/,
    );
    const regisseur = mapClaims({ sub: 'x', name: 'A', roles: ['Regie.Regisseur'] }, entra);
    expect(regisseur.claims).not.toHaveProperty('domain');
  });

  it('ignores claim values that are not text and looks up names with an escaped dot', () => {
    expect(claimAt({ 'https://gemeente.nl/roles': ['a'] }, 'https://gemeente\\.nl/roles')).toEqual(['a']);
    expect(claimAt({ 'https://gemeente.nl/roles': ['a'] }, 'https://gemeente.nl/roles')).toBeUndefined();
    expect(claimAt({ 'gemeente.nl': { roles: ['a'] } }, 'gemeente\\.nl.roles')).toEqual(['a']);
    const mapping = parseClaimMapping(JSON.stringify({ role: 'role', gemeente: 'gemeente' }));
    expect(mapClaims({ sub: 'x', role: [42, 'regisseur'], gemeente: '0599' }, mapping).claims).toMatchObject({
      role: 'regisseur',
    });
  });

  it.each([
    ['not json', 'OIDC_CLAIM_MAPPING is not valid JSON'],
    ['{}', 'OIDC_CLAIM_MAPPING: role'],
    ['{"role":"roles","gemeente":"g","rol":"x"}', 'OIDC_CLAIM_MAPPING: (top)'],
    ['{"role":{"claim":"roles","map":{"a":1}},"gemeente":"g"}', 'OIDC_CLAIM_MAPPING: role'],
  ])('rejects the mapping %s with one line', (json, message) => {
    expect(() => parseClaimMapping(json)).toThrow(message);
  });
});
