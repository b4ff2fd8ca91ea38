import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, Saved, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import { plainRefusal } from './refusals';
import { chosenRegisseur, NO_REGISSEUR_CHOSEN } from './chosen-regisseur';
import { AssignRegisseurDocument, RegisseurPicker } from './RegisseurPicker';

const HouseholdRegisseurQuery = graphql(`
  query HouseholdRegisseur($id: ID!) {
    regisseurs {
      userId
      name
      openHouseholds
    }
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

const PREFIX = 'regisseur';
const EMPTY = { ...NO_REGISSEUR_CHOSEN, reason: '' };

/** Functioneel beheerder: assigns the one regisseur of a household, or hands it over to another. */
export default function AssignRegisseurPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: HouseholdRegisseurQuery, variables: { id } });
  const [, assign] = useMutation(AssignRegisseurDocument);
  const [values, setValues] = useState(EMPTY);
  const { errors, failure, saved, busy, summary, run } = useSubmit(plainRefusal, {
    // Refused without a field: the person named is already this household's regisseur.
    moveTo: [['form', 'regisseurUserId', /al de regisseur/]],
    adjust: (refusal) => {
      if (refusal.regisseurUserId && /al de regisseur/.test(refusal.regisseurUserId)) {
        refusal.regisseurUserId = 'Deze persoon is al de regisseur van dit huishouden. Kies iemand anders.';
      }
    },
  });

  const household = data?.household;
  const current = household?.regisseur;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const to = chosenRegisseur(values, data?.regisseurs ?? [], current ?? undefined, found);
    if (!values.reason.trim()) found.reason = 'Vul een reden in. Bijvoorbeeld: nieuwe aanmelding, of ziekte.';
    const input = { householdId: id, regisseurUserId: to.userId, regisseurName: to.name, reason: values.reason.trim() };
    const done = `${to.name} is nu de regisseur van ${household?.name ?? 'dit huishouden'}.`;
    if (await run(found, () => assign({ input }), done)) {
      setValues(EMPTY);
      refetch({ requestPolicy: 'network-only' });
    }
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
          : 'Dit huishouden heeft nog geen regisseur. Een huishouden heeft één regisseur tegelijk.'}
      </Paragraph>
      <Saved>{saved}</Saved>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <RegisseurPicker
          prefix={PREFIX}
          known={data?.regisseurs ?? []}
          current={current?.userId}
          value={values}
          errors={errors}
          onChange={(chosen) => setValues({ ...values, ...chosen })}
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
            Wie was regisseur
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
