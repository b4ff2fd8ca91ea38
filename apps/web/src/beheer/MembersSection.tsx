import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formatDate } from '../app/format';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  CheckboxGroup,
  CONFIRM,
  CONFIRM_MISSING,
  ErrorSummary,
  Saved,
  SelectField,
  TextField,
  type FieldErrors,
} from '../components/form';
import { graphql } from '../gql';
import { ManageSection } from './ManageSection';
import { REASON_MISSING, useStep, type SectionProps } from './manage-household-step';
import { relationLabel } from './member-relation';

const RemoveHouseholdMemberDocument = graphql(`
  mutation RemoveHouseholdMember($input: RemoveHouseholdMemberInput!) {
    removeHouseholdMember(input: $input) {
      position
    }
  }
`);

/** The members, and taking one out of the household (with a reason, confirmed). */
export function MembersSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'uitschrijven';
  const [, remove] = useMutation(RemoveHouseholdMemberDocument);
  const [values, setValues] = useState({ memberId: '', reason: '', confirm: [] as string[] });
  const step = useStep([['form', 'memberId', /hoort niet meer/]]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.memberId) found.memberId = 'Kies de persoon die niet meer bij het huishouden hoort.';
    if (!values.reason.trim()) found.reason = REASON_MISSING;
    if (!values.confirm.includes('zeker')) found.confirm = CONFIRM_MISSING;
    const who = household.members.find((member) => member.id === values.memberId)?.name ?? 'Deze persoon';
    const done = await step.run(
      found,
      () => remove({ input: { householdId: household.id, memberId: values.memberId, reason: values.reason.trim() } }),
      `${who} hoort niet meer bij ${name}.`,
    );
    if (done) {
      setValues({ memberId: '', reason: '', confirm: [] });
      onChange();
    }
  };

  return (
    <ManageSection id="mensen" title="Wie horen bij het huishouden">
      {household.members.length === 0 ? (
        <Paragraph>Er hoort niemand meer bij dit huishouden.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {household.members.map((member) => (
            <li key={member.id} className="utrecht-unordered-list__item">
              {member.name}, {relationLabel(member.relation).toLowerCase()}
              {member.birthDate ? `, geboren op ${formatDate(member.birthDate)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {household.closed || household.members.length === 0 ? null : (
        <>
          <Heading level={3}>Iemand hoort niet meer bij het huishouden</Heading>
          <Paragraph>Bijvoorbeeld omdat iemand verhuisd is. De gegevens van eerder blijven bewaard.</Paragraph>
          <Saved>{step.saved}</Saved>
          <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
          {step.failure ? <ProblemMessage error={step.failure} /> : null}
          <form onSubmit={submit} noValidate className="regie-form" aria-label="Persoon uitschrijven">
            <SelectField
              prefix={PREFIX}
              path="memberId"
              label="Wie hoort niet meer bij het huishouden?"
              options={[
                ['', 'Kies een persoon'],
                ...household.members.map((member) => [member.id, member.name] as const),
              ]}
              value={values.memberId}
              error={step.errors.memberId}
              onChange={(memberId) => setValues({ ...values, memberId })}
            />
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Bijvoorbeeld: verhuisd naar een eigen woning."
              multiline
              value={values.reason}
              error={step.errors.reason}
              onChange={(reason) => setValues({ ...values, reason })}
            />
            <CheckboxGroup
              prefix={PREFIX}
              path="confirm"
              legend="Bevestig dat deze persoon niet meer bij het huishouden hoort"
              options={CONFIRM}
              values={values.confirm}
              error={step.errors.confirm}
              onChange={(confirm) => setValues({ ...values, confirm })}
            />
            <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
              Persoon uitschrijven
            </Button>
          </form>
        </>
      )}
    </ManageSection>
  );
}
