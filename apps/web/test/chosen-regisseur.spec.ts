import { chosenRegisseur, OTHER } from '../src/beheer/chosen-regisseur';
import type { FieldErrors } from '../src/components/refusal';

// The regisseur screens' own checks: a regisseur typed in by hand must not be a known one with a typo in the
// inlognaam, which would give the households to nobody while the screen says they went to "Anna Bakker".

const known = [
  { userId: 'u-regisseur-anna', name: 'Anna Bakker', openHouseholds: 3 },
  { userId: 'u-regisseur-bram', name: 'Bram Smit', openHouseholds: 1 },
];
const current = { userId: 'u-regisseur-bram', name: 'Bram Smit' };
const typed = (regisseurUserId: string, regisseurName: string) => ({ choice: OTHER, regisseurUserId, regisseurName });

function check(value: ReturnType<typeof typed>) {
  const found: FieldErrors = {};
  const chosen = chosenRegisseur(value, known, current, found);
  return { chosen, found };
}

describe('chosenRegisseur', () => {
  it('takes a known regisseur from the list', () => {
    expect(check({ choice: 'u-regisseur-anna', regisseurUserId: '', regisseurName: '' })).toEqual({
      chosen: { userId: 'u-regisseur-anna', name: 'Anna Bakker' },
      found: {},
    });
  });

  it('takes someone new, typed in', () => {
    expect(check(typed('u-regisseur-carla', 'Carla de Wit'))).toEqual({
      chosen: { userId: 'u-regisseur-carla', name: 'Carla de Wit' },
      found: {},
    });
  });

  it.each([
    ['a known name with a misspelt inlognaam', typed('u-regiseur-ana', 'Anna Bakker')],
    ['a known name in other capitals', typed('u-anna', 'anna bakker')],
    ['a known inlognaam in other capitals', typed('U-Regisseur-Anna', 'A. Bakker')],
  ])('refuses %s at the inlognaam and names the known regisseur', (_label, value) => {
    const { found } = check(value);
    expect(Object.keys(found)).toEqual(['regisseurUserId']);
    expect(found.regisseurUserId).toContain('Anna Bakker is al regisseur, met de inlognaam u-regisseur-anna');
  });

  it('refuses the current regisseur and empty fields', () => {
    expect(check(typed('u-regisseur-bram', 'Bram Smit')).found).toEqual({
      regisseurUserId: 'Bram Smit is nu al de regisseur. Kies iemand anders.',
    });
    expect(check(typed('u-regisseur-brm', 'Bram Smit')).found).toEqual({
      regisseurUserId: 'Bram Smit is nu al de regisseur. Kies iemand anders.',
    });
    expect(Object.keys(check(typed('', '')).found).sort()).toEqual(['regisseurName', 'regisseurUserId']);
  });
});
