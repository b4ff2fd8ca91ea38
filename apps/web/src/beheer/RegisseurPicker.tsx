import { Choice, ChoiceGroup, fieldId, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';

/** Assigns the regisseur of one household; a handover from a list also sends `expectedRegisseurUserId`. */
export const AssignRegisseurDocument = graphql(`
  mutation AssignRegisseur($input: AssignRegisseurInput!) {
    assignRegisseur(input: $input) {
      position
    }
  }
`);

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
  if (!typed.userId) found.regisseurUserId = 'Vul de inlognaam van de nieuwe regisseur in.';
  else if (typed.userId === current?.userId) {
    found.regisseurUserId = `${current.name} is nu al de regisseur. Kies iemand anders.`;
  }
  if (!typed.name) found.regisseurName = 'Vul de naam van de nieuwe regisseur in.';
  return typed;
}

/**
 * Radio buttons with the gemeente's regisseurs (the current one left out) and "Iemand anders", which opens the two
 * fields to type a new regisseur's inlognaam and name. Without known regisseurs only those two fields show.
 */
export function RegisseurPicker({
  prefix,
  known,
  current,
  value,
  errors,
  onChange,
}: {
  prefix: string;
  known: readonly KnownRegisseur[];
  current: string | undefined;
  value: RegisseurChoiceValue;
  errors: FieldErrors;
  onChange: (value: RegisseurChoiceValue) => void;
}) {
  const others = known.filter((regisseur) => regisseur.userId !== current);
  const typing = others.length === 0 || value.choice === OTHER;
  return (
    <>
      {others.length > 0 ? (
        <ChoiceGroup id={fieldId(prefix, 'regisseur')} legend="Nieuwe regisseur" error={errors.regisseur}>
          {others.map((regisseur) => (
            <Choice
              key={regisseur.userId}
              id={fieldId(prefix, `regisseur-${regisseur.userId}`)}
              type="radio"
              name={`${prefix}-regisseur`}
              label={`${regisseur.name} (${regisseur.userId}), nu ${regisseur.openHouseholds} ${
                regisseur.openHouseholds === 1 ? 'huishouden' : 'huishoudens'
              }`}
              checked={value.choice === regisseur.userId}
              onChange={() => onChange({ ...value, choice: regisseur.userId })}
            />
          ))}
          <Choice
            id={fieldId(prefix, `regisseur-${OTHER}`)}
            type="radio"
            name={`${prefix}-regisseur`}
            label="Iemand anders (nog geen regisseur in deze lijst)"
            checked={value.choice === OTHER}
            onChange={() => onChange({ ...value, choice: OTHER })}
          />
        </ChoiceGroup>
      ) : null}
      {typing ? (
        <>
          <TextField
            prefix={prefix}
            path="regisseurUserId"
            label="Inlognaam van de nieuwe regisseur"
            hint="De naam waarmee de nieuwe regisseur inlogt bij de gemeente. Controleer hem goed."
            value={value.regisseurUserId}
            error={errors.regisseurUserId}
            onChange={(regisseurUserId) => onChange({ ...value, regisseurUserId })}
          />
          <TextField
            prefix={prefix}
            path="regisseurName"
            label="Naam van de nieuwe regisseur"
            value={value.regisseurName}
            error={errors.regisseurName}
            onChange={(regisseurName) => onChange({ ...value, regisseurName })}
          />
        </>
      ) : null}
    </>
  );
}
