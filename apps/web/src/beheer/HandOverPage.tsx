import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { Choice, ChoiceGroup, ErrorSummary, fieldId, TextField, type FieldErrors } from '../components/form';
import { useSubmit } from '../components/use-submit';
import { graphql } from '../gql';
import { handOverEach, type HandOverOutcome } from './hand-over';
import { plainRefusal } from './refusals';
import { chosenRegisseur, NO_REGISSEUR_CHOSEN } from './chosen-regisseur';
import { AssignRegisseurDocument, RegisseurPicker } from './RegisseurPicker';

const CaseloadDocument = graphql(`
  query Caseload($regisseurUserId: ID!) {
    regisseurs {
      userId
      name
      openHouseholds
    }
    regisseurCaseload(regisseurUserId: $regisseurUserId, first: 200) {
      totalCount
      edges {
        node {
          id
          name
          regisseurSince
          lastActivity
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const PREFIX = 'overdracht';
const EMPTY = { ...NO_REGISSEUR_CHOSEN, reason: '' };

/**
 * Functioneel beheerder: hands some or all open households of one regisseur over to another (leave, illness, a new
 * division of the wijken). Each household is handed over on its own and only while the listed regisseur is still
 * its regisseur, so a list that is out of date hands nothing over by mistake.
 */
export default function HandOverPage() {
  const { userId = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CaseloadDocument,
    variables: { regisseurUserId: userId },
    requestPolicy: 'cache-and-network',
  });
  const [, assign] = useMutation(AssignRegisseurDocument);
  const [values, setValues] = useState(EMPTY);
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const [last, setLast] = useState<{ outcome: HandOverOutcome; to: string }>();
  const [sending, setSending] = useState(false);
  const { errors, summary, check } = useSubmit(plainRefusal);
  // Once the last household went over, the regisseur is no longer in `regisseurs`: keep the name the page had.
  const knownName = useRef<string>();

  if (error && !data) return <ProblemMessage error={error} asPage />;
  if (fetching && !data) return <Loading what="De huishoudens van de regisseur" />;
  const current = data?.regisseurs.find((regisseur) => regisseur.userId === userId);
  if (current) knownName.current = current.name;
  const name = current?.name ?? knownName.current ?? userId;
  const households = (data?.regisseurCaseload.edges ?? []).map(({ node }) => ({
    ...node,
    name: node.name ?? 'Huishouden zonder naam',
  }));
  const chosen = households.filter((household) => !skipped.has(household.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    if (chosen.length === 0) found.households = 'Kies ten minste één huishouden.';
    const to = chosenRegisseur(values, data?.regisseurs ?? [], { userId, name }, found);
    if (!values.reason.trim()) found.reason = 'Vul een reden in. Bijvoorbeeld: verlof, of een nieuwe wijkindeling.';
    setLast(undefined);
    if (!check(found)) return;
    setSending(true);
    const result = await handOverEach(chosen, (household) =>
      assign({
        input: {
          householdId: household.id,
          regisseurUserId: to.userId,
          regisseurName: to.name,
          reason: values.reason.trim(),
          expectedRegisseurUserId: userId,
        },
      }),
    );
    setSending(false);
    setLast({ outcome: result, to: to.name });
    setSkipped(new Set());
    if (result.handedOver.length > 0) setValues(EMPTY);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <PageHeading>{`Huishoudens van ${name} overdragen`}</PageHeading>
      <Paragraph>
        <Link className="utrecht-link" to="/beheer/regisseurs">
          Terug naar alle regisseurs
        </Link>
      </Paragraph>
      {last ? <HandOverResult {...last} /> : null}
      {households.length === 0 ? (
        <Paragraph>{name} heeft geen open huishoudens (meer).</Paragraph>
      ) : (
        <>
          <Paragraph>
            {name} is nu de regisseur van {data?.regisseurCaseload.totalCount} open{' '}
            {data?.regisseurCaseload.totalCount === 1 ? 'huishouden' : 'huishoudens'}. Kies welke u overdraagt en aan
            wie. De nieuwe regisseur ziet ze meteen; {name} ziet ze daarna niet meer.
          </Paragraph>
          {data?.regisseurCaseload.pageInfo.hasNextPage ? (
            <Paragraph>
              Hier staan de eerste {households.length}. Draag die eerst over; daarna ziet u de andere.
            </Paragraph>
          ) : null}
          <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer wat u invulde" />
          <form onSubmit={submit} noValidate className="regie-form">
            <ChoiceGroup
              id={fieldId(PREFIX, 'households')}
              legend="Welke huishoudens draagt u over?"
              hint="Alle huishoudens staan aangevinkt. Haal het vinkje weg bij een huishouden dat blijft."
              error={errors.households}
            >
              {households.map((household) => (
                <Choice
                  key={household.id}
                  id={fieldId(PREFIX, `household-${household.id}`)}
                  type="checkbox"
                  name="households"
                  label={`${household.name} (regisseur sinds ${formatDate(household.regisseurSince)})`}
                  checked={!skipped.has(household.id)}
                  onChange={(checked) => {
                    const next = new Set(skipped);
                    if (checked) next.delete(household.id);
                    else next.add(household.id);
                    setSkipped(next);
                  }}
                />
              ))}
            </ChoiceGroup>
            <RegisseurPicker
              prefix={PREFIX}
              known={data?.regisseurs ?? []}
              current={userId}
              value={values}
              errors={errors}
              onChange={(chosen) => setValues({ ...values, ...chosen })}
            />
            <TextField
              prefix={PREFIX}
              path="reason"
              label="Reden"
              hint="Deze reden staat bij elk huishouden in de geschiedenis van de regisseurs."
              multiline
              value={values.reason}
              error={errors.reason}
              onChange={(reason) => setValues({ ...values, reason })}
            />
            <Button type="submit" appearance="primary-action-button" disabled={sending}>
              {sending
                ? 'Bezig met overdragen…'
                : `${chosen.length} ${chosen.length === 1 ? 'huishouden' : 'huishoudens'} overdragen`}
            </Button>
          </form>
        </>
      )}
    </>
  );
}

/** What the last handover did: how many went over, which did not and why. Takes the focus when it appears. */
function HandOverResult({ outcome, to }: { outcome: HandOverOutcome; to: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [outcome]);
  const count = outcome.handedOver.length;
  return (
    <section aria-labelledby="uitkomst" className="regie-section">
      <Heading level={2} id="uitkomst" ref={heading} tabIndex={-1}>
        Uitkomst van de overdracht
      </Heading>
      {count > 0 ? (
        <div className="utrecht-alert utrecht-alert--ok">
          {count} {count === 1 ? 'huishouden is' : 'huishoudens zijn'} overgedragen
          {` aan ${to}`}: {outcome.handedOver.map((household) => household.name).join(', ')}.
        </div>
      ) : null}
      {outcome.refused.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning">
          <div>
            <Paragraph>Deze huishoudens zijn niet overgedragen:</Paragraph>
            <ul className="utrecht-unordered-list">
              {outcome.refused.map((household) => (
                <li key={household.id} className="utrecht-unordered-list__item">
                  {household.name}: {household.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {outcome.problem ? (
        <>
          <ProblemMessage error={outcome.problem} />
          <Paragraph>
            Niet verstuurd: {outcome.notSent.map((household) => household.name).join(', ')}. Probeer het later opnieuw.
          </Paragraph>
        </>
      ) : null}
    </section>
  );
}
