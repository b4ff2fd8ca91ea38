import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { formatDate } from '../app/format';
import { Choice, ChoiceGroup, controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { HouseholdQuery, SpendResult } from '../gql/graphql';
import { isDate, todayLocal } from './form-values';
import { apiFieldErrors } from './refusals';
import { SPEND_RESULTS } from './labels';

type Spend = HouseholdQuery['household']['maatwerkbudget']['spends'][number];

const EvaluateMaatwerkbudget = graphql(`
  mutation EvaluateMaatwerkbudget($input: EvaluateMaatwerkbudgetInput!) {
    evaluateMaatwerkbudget(input: $input) {
      position
    }
  }
`);

const MESSAGES: Record<string, string> = {
  worked: 'Kies of de betaling werkte.',
  evaluatedOn: 'Vul een datum in na de betaling (en na de vorige keer), niet in de toekomst.',
  note: 'De toelichting is te lang: ten hoogste 2000 tekens.',
  spendId: 'Deze betaling staat niet meer bij het huishouden. Laad de pagina opnieuw.',
  FORBIDDEN: 'Alleen de regisseur van dit huishouden mag dit vastleggen.',
};

interface Values {
  worked: string;
  evaluatedOn: string;
  note: string;
}

function check(values: Values, spend: Spend): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.worked) errors.worked = MESSAGES.worked!;
  const earliest = spend.evaluation?.evaluatedOn ?? spend.spentOn;
  if (!isDate(values.evaluatedOn) || values.evaluatedOn > todayLocal() || values.evaluatedOn < earliest) {
    errors.evaluatedOn = `Vul een datum in vanaf ${formatDate(earliest)}, niet in de toekomst.`;
  }
  if (values.note.length > 2000) errors.note = MESSAGES.note!;
  return errors;
}

/** Later: did the spend do what it was meant to? (It may be looked at again; the latest counts.) */
export function SpendEvaluationForm({
  householdId,
  spend,
  onDone,
}: {
  householdId: string;
  spend: Spend;
  onDone: (message: string) => void;
}) {
  const prefix = `werkte-${spend.id}`;
  const [values, setValues] = useState<Values>({ worked: '', evaluatedOn: todayLocal(), note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ fetching }, evaluate] = useMutation(EvaluateMaatwerkbudget);
  const summary = useRef<HTMLDivElement>(null);
  const idOf = (field: string) => `${prefix}-${field}`;
  const set = (patch: Partial<Values>) => setValues((known) => ({ ...known, ...patch }));
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values, spend);
    if (Object.keys(found).length > 0) return refuse(found);
    const answer = await evaluate({
      input: {
        householdId,
        spendId: spend.id,
        worked: values.worked as SpendResult,
        evaluatedOn: values.evaluatedOn,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
    });
    if (answer.error) return refuse(apiFieldErrors(answer.error, MESSAGES));
    setErrors({});
    onDone('Vastgelegd of de betaling werkte.');
  };

  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-kop`}>
      <h5 className="utrecht-heading-5" id={`${prefix}-kop`}>
        Werkte de betaling?
      </h5>
      <ErrorSummary errors={errors} idOf={idOf} ref={summary} />
      <ChoiceGroup id={idOf('worked')} legend="Werkte het?" error={errors.worked}>
        {SPEND_RESULTS.map(([code, label]) => (
          <Choice
            key={code}
            id={`${idOf('worked')}-${code}`}
            type="radio"
            name={`${prefix}-worked`}
            label={label}
            checked={values.worked === code}
            onChange={() => set({ worked: code })}
          />
        ))}
      </ChoiceGroup>
      <FormField id={idOf('evaluatedOn')} label="Datum" error={errors.evaluatedOn}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          max={todayLocal()}
          value={values.evaluatedOn}
          onChange={(event) => set({ evaluatedOn: event.target.value })}
          {...controlProps(idOf('evaluatedOn'), errors.evaluatedOn)}
        />
      </FormField>
      <FormField id={idOf('note')} label="Toelichting" optional error={errors.note}>
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={values.note}
          onChange={(event) => set({ note: event.target.value })}
          {...controlProps(idOf('note'), errors.note)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>
        Vastleggen
      </Button>
    </form>
  );
}
