import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
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

const CloseHouseholdDocument = graphql(`
  mutation CloseHousehold($input: HouseholdReasonInput!) {
    closeHousehold(input: $input) {
      position
    }
  }
`);

const ReopenHouseholdDocument = graphql(`
  mutation ReopenHousehold($input: HouseholdReasonInput!) {
    reopenHousehold(input: $input) {
      position
    }
  }
`);

/** Closing the household (with a reason, confirmed), or reopening a closed one (with a reason). */
export function CloseSection({ household, name, onChange }: SectionProps) {
  const PREFIX = 'sluiten';
  const [, close] = useMutation(CloseHouseholdDocument);
  const [, reopen] = useMutation(ReopenHouseholdDocument);
  const [values, setValues] = useState({ reason: '', confirm: [] as string[] });
  const step = useStep();
  const closed = household.closed;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!values.reason.trim()) found.reason = REASON_MISSING;
    if (!closed && !values.confirm.includes('zeker')) found.confirm = CONFIRM_MISSING;
    const input = { householdId: household.id, reason: values.reason.trim() };
    const done = await step.run(
      found,
      () => (closed ? reopen({ input }) : close({ input })),
      closed ? `${name} is weer open.` : `${name} is gesloten.`,
    );
    if (done) {
      setValues({ reason: '', confirm: [] });
      onChange();
    }
  };

  return (
    <ManageSection id="sluiten" title={closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}>
      <Paragraph>
        {closed
          ? 'Heropen het huishouden als er weer hulp nodig is. Daarna kan iedereen weer dingen vastleggen.'
          : 'Sluit het huishouden als de hulp klaar is. Daarna kan niemand meer iets vastleggen, tot u het heropent.'}
      </Paragraph>
      <Saved>{step.saved}</Saved>
      <ErrorSummary ref={step.summary} errors={step.errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {step.failure ? <ProblemMessage error={step.failure} /> : null}
      <form
        onSubmit={submit}
        noValidate
        className="regie-form"
        aria-label={closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}
      >
        <TextField
          prefix={PREFIX}
          path="reason"
          label="Reden"
          hint={
            closed
              ? 'Bijvoorbeeld: nieuwe aanmelding via het wijkteam.'
              : 'Bijvoorbeeld: de doelen van het plan zijn gehaald.'
          }
          multiline
          value={values.reason}
          error={step.errors.reason}
          onChange={(reason) => setValues({ ...values, reason })}
        />
        {closed ? null : (
          <CheckboxGroup
            prefix={PREFIX}
            path="confirm"
            legend="Bevestig dat u het huishouden wilt sluiten"
            options={CONFIRM}
            values={values.confirm}
            error={step.errors.confirm}
            onChange={(confirm) => setValues({ ...values, confirm })}
          />
        )}
        <Button type="submit" appearance="primary-action-button" disabled={step.busy}>
          {closed ? 'Huishouden heropenen' : 'Huishouden sluiten'}
        </Button>
      </form>
    </ManageSection>
  );
}
