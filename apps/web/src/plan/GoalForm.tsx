import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Choice, ChoiceGroup, controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { Domain } from '../gql/graphql';
import type { Member, Plan } from '../household/types';
import { isDate } from './form-values';
import { apiFieldErrors } from './refusals';
import { useRegisteredDomains } from '../app/use-registered-domains';
import { leefgebiedName } from './labels';

const SetPlanGoal = graphql(`
  mutation SetPlanGoal($input: SetPlanGoalInput!) {
    setPlanGoal(input: $input) {
      goalId
      position
    }
  }
`);

type Goal = Plan['goals'][number];

/** The api's limits (SetPlanGoalInput), checked here first so the form says the same in Dutch. */
const LIMITS = { title: 500, description: 4000, revisionReason: 1000 };

const MESSAGES: Record<string, string> = {
  title: 'Vul in wat het huishouden wil bereiken (ten hoogste 500 tekens).',
  description: 'De toelichting is te lang: ten hoogste 4000 tekens.',
  domains: 'Kies de leefgebieden uit de lijst.',
  memberIds: 'Kies de leden uit de lijst.',
  targetDate: 'Vul een geldige datum in, zoals 1 september 2026.',
  revisionReason: 'Schrijf waarom het doel verandert (ten hoogste 1000 tekens).',
  GOAL_NOT_FOUND: 'Dit doel staat niet meer in het plan. Laad de pagina opnieuw.',
  FORBIDDEN: 'U mag het plan van dit huishouden niet aanpassen.',
};

interface Values {
  title: string;
  description: string;
  domains: string[];
  memberIds: string[];
  targetDate: string;
  revisionReason: string;
}

function check(values: Values, revising: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim() || values.title.length > LIMITS.title) errors.title = MESSAGES.title!;
  if (values.description.length > LIMITS.description) errors.description = MESSAGES.description!;
  if (values.targetDate && !isDate(values.targetDate)) errors.targetDate = MESSAGES.targetDate!;
  if (revising && (!values.revisionReason.trim() || values.revisionReason.length > LIMITS.revisionReason)) {
    errors.revisionReason = MESSAGES.revisionReason!;
  }
  return errors;
}

/** Add a goal to the plan, or revise one (the earlier version stays in the history). */
export function GoalForm({
  householdId,
  members,
  goal,
  onDone,
}: {
  householdId: string;
  members: readonly Member[];
  goal?: Goal;
  onDone: (message: string) => void;
}) {
  const prefix = goal ? `doel-herzien-${goal.id}` : 'doel-nieuw';
  const [values, setValues] = useState<Values>({
    title: goal?.current.title ?? '',
    description: goal?.current.description ?? '',
    domains: [...(goal?.current.domains ?? [])],
    memberIds: [...(goal?.current.memberIds ?? [])],
    targetDate: goal?.current.targetDate ?? '',
    revisionReason: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ fetching }, setGoal] = useMutation(SetPlanGoal);
  const leefgebieden = useRegisteredDomains(leefgebiedName);
  const summary = useRef<HTMLDivElement>(null);
  const idOf = (field: string) => `${prefix}-${field}`;
  const set = (patch: Partial<Values>) => setValues((known) => ({ ...known, ...patch }));
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...new Set([...list, value])] : list.filter((item) => item !== value);

  const refuse = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values, Boolean(goal));
    if (Object.keys(found).length > 0) return refuse(found);
    const answer = await setGoal({
      input: {
        householdId,
        ...(goal ? { goalId: goal.id, revisionReason: values.revisionReason.trim() } : {}),
        title: values.title.trim(),
        ...(values.description.trim() ? { description: values.description.trim() } : {}),
        domains: values.domains as Domain[],
        memberIds: values.memberIds,
        ...(values.targetDate ? { targetDate: values.targetDate } : {}),
      },
    });
    if (answer.error) return refuse(apiFieldErrors(answer.error, MESSAGES));
    setErrors({});
    onDone(goal ? `Het doel "${values.title.trim()}" is herzien.` : `Het doel "${values.title.trim()}" is toegevoegd.`);
  };

  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-kop`}>
      <h4 className="utrecht-heading-4" id={`${prefix}-kop`}>
        {goal ? `Doel herzien: ${goal.current.title}` : 'Nieuw doel'}
      </h4>
      <ErrorSummary errors={errors} idOf={idOf} ref={summary} />
      <FormField
        id={idOf('title')}
        label="Wat wil het huishouden bereiken?"
        hint="In de woorden van het huishouden."
        error={errors.title}
      >
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          value={values.title}
          onChange={(event) => set({ title: event.target.value })}
          {...controlProps(idOf('title'), errors.title, true)}
        />
      </FormField>
      <FormField id={idOf('description')} label="Toelichting" optional error={errors.description}>
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={3}
          value={values.description}
          onChange={(event) => set({ description: event.target.value })}
          {...controlProps(idOf('description'), errors.description)}
        />
      </FormField>
      <ChoiceGroup
        id={idOf('domains')}
        legend="Leefgebied"
        hint="Over welk leefgebied gaat het doel? Kies er geen als het over het hele huishouden gaat."
        error={errors.domains}
      >
        {leefgebieden.map(([code, label]) => (
          <Choice
            key={code}
            id={`${idOf('domains')}-${code}`}
            type="checkbox"
            name="domains"
            label={label}
            checked={values.domains.includes(code)}
            onChange={(on) => set({ domains: toggle(values.domains, code, on) })}
          />
        ))}
      </ChoiceGroup>
      <ChoiceGroup
        id={idOf('memberIds')}
        legend="Voor wie"
        hint="Kies niemand als het doel voor iedereen is."
        error={errors.memberIds}
      >
        {members.map((member) => (
          <Choice
            key={member.id}
            id={`${idOf('memberIds')}-${member.id}`}
            type="checkbox"
            name="memberIds"
            label={member.name}
            checked={values.memberIds.includes(member.id)}
            onChange={(on) => set({ memberIds: toggle(values.memberIds, member.id, on) })}
          />
        ))}
      </ChoiceGroup>
      <FormField id={idOf('targetDate')} label="Wanneer klaar" optional error={errors.targetDate}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          value={values.targetDate}
          onChange={(event) => set({ targetDate: event.target.value })}
          {...controlProps(idOf('targetDate'), errors.targetDate)}
        />
      </FormField>
      {goal ? (
        <FormField id={idOf('revisionReason')} label="Waarom verandert het doel?" error={errors.revisionReason}>
          <textarea
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={2}
            value={values.revisionReason}
            onChange={(event) => set({ revisionReason: event.target.value })}
            {...controlProps(idOf('revisionReason'), errors.revisionReason)}
          />
        </FormField>
      ) : null}
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>
        {goal ? 'Doel herzien' : 'Doel toevoegen'}
      </Button>
    </form>
  );
}
