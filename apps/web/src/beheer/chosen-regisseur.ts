import type { FieldErrors } from '../components/refusal';

/** A regisseur the gemeente already has (from `regisseurs`). */
export interface KnownRegisseur {
  readonly userId: string;
  readonly name: string;
  readonly openHouseholds: number;
}

/** Who is chosen: a known regisseur's inlognaam, `OTHER` (typed in), or nothing yet. */
export interface RegisseurChoiceValue {
  readonly choice: string;
  readonly regisseurUserId: string;
  readonly regisseurName: string;
}

export const OTHER = 'iemand-anders';
export const NO_REGISSEUR_CHOSEN: RegisseurChoiceValue = { choice: '', regisseurUserId: '', regisseurName: '' };

/**
 * The regisseur a form assigns, and the form's checks for it: a known one from the list (so the inlognaam has no
 * typo), or someone else, typed in (a new regisseur has no households yet). `current` may not be chosen again.
 */
export function chosenRegisseur(
  value: RegisseurChoiceValue,
  known: readonly KnownRegisseur[],
  current: { userId: string; name: string } | undefined,
  found: FieldErrors,
): { userId: string; name: string } {
  const listed = known.find((regisseur) => regisseur.userId === value.choice && regisseur.userId !== current?.userId);
  if (listed) return { userId: listed.userId, name: listed.name };
  if (value.choice !== OTHER && known.some((regisseur) => regisseur.userId !== current?.userId)) {
    found.regisseur = 'Kies de nieuwe regisseur.';
    return { userId: '', name: '' };
  }
  const typed = { userId: value.regisseurUserId.trim(), name: value.regisseurName.trim() };
  const same = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
  // A known regisseur typed in with another inlognaam is almost always a typo: it would give the households to nobody.
  const namesake = known.find((regisseur) => same(regisseur.name, typed.name) && regisseur.userId !== typed.userId);
  const lookalike = known.find(
    (regisseur) => same(regisseur.userId, typed.userId) && regisseur.userId !== typed.userId,
  );
  if (!typed.userId) found.regisseurUserId = 'Vul de inlognaam van de nieuwe regisseur in.';
  else if (typed.userId === current?.userId) {
    found.regisseurUserId = `${current.name} is nu al de regisseur. Kies iemand anders.`;
  } else if ((lookalike ?? namesake)?.userId === current?.userId && current) {
    found.regisseurUserId = `${current.name} is nu al de regisseur. Kies iemand anders.`;
  } else if (lookalike ?? namesake) {
    const known = (lookalike ?? namesake)!;
    found.regisseurUserId =
      `${known.name} is al regisseur, met de inlognaam ${known.userId}. Kies ${known.name} hierboven. ` +
      'Is het iemand anders met dezelfde naam? Vraag dan de juiste inlognaam na.';
  }
  if (!typed.name) found.regisseurName = 'Vul de naam van de nieuwe regisseur in.';
  return typed;
}
