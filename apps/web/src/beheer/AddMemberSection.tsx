import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { isValidBsn } from '../app/bsn';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, SelectField, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { ManageSection } from './ManageSection';
import { useStep } from './manage-household-step';
import { chosenRelation, RELATION_CHOICES, relationMissing } from './member-relation';

const AddHouseholdMemberDocument = graphql(`
  mutation AddHouseholdMember($input: AddHouseholdMemberInput!) {
    addHouseholdMember(input: $input) {
      memberId
    }
  }
`);

const bsnOf = (text: string) => text.replace(/[\s.]/g, '');

/** A new member of an existing household (BSN with the elfproef, as when registering). */
export function AddMemberSection({
  householdId,
  name,
  onChange,
}: {
  householdId: string;
  name: string;
  onChange: () => void;
}) {
  const PREFIX = 'lid';
  // No role chosen at first: the beheerder chooses it (see member-relation.ts).
  const EMPTY = { name: '', bsn: '', birthDate: '', relation: '' };
  const [, add] = useMutation(AddHouseholdMemberDocument);
  const [member, setMember] = useState(EMPTY);
  const step = useStep();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!member.name.trim()) found['member.name'] = 'Vul de naam van de persoon in.';
    if (!isValidBsn(bsnOf(member.bsn))) found['member.bsn'] = 'Dit BSN klopt niet. Controleer de negen cijfers.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(member.birthDate)) found['member.birthDate'] = 'Vul de geboortedatum in.';
    const relation = chosenRelation(member.relation);
    if (!relation) found['member.relation'] = relationMissing();
    const done = await step.run(
      found,
      () =>
        add({
          input: {
            householdId,
            member: {
              name: member.name.trim(),
              bsn: bsnOf(member.bsn),
              birthDate: member.birthDate,
              relation: relation!, // checked above: without it nothing is sent
            },
          },
        }),
      `${member.name.trim()} hoort nu bij ${name}.`,
    );
    if (done) {
      setMember(EMPTY);
      onChange();
    }
  };

  return (
    <ManageSection id="toevoegen" title="Persoon toevoegen">
      <Paragraph>
        Iemand komt bij het huishouden wonen, of is geboren. Regie controleert of het BSN kan kloppen.
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {step.failure ? <ProblemMessage error={step.failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form" aria-label="Persoon toevoegen">
        <TextField
          prefix={PREFIX}
          path="member.name"
          label="Naam"
          value={member.name}
          error={step.errors['member.name']}
          onChange={(value) => setMember({ ...member, name: value })}
        />
        <TextField
          prefix={PREFIX}
          path="member.bsn"
          label="BSN"
          hint="Negen cijfers."
          inputMode="numeric"
          value={member.bsn}
          error={step.errors['member.bsn']}
          onChange={(value) => setMember({ ...member, bsn: value })}
        />
        <TextField
          prefix={PREFIX}
          path="member.birthDate"
          label="Geboortedatum"
          type="date"
          value={member.birthDate}
          error={step.errors['member.birthDate']}
          onChange={(value) => setMember({ ...member, birthDate: value })}
        />
        <SelectField
          prefix={PREFIX}
          path="member.relation"
          label="Rol in het huishouden"
          options={RELATION_CHOICES}
          value={member.relation}
          error={step.errors['member.relation']}
          onChange={(value) => setMember({ ...member, relation: value })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          Persoon toevoegen
        </Button>
      </form>
    </ManageSection>
  );
}
