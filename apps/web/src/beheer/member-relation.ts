import type { MemberRelation } from '../gql/graphql';

// A member's role in the household, as the beheer forms offer it (registering a household, adding a person) and the
// members list shows it. The role is a choice the beheerder makes on purpose: nothing is chosen at first, so a child
// whose name, BSN and birth date were typed is never recorded as a parent because the select was not looked at.

/** Every role, as [value, label]; the `Record` keeps it complete when the api adds one. */
const LABELS: Record<MemberRelation, string> = {
  OUDER_VERZORGER: 'Ouder of verzorger',
  PARTNER: 'Partner',
  KIND: 'Kind',
  OVERIG: 'Iemand anders',
};
export const RELATION_OPTIONS = Object.entries(LABELS) as readonly (readonly [MemberRelation, string])[];

/** The options of the role's select: first "Kies de rol" (no role), which the form does not send. */
export const RELATION_CHOICES: readonly (readonly [MemberRelation | '', string])[] = [
  ['', 'Kies de rol'],
  ...RELATION_OPTIONS,
];

/** A member's role in words, for the members list. */
export const relationLabel = (relation: string | null | undefined) =>
  RELATION_OPTIONS.find(([value]) => value === relation)?.[1] ?? 'Rol niet bekend';

/** The role chosen in the select, or undefined when none was chosen ("Kies de rol"). */
export const chosenRelation = (value: string): MemberRelation | undefined =>
  RELATION_OPTIONS.find(([option]) => option === value)?.[0];

/** The error at the role when none was chosen: of "deze persoon", or of person `number` of a registration. */
export const relationMissing = (number?: number) =>
  `Kies de rol van ${number === undefined ? 'deze persoon' : `persoon ${number}`} in het huishouden.`;
