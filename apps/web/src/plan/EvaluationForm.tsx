import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Choice, ChoiceGroup, controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { GoalOutcome } from '../gql/graphql';
import type { Plan } from '../household/types';
import { isDate, todayLocal } from './form-values';
import { apiFieldErrors } from './refusals';
import { OUTCOMES } from './labels';

const EvaluatePlanGoal = graphql(`
  mutation EvaluatePlanGoal($input: EvaluatePlanGoalInput!) {
    evaluatePlanGoal(input: $input) {
      position
    }
  }
`);

const MESSAGES: Record<string, string> = {
  goalId: 'Kies het doel dat u bespreekt.',
  GOAL_NOT_FOUND: 'Dit doel staat niet meer in het plan. Laad de pagina opnieuw.',
  outcome: 'Kies of het doel bereikt is.',
  evaluatedOn: 'Vul de datum van het gesprek in. Die mag niet in de toekomst liggen.',
  note: 'De toelichting is te lang: ten hoogste 4000 tekens.',
  FORBIDDEN: 'U mag het plan van dit huishouden niet aanpassen.',
};

interface Values {
  goalId: string;
  outcome: string;
  evaluatedOn: string;
  note: string;
}

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.goalId) errors.goalId = MESSAGES.goalId!;
  if (!values.outcome) errors.outcome = MESSAGES.outcome!;
  if (!isDate(values.evaluatedOn) || values.evaluatedOn > todayLocal()) errors.evaluatedOn = MESSAGES.evaluatedOn!;
  if (values.note.length > 4000) errors.note = MESSAGES.note!;
  return errors;
}

/** An evaluation of a goal with the household: reached, partly, or not, on the day of the talk. */
export function EvaluationForm({
  householdId,
  goals,
  onDone,
}: {
  householdId: string;
  goals: Plan['goals'];
  onDone: (message: string) => void;
}) {
  const prefix = 'evaluatie';
  const [values, setValues] = useState<Values>({ goalId: '', outcome: '', evaluatedOn: todayLocal(), note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ fetching }, evaluate] = useMutation(EvaluatePlanGoal);
  const summary = useRef<HTMLDivElement>(null);
  const idOf = (field: string) => `${prefix}-${field}`;
  const set = (patch: Partial<Values>) => setValues((known) => ({ ...known, ...patch }));
  const refuse = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    if (Object.keys(found).length > 0) return refuse(found);
    const answer = await evaluate({
      input: {
        householdId,
        goalId: values.goalId,
        outcome: values.outcome as GoalOutcome,
        evaluatedOn: values.evaluatedOn,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
    });
    if (answer.error) return refuse(apiFieldErrors(answer.error, MESSAGES));
    setErrors({});
    setValues({ goalId: '', outcome: '', evaluatedOn: todayLocal(), note: '' });
    onDone('De evaluatie is vastgelegd.');
  };

  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-kop`}>
      <h4 className="utrecht-heading-4" id={`${prefix}-kop`}>
        Evaluatie van een doel
      </h4>
      <ErrorSummary errors={errors} idOf={idOf} ref={summary} />
      <FormField id={idOf('goalId')} label="Welk doel bespreekt u?" error={errors.goalId}>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={values.goalId}
          onChange={(event) => set({ goalId: event.target.value })}
          {...controlProps(idOf('goalId'), errors.goalId)}
        >
          <option value="">Kies een doel</option>
          {goals.map((goal) => (
            <option key={goal.id} value={goal.id}>
              {goal.current.title}
            </option>
          ))}
        </select>
      </FormField>
      <ChoiceGroup id={idOf('outcome')} legend="Is het doel bereikt?" error={errors.outcome}>
        {OUTCOMES.map(([code, label]) => (
          <Choice
            key={code}
            id={`${idOf('outcome')}-${code}`}
            type="radio"
            name="outcome"
            label={label}
            checked={values.outcome === code}
            onChange={() => set({ outcome: code })}
          />
        ))}
      </ChoiceGroup>
      <FormField id={idOf('evaluatedOn')} label="Datum van het gesprek" error={errors.evaluatedOn}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          max={todayLocal()}
          value={values.evaluatedOn}
          onChange={(event) => set({ evaluatedOn: event.target.value })}
          {...controlProps(idOf('evaluatedOn'), errors.evaluatedOn)}
        />
      </FormField>
      <FormField id={idOf('note')} label="Wat is er besproken?" optional error={errors.note}>
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={values.note}
          onChange={(event) => set({ note: event.target.value })}
          {...controlProps(idOf('note'), errors.note)}
        />
      </FormField>
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>
        Evaluatie vastleggen
      </Button>
    </form>
  );
}
