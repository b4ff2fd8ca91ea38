import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { formatDate } from '../app/format';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  CheckboxGroup,
  CONFIRM,
  CONFIRM_MISSING,
  ErrorSummary,
  Saved,
  TextField,
  type FieldErrors,
} from '../components/form';
import { graphql } from '../gql';
import { ManageSection } from './ManageSection';
import { REASON_MISSING, useStep, type SectionProps } from './manage-household-step';

const ReleaseRegisseurDocument = graphql(`
  mutation ReleaseRegisseur($input: HouseholdReasonInput!) {
    releaseRegisseur(input: $input) {
      position
    }
  }
`);

/** The regisseur: a link to assign or hand over, and releasing the regisseur (with a reason, confirmed). */
export function RegisseurSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'loslaten';
  const [, release] = useMutation(ReleaseRegisseurDocument);
  const [values, setValues] = useState({ reason: '', confirm: [] as string[] });
  const step = useStep();
  const current = household.regisseur;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.reason.trim()) found.reason = REASON_MISSING;
    if (!values.confirm.includes('zeker')) found.confirm = CONFIRM_MISSING;
    const done = await step.run(
      found,
      () => release({ input: { householdId: household.id, reason: values.reason.trim() } }),
      `${name} heeft nu geen regisseur meer.`,
    );
    if (done) {
      setValues({ reason: '', confirm: [] });
      onChange();
    }
  };

  return (
    <ManageSection id="regisseur" title="Regisseur">
      <Paragraph>
        {current
          ? `De regisseur is ${current.name}, sinds ${formatDate(current.since)}.`
          : 'Dit huishouden heeft geen regisseur. Zolang er geen regisseur is, ziet geen regisseur dit huishouden.'}
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <Paragraph>
        <Link className="utrecht-link" to={`/beheer/huishoudens/${household.id}/regisseur`}>
          {current ? 'Regisseur overdragen' : 'Regisseur toewijzen'}
        </Link>
      </Paragraph>
      {current ? (
        <>
          <Heading level={3}>Regisseur stoppen</Heading>
          <Paragraph>
            Het huishouden heeft daarna geen regisseur. {current.name} ziet het huishouden dan meteen niet meer.
          </Paragraph>
          <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
          {step.failure ? <ProblemMessage error={step.failure} /> : null}
          <form onSubmit={submit} noValidate className="regie-form" aria-label="Regisseur stoppen">
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Bijvoorbeeld: de hulp is klaar, of het huishouden is verhuisd naar een andere gemeente."
              multiline
              value={values.reason}
              error={step.errors.reason}
              onChange={(reason) => setValues({ ...values, reason })}
            />
            <CheckboxGroup
              prefix={PREFIX}
              path="confirm"
              legend="Bevestig dat u de regisseur wilt stoppen"
              options={CONFIRM}
              values={values.confirm}
              error={step.errors.confirm}
              onChange={(confirm) => setValues({ ...values, confirm })}
            />
            <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
              Regisseur stoppen
            </Button>
          </form>
        </>
      ) : null}
    </ManageSection>
  );
}
