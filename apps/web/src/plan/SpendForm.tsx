import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatCents, formatDate } from '../app/format';
import { Choice, ChoiceGroup, controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { HouseholdQuery, PreventionAim } from '../gql/graphql';
import { centsOf, isDate, todayLocal } from './form-values';
import { apiFieldErrors } from './refusals';
import { PREVENTION_AIMS } from './labels';

type Household = HouseholdQuery['household'];

const SpendMaatwerkbudget = graphql(`
  mutation SpendMaatwerkbudget($input: SpendMaatwerkbudgetInput!) {
    spendMaatwerkbudget(input: $input) {
      spendId
      position
    }
  }
`);

/** Signals in the timeline a spend can answer: a Wgs vroegsignaal (payment arrears), a Wmo melding. */
const SignalEntries = graphql(`
  query SignalEntries($id: ID!) {
    household(id: $id) {
      id
      timeline(first: 50, filter: { types: ["werk-inkomen.VroegsignaalOntvangen", "wmo.MeldingOntvangen"] }) {
        edges {
          node {
            id
            summary
            occurredAt
            occurredOn
          }
        }
      }
    }
  }
`);

/** The api's bound of one spend (MAX_SPEND_CENTS): € 100.000. */
const MAX_SPEND_CENTS = 10_000_000;

const MESSAGES: Record<string, string> = {
  amountCents: 'Vul een bedrag in euro in, zoals 950,00. Het moet meer dan € 0 zijn.',
  BUDGET_EXCEEDED: 'Zoveel is er niet meer in het maatwerkbudget van de gemeente. Kies een lager bedrag.',
  HOUSEHOLD_BUDGET_EXCEEDED: 'Zoveel mag dit huishouden dit jaar niet meer krijgen. Kies een lager bedrag.',
  NO_BUDGET: 'Voor dit jaar is er geen maatwerkbudget. Vraag het de functioneel beheerder.',
  spentOn: 'Vul de datum van de betaling in. Die mag niet in de toekomst liggen.',
  purpose: 'Schrijf waarvoor het geld is: 10 tot 500 tekens.',
  prevents: 'Kies wat de betaling moet voorkomen.',
  memberIds: 'Kies voor wie de betaling is.',
  answers: 'Dit doel of deze melding staat niet meer bij het huishouden. Kies iets anders.',
  answersGoalId: 'Dit doel staat niet meer in het plan. Kies iets anders.',
  answersEntryId: 'Deze melding staat niet in de tijdlijn. Kies iets anders.',
  FORBIDDEN: 'Alleen de regisseur van dit huishouden mag uit het maatwerkbudget besteden.',
};

interface Values {
  amount: string;
  spentOn: string;
  purpose: string;
  prevents: string;
  memberIds: string[];
  answers: string;
}

/** The form's field of an api field: the amount is typed in euros, the answer is one choice for goal or entry. */
const FIELD_OF: Record<string, string> = { amountCents: 'amount', answersGoalId: 'answers', answersEntryId: 'answers' };

function check(values: Values, roomCents: number | undefined): FieldErrors {
  const errors: FieldErrors = {};
  const cents = centsOf(values.amount);
  if (cents === undefined || cents <= 0 || cents > MAX_SPEND_CENTS) errors.amount = MESSAGES.amountCents!;
  else if (roomCents !== undefined && cents > roomCents) {
    errors.amount = `Er is nog ${formatCents(roomCents)} te besteden voor dit huishouden. Kies een lager bedrag.`;
  }
  if (!isDate(values.spentOn) || values.spentOn > todayLocal()) errors.spentOn = MESSAGES.spentOn!;
  const purpose = values.purpose.trim();
  if (purpose.length < 10 || purpose.length > 500) errors.purpose = MESSAGES.purpose!;
  if (!values.prevents) errors.prevents = MESSAGES.prevents!;
  if (values.memberIds.length === 0) errors.memberIds = MESSAGES.memberIds!;
  return errors;
}

/** Spend from the maatwerkbudget: amount, what for, what it prevents, and which signal or goal it answers. */
export function SpendForm({
  household,
  roomCents,
  onDone,
}: {
  household: Household;
  roomCents: number | undefined;
  onDone: (message: string) => void;
}) {
  const prefix = 'besteding';
  const [values, setValues] = useState<Values>({
    amount: '',
    spentOn: todayLocal(),
    purpose: '',
    prevents: '',
    memberIds: [],
    answers: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ data: signals }] = useQuery({ query: SignalEntries, variables: { id: household.id } });
  const [{ fetching }, spend] = useMutation(SpendMaatwerkbudget);
  const summary = useRef<HTMLDivElement>(null);
  const idOf = (field: string) => `${prefix}-${FIELD_OF[field] ?? field}`;
  const set = (patch: Partial<Values>) => setValues((known) => ({ ...known, ...patch }));
  const refuse = (found: FieldErrors) => {
    setErrors(Object.fromEntries(Object.entries(found).map(([field, message]) => [FIELD_OF[field] ?? field, message])));
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(values, roomCents);
    if (Object.keys(found).length > 0) return refuse(found);
    const [kind, answerId] = values.answers.split(':');
    const answer = await spend({
      input: {
        householdId: household.id,
        amountCents: centsOf(values.amount)!,
        spentOn: values.spentOn,
        purpose: values.purpose.trim(),
        prevents: values.prevents as PreventionAim,
        memberIds: values.memberIds,
        ...(kind === 'goal' ? { answersGoalId: answerId } : {}),
        ...(kind === 'entry' ? { answersEntryId: answerId } : {}),
      },
    });
    if (answer.error) return refuse(apiFieldErrors(answer.error, MESSAGES));
    setErrors({});
    onDone(`${formatCents(centsOf(values.amount)!)} is besteed uit het maatwerkbudget.`);
  };

  const entries = signals?.household.timeline.edges.map((edge) => edge.node) ?? [];
  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-kop`}>
      <h4 className="utrecht-heading-4" id={`${prefix}-kop`}>
        Besteden uit het maatwerkbudget
      </h4>
      <p className="utrecht-paragraph">
        {roomCents === undefined
          ? 'Er is voor dit jaar geen maatwerkbudget vastgesteld.'
          : `U kunt voor dit huishouden nog ${formatCents(roomCents)} besteden.`}
      </p>
      <ErrorSummary errors={errors} idOf={idOf} ref={summary} />
      <FormField id={idOf('amount')} label="Bedrag in euro" hint="Bijvoorbeeld 950,00." error={errors.amount}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="text"
          inputMode="decimal"
          value={values.amount}
          onChange={(event) => set({ amount: event.target.value })}
          {...controlProps(idOf('amount'), errors.amount, true)}
        />
      </FormField>
      <FormField id={idOf('spentOn')} label="Datum van de betaling" error={errors.spentOn}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          max={todayLocal()}
          value={values.spentOn}
          onChange={(event) => set({ spentOn: event.target.value })}
          {...controlProps(idOf('spentOn'), errors.spentOn)}
        />
      </FormField>
      <FormField
        id={idOf('purpose')}
        label="Waarvoor is het geld?"
        hint="Bijvoorbeeld: huur van december betaald aan de verhuurder. 10 tot 500 tekens."
        error={errors.purpose}
      >
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={values.purpose}
          onChange={(event) => set({ purpose: event.target.value })}
          {...controlProps(idOf('purpose'), errors.purpose, true)}
        />
      </FormField>
      <FormField id={idOf('prevents')} label="Wat moet het voorkomen?" error={errors.prevents}>
        <select
          className="utrecht-select utrecht-select--html-select"
          value={values.prevents}
          onChange={(event) => set({ prevents: event.target.value })}
          {...controlProps(idOf('prevents'), errors.prevents)}
        >
          <option value="">Kies wat het voorkomt</option>
          {PREVENTION_AIMS.map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={idOf('answers')}
        label="Op welk doel of welke melding is het een antwoord?"
        optional
        error={errors.answers}
      >
        <select
          className="utrecht-select utrecht-select--html-select"
          value={values.answers}
          onChange={(event) => set({ answers: event.target.value })}
          {...controlProps(idOf('answers'), errors.answers)}
        >
          <option value="">Geen doel of melding in het bijzonder</option>
          {household.plan.goals.map((goal) => (
            <option key={goal.id} value={`goal:${goal.id}`}>
              Doel: {goal.current.title}
            </option>
          ))}
          {entries.map((entry) => (
            <option key={entry.id} value={`entry:${entry.id}`}>
              Melding: {entry.summary} ({formatDate(entry.occurredOn ?? entry.occurredAt)})
            </option>
          ))}
        </select>
      </FormField>
      <ChoiceGroup id={idOf('memberIds')} legend="Voor wie" error={errors.memberIds}>
        {household.members.map((member) => (
          <Choice
            key={member.id}
            id={`${idOf('memberIds')}-${member.id}`}
            type="checkbox"
            name="memberIds"
            label={member.name}
            checked={values.memberIds.includes(member.id)}
            onChange={(on) =>
              set({
                memberIds: on ? [...values.memberIds, member.id] : values.memberIds.filter((id) => id !== member.id),
              })
            }
          />
        ))}
      </ChoiceGroup>
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>
        Besteden
      </Button>
    </form>
  );
}
