import { Choice, ChoiceGroup, fieldId, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { OTHER, type KnownRegisseur, type RegisseurChoiceValue } from './chosen-regisseur';

/** Assigns the regisseur of one household; a handover from a list also sends `expectedRegisseurUserId`. */
export const AssignRegisseurDocument = graphql(`
  mutation AssignRegisseur($input: AssignRegisseurInput!) {
    assignRegisseur(input: $input) {
      position
    }
  }
`);

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
