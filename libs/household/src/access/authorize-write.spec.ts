import type { Actor } from '@regie/access';
import { initialCore, type HouseholdCore } from '../core/household-core';
import { rejectionOf } from '../testing/decider-fixture';
import { forbidUnlessHouseholdVisible } from './authorize-write';

const household: HouseholdCore = {
  ...initialCore,
  exists: true,
  householdId: 'h-1',
  gemeente: '0363',
  regisseur: { userId: 'u-anna', name: 'Anna' },
};
const actor = (overrides: Partial<Actor>): Actor =>
  ({ userId: 'u-x', role: 'regisseur', gemeente: '0363', ...overrides }) as Actor;

describe('forbidUnlessHouseholdVisible: before any validation message', () => {
  it("lets the household's own regisseur, a domeinmedewerker and the beheerder of its gemeente through", () => {
    expect(() => forbidUnlessHouseholdVisible(actor({ userId: 'u-anna' }), household, 'open-household')).not.toThrow();
    const worker = actor({ role: 'domeinmedewerker', domain: 'WMO' });
    expect(() => forbidUnlessHouseholdVisible(worker, household, 'open-household')).not.toThrow();
    const beheerder = actor({ role: 'functioneel_beheerder' });
    expect(() => forbidUnlessHouseholdVisible(beheerder, household, 'open-household')).not.toThrow();
  });

  it('refuses another regisseur of the same gemeente: a regisseur writes only to their own households', () => {
    expect(
      rejectionOf(() => forbidUnlessHouseholdVisible(actor({ userId: 'u-bram' }), household, 'open-household')),
    ).toBe('FORBIDDEN');
  });

  it('refuses every regisseur while the household has none, the auditor, and another gemeente', () => {
    const unassigned = { ...household, regisseur: undefined };
    expect(rejectionOf(() => forbidUnlessHouseholdVisible(actor({}), unassigned, 'open-household'))).toBe('FORBIDDEN');
    expect(
      rejectionOf(() => forbidUnlessHouseholdVisible(actor({ role: 'auditor' }), household, 'open-household')),
    ).toBe('FORBIDDEN');
    const elsewhere = actor({ role: 'domeinmedewerker', domain: 'WMO', gemeente: '0599' });
    expect(rejectionOf(() => forbidUnlessHouseholdVisible(elsewhere, household, 'open-household'))).toBe('FORBIDDEN');
  });
});
