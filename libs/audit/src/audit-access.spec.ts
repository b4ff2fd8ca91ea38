import { AUDITOR_BASIS, decideLogRead, DenyHouseholdAccessCheck } from './audit-access';

describe('who may read the verwerkingenlog', () => {
  it('given an auditor, when deciding, then allowed for their own gemeente only', () => {
    expect(decideLogRead({ userId: 'u-a', role: 'auditor', gemeente: '0363' })).toEqual({
      allowed: true,
      gemeente: '0363',
      basis: AUDITOR_BASIS,
    });
  });

  it.each(['regisseur', 'domeinmedewerker', 'functioneel_beheerder'] as const)(
    'given a %s, when deciding, then refused',
    (role) => {
      expect(decideLogRead({ userId: 'u-x', role, gemeente: '0363', domain: 'JEUGD' })).toMatchObject({
        allowed: false,
      });
    },
  );

  it('given an auditor without a gemeente, when deciding, then refused', () => {
    expect(decideLogRead({ userId: 'u-a', role: 'auditor' })).toMatchObject({ allowed: false });
  });

  it('given the default household check, when asked for anyone, then no basis', async () => {
    await expect(
      new DenyHouseholdAccessCheck().accessLogBasis({ userId: 'u-r', role: 'regisseur', gemeente: '0363' }, 'h1'),
    ).resolves.toBeUndefined();
  });
});
