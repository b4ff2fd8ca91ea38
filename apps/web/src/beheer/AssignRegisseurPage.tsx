import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { formatDate } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, Saved, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import { plainRefusal } from './refusals';

const HouseholdRegisseurQuery = graphql(`
  query HouseholdRegisseur($id: ID!) {
    household(id: $id) {
      id
      name
      regisseur {
        userId
        name
        since
      }
      regisseurHistory {
        at
        reason
        from {
          name
        }
        to {
          name
        }
      }
    }
  }
`);

const AssignRegisseurDocument = graphql(`
  mutation AssignRegisseur($input: AssignRegisseurInput!) {
    assignRegisseur(input: $input) {
      position
    }
  }
`);

const PREFIX = 'regisseur';
const EMPTY = { regisseurUserId: '', regisseurName: '', reason: '' };

/** Functioneel beheerder: assigns the one regisseur of a household, or hands it over to another. */
export default function AssignRegisseurPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: HouseholdRegisseurQuery, variables: { id } });
  const [, assign] = useMutation(AssignRegisseurDocument);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const household = data?.household;
  const current = household?.regisseur;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setSaved('');
    const found: FieldErrors = {};
    if (!values.regisseurUserId.trim()) found.regisseurUserId = 'Vul de inlognaam van de regisseur in.';
    if (!values.regisseurName.trim()) found.regisseurName = 'Vul de naam van de regisseur in.';
    if (!values.reason.trim()) found.reason = 'Vul een reden in. Bijvoorbeeld: nieuwe aanmelding, of ziekte.';
    if (Object.keys(found).length === 0) {
      setBusy(true);
      const answer = await assign({
        input: {
          householdId: id,
          regisseurUserId: values.regisseurUserId.trim(),
          regisseurName: values.regisseurName.trim(),
          reason: values.reason.trim(),
        },
      });
      setBusy(false);
      if (answer.error) {
        const refusal = refusalOf(answer.error, plainRefusal);
        if (!refusal) return setFailure(answer.error);
        // Refused without a field: the person named is already this household's regisseur.
        if (refusal.form && /al de regisseur/.test(refusal.form)) {
          refusal.regisseurUserId = 'Deze persoon is al de regisseur van dit huishouden. Kies iemand anders.';
          delete refusal.form;
        }
        Object.assign(found, refusal);
      } else {
        setErrors({});
        setSaved(`${values.regisseurName.trim()} is nu de regisseur van ${household?.name ?? 'dit huishouden'}.`);
        setValues(EMPTY);
        refetch({ requestPolicy: 'network-only' });
        return;
      }
    }
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  if (error && !household) return <ProblemMessage error={error} asPage />;
  if (fetching && !household) return <Loading what="Het huishouden" />;
  const title = current ? 'Regisseur overdragen' : 'Regisseur toewijzen';
  return (
    <>
      <PageHeading
        title={`${title}: ${household?.name ?? 'huishouden'}`}
      >{`${title}: ${household?.name ?? 'huishouden'}`}</PageHeading>
      <Paragraph>
        {current
          ? `De regisseur is nu ${current.name}, sinds ${formatDate(current.since)}. Wijst u iemand anders toe, dan ziet ${current.name} dit huishouden meteen niet meer.`
          : 'Dit huishouden heeft nog geen regisseur. Een huishouden heeft altijd één regisseur.'}
      </Paragraph>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <TextField
          prefix={PREFIX}
          path="regisseurUserId"
          label="Inlognaam van de regisseur"
          hint="De naam waarmee de regisseur inlogt bij de gemeente."
          value={values.regisseurUserId}
          error={errors.regisseurUserId}
          onChange={(regisseurUserId) => setValues({ ...values, regisseurUserId })}
        />
        <TextField
          prefix={PREFIX}
          path="regisseurName"
          label="Naam van de regisseur"
          value={values.regisseurName}
          error={errors.regisseurName}
          onChange={(regisseurName) => setValues({ ...values, regisseurName })}
        />
        <TextField
          prefix={PREFIX}
          path="reason"
          label="Reden"
          hint="Waarom deze regisseur? Bijvoorbeeld: nieuwe aanmelding, of de vorige regisseur is ziek."
          multiline
          value={values.reason}
          error={errors.reason ?? errors.form}
          onChange={(reason) => setValues({ ...values, reason })}
        />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {current ? 'Regisseur overdragen' : 'Regisseur toewijzen'}
        </Button>
      </form>
      {household && household.regisseurHistory.length > 0 ? (
        <section aria-labelledby="geschiedenis" className="regie-section">
          <Heading level={2} id="geschiedenis">
            Eerdere regisseurs
          </Heading>
          <ul className="utrecht-unordered-list">
            {household.regisseurHistory.map((change, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {formatDate(change.at)}: {change.to ? `${change.to.name}` : 'geen regisseur meer'}
                {change.from ? ` (was ${change.from.name})` : ''}. Reden: {change.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
