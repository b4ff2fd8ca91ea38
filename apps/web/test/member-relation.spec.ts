import {
  chosenRelation,
  RELATION_CHOICES,
  RELATION_OPTIONS,
  relationLabel,
  relationMissing,
} from '../src/beheer/member-relation';

// A member's role is a choice the beheerder makes on purpose (a usability review: a child typed in without a look at
// the select was recorded as "Ouder of verzorger"). The forms start at "Kies de rol", which is no role.

describe('the role of a member', () => {
  it('starts at "Kies de rol", which is no role, then offers every role once', () => {
    expect(RELATION_CHOICES[0]).toEqual(['', 'Kies de rol']);
    expect(RELATION_CHOICES.slice(1)).toEqual(RELATION_OPTIONS);
    expect(RELATION_OPTIONS.map(([value]) => value).sort()).toEqual(['KIND', 'OUDER_VERZORGER', 'OVERIG', 'PARTNER']);
    expect(new Set(RELATION_OPTIONS.map(([, label]) => label)).size).toBe(RELATION_OPTIONS.length);
  });

  it('is chosen only when one of the roles is', () => {
    expect(chosenRelation('')).toBeUndefined();
    expect(chosenRelation('Kies de rol')).toBeUndefined();
    expect(chosenRelation('kind')).toBeUndefined();
    expect(chosenRelation('KIND')).toBe('KIND');
    expect(chosenRelation('OUDER_VERZORGER')).toBe('OUDER_VERZORGER');
  });

  it('says which person has no role', () => {
    expect(relationMissing()).toBe('Kies de rol van deze persoon in het huishouden.');
    expect(relationMissing(2)).toBe('Kies de rol van persoon 2 in het huishouden.');
  });

  it('reads as words in the members list, and "Kies de rol" is never shown as a role', () => {
    expect(relationLabel('KIND')).toBe('Kind');
    expect(relationLabel('OUDER_VERZORGER')).toBe('Ouder of verzorger');
    expect(relationLabel('')).toBe('Rol niet bekend');
    expect(relationLabel(null)).toBe('Rol niet bekend');
  });
});
