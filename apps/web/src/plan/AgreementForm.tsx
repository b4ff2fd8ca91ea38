import { Button } from '@utrecht/button-react';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Choice, ChoiceGroup, controlProps, ErrorSummary, FormField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { AgreementParty, Domain } from '../gql/graphql';
import type { Member, Plan } from '../household/types';
import { isDate } from './form-values';
import { apiFieldErrors } from './refusals';
import { useRegisteredDomains } from '../app/use-registered-domains';
import { PARTIES } from './labels';

const RecordPlanAgreement = graphql(`
  mutation RecordPlanAgreement($input: RecordPlanAgreementInput!) {
    recordPlanAgreement(input: $input) {
      agreementId
      position
    }
  }
`);

const GemeenteProviders = graphql(`
  query GemeenteProviders {
    providers {
      agbCode
      name
    }
  }
`);

const MESSAGES: Record<string, string> = {
  party: 'Kies wie het doet.',
  partyName: 'De naam is te lang: ten hoogste 200 tekens.',
  providerAgb: 'Kies de zorgaanbieder die het doet.',
  PROVIDER_NOT_FOUND: 'Deze zorgaanbieder staat niet in het register van de gemeente. Kies een andere.',
  domain: 'Kies welk team van de gemeente het doet.',
  description: 'Schrijf wat er gebeurt (ten hoogste 1000 tekens).',
  goalId: 'Kies een doel uit de lijst.',
  GOAL_NOT_FOUND: 'Dit doel staat niet meer in het plan. Kies een ander doel.',
  memberIds: 'Kies de leden uit de lijst.',
  dueOn: 'Vul een geldige datum in, zoals 1 september 2026.',
  FORBIDDEN: 'U mag het plan van dit huishouden niet aanpassen.',
};

interface Values {
  party: string;
  partyName: string;
  providerAgb: string;
  domain: string;
  description: string;
  goalId: string;
  memberIds: string[];
  dueOn: string;
}
const EMPTY: Values = {
  party: '',
  partyName: '',
  providerAgb: '',
  domain: '',
  description: '',
  goalId: '',
  memberIds: [],
  dueOn: '',
};

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.party) errors.party = MESSAGES.party!;
  if (values.partyName.length > 200) errors.partyName = MESSAGES.partyName!;
  if (values.party === 'AANBIEDER' && !values.providerAgb) errors.providerAgb = MESSAGES.providerAgb!;
  if (values.party === 'DOMEINTEAM' && !values.domain) errors.domain = MESSAGES.domain!;
  if (!values.description.trim() || values.description.length > 1000) errors.description = MESSAGES.description!;
  if (values.dueOn && !isDate(values.dueOn)) errors.dueOn = MESSAGES.dueOn!;
  return errors;
}

/** Who does what by when: the household, its network, a provider or a team of the gemeente. */
export function AgreementForm({
  householdId,
  members,
  goals,
  onDone,
}: {
  householdId: string;
  members: readonly Member[];
  goals: Plan['goals'];
  onDone: (message: string) => void;
}) {
  const prefix = 'afspraak';
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [{ data: providers }] = useQuery({ query: GemeenteProviders });
  const teams = useRegisteredDomains();
  const [{ fetching }, record] = useMutation(RecordPlanAgreement);
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
    const answer = await record({
      input: {
        householdId,
        party: values.party as AgreementParty,
        description: values.description.trim(),
        memberIds: values.memberIds,
        ...(values.partyName.trim() ? { partyName: values.partyName.trim() } : {}),
        ...(values.party === 'AANBIEDER' ? { providerAgb: values.providerAgb } : {}),
        ...(values.party === 'DOMEINTEAM' ? { domain: values.domain as Domain } : {}),
        ...(values.goalId ? { goalId: values.goalId } : {}),
        ...(values.dueOn ? { dueOn: values.dueOn } : {}),
      },
    });
    if (answer.error) return refuse(apiFieldErrors(answer.error, MESSAGES));
    setErrors({});
    setValues(EMPTY);
    onDone('De afspraak is vastgelegd.');
  };

  const select = (field: keyof Values, options: readonly (readonly [string, string])[], empty: string) => (
    <select
      className="utrecht-select utrecht-select--html-select"
      value={values[field] as string}
      onChange={(event) => set({ [field]: event.target.value })}
      {...controlProps(idOf(field), errors[field])}
    >
      <option value="">{empty}</option>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );

  return (
    <form className="regie-form regie-plan-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-kop`}>
      <h4 className="utrecht-heading-4" id={`${prefix}-kop`}>
        Nieuwe afspraak: wie doet wat, en wanneer
      </h4>
      <ErrorSummary errors={errors} idOf={idOf} ref={summary} />
      <FormField id={idOf('party')} label="Wie doet het?" error={errors.party}>
        {select('party', PARTIES, 'Kies wie het doet')}
      </FormField>
      {values.party === 'AANBIEDER' ? (
        <FormField id={idOf('providerAgb')} label="Welke zorgaanbieder?" error={errors.providerAgb}>
          {select(
            'providerAgb',
            (providers?.providers ?? []).map((provider) => [provider.agbCode, provider.name] as const),
            'Kies een zorgaanbieder',
          )}
        </FormField>
      ) : null}
      {values.party === 'DOMEINTEAM' ? (
        <FormField id={idOf('domain')} label="Welk team van de gemeente?" error={errors.domain}>
          {select('domain', teams, 'Kies een team')}
        </FormField>
      ) : null}
      {values.party === 'NETWERK' || values.party === 'HUISHOUDEN' ? (
        <FormField
          id={idOf('partyName')}
          label="Wie precies?"
          hint="Bijvoorbeeld: buurman Henk, of oma Ria."
          optional
          error={errors.partyName}
        >
          <input
            className="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            value={values.partyName}
            onChange={(event) => set({ partyName: event.target.value })}
            {...controlProps(idOf('partyName'), errors.partyName, true)}
          />
        </FormField>
      ) : null}
      <FormField id={idOf('description')} label="Wat gebeurt er?" error={errors.description}>
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={values.description}
          onChange={(event) => set({ description: event.target.value })}
          {...controlProps(idOf('description'), errors.description)}
        />
      </FormField>
      <FormField id={idOf('dueOn')} label="Wanneer klaar" optional error={errors.dueOn}>
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type="date"
          value={values.dueOn}
          onChange={(event) => set({ dueOn: event.target.value })}
          {...controlProps(idOf('dueOn'), errors.dueOn)}
        />
      </FormField>
      <FormField id={idOf('goalId')} label="Bij welk doel hoort het?" optional error={errors.goalId}>
        {select(
          'goalId',
          goals.map((goal) => [goal.id, goal.current.title] as const),
          'Bij geen doel in het bijzonder',
        )}
      </FormField>
      <ChoiceGroup
        id={idOf('memberIds')}
        legend="Voor wie"
        hint="Kies niemand als het voor iedereen is."
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
            onChange={(on) =>
              set({
                memberIds: on ? [...values.memberIds, member.id] : values.memberIds.filter((id) => id !== member.id),
              })
            }
          />
        ))}
      </ChoiceGroup>
      <Button type="submit" appearance="primary-action-button" disabled={fetching}>
        Afspraak vastleggen
      </Button>
    </form>
  );
}
