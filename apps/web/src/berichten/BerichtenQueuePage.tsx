import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatDate, formatDateTime } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { BerichtenQueueQuery } from '../gql/graphql';
import { berichtName, linkSummary } from './bericht-words';

const BerichtenQueueDocument = graphql(`
  query BerichtenQueue {
    berichtenQueue {
      id
      berichtType
      afzender
      identificatie
      dagtekening
      bsn
      receivedAt
      linkRefusals {
        reason
      }
    }
  }
`);

const HouseholdsWithBsnDocument = graphql(`
  query HouseholdsWithBsn($input: HouseholdSearchInput!) {
    searchHouseholds(input: $input) {
      households {
        householdId
        name
        members {
          id
          name
          matched
        }
      }
    }
  }
`);

const LinkBerichtDocument = graphql(`
  mutation LinkBericht($input: LinkBerichtInput!) {
    linkBericht(input: $input) {
      together {
        outcome
      }
    }
  }
`);

const DiscardBerichtDocument = graphql(`
  mutation DiscardBericht($input: DiscardBerichtInput!) {
    discardBericht(input: $input)
  }
`);

type Waiting = BerichtenQueueQuery['berichtenQueue'][number];

/** The functioneel beheerder's queue: iJw/iWmo messages whose client is in no household of the gemeente. */
export default function BerichtenQueuePage() {
  const [{ data, error, fetching }, refetch] = useQuery({ query: BerichtenQueueDocument });
  const [done, setDone] = useState<string | undefined>();
  const waiting = data?.berichtenQueue ?? [];
  const handled = (text: string) => {
    setDone(text);
    refetch({ requestPolicy: 'network-only' });
  };
  return (
    <>
      <PageHeading>Berichten die wachten</PageHeading>
      <Paragraph>
        Deze berichten van aanbieders of de backoffice gaan over een persoon die nog niet in een huishouden staat. Regie
        heeft ze daarom nog niet verwerkt. Koppel een bericht aan het huishouden van die persoon, of verwijder het met
        een reden.
      </Paragraph>
      <div aria-live="polite">{done ? <Paragraph>{done}</Paragraph> : null}</div>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="De berichten" /> : null}
      {data && waiting.length === 0 ? <Paragraph>Er wachten geen berichten.</Paragraph> : null}
      {waiting.map((bericht) => (
        <WaitingBerichtCard key={bericht.id} bericht={bericht} onHandled={handled} />
      ))}
    </>
  );
}

function WaitingBerichtCard({ bericht, onHandled }: { bericht: Waiting; onHandled: (text: string) => void }) {
  const headingId = useId();
  return (
    <section className="regie-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {berichtName(bericht.berichtType)} van {formatDate(bericht.dagtekening)}
      </Heading>
      <dl className="regie-facts">
        <dt>Waarom het wacht</dt>
        <dd>
          <WhyItWaits bericht={bericht} />
        </dd>
        <dt>BSN</dt>
        <dd>{bericht.bsn}</dd>
        <dt>Afzender</dt>
        <dd>{bericht.afzender}</dd>
        <dt>Kenmerk</dt>
        <dd>{bericht.identificatie}</dd>
        <dt>Ontvangen</dt>
        <dd>{formatDateTime(String(bericht.receivedAt))}</dd>
      </dl>
      <LinkForm bericht={bericht} onHandled={onHandled} />
      <DiscardForm bericht={bericht} onHandled={onHandled} />
    </section>
  );
}

/** No household had the client; or the beheerder tried to link it, and Regie says why that did not work. */
function WhyItWaits({ bericht }: { bericht: Waiting }) {
  const reasons = [...new Set(bericht.linkRefusals.map((refusal) => refusal.reason))];
  if (reasons.length === 0)
    return <>Geen huishouden (of meer dan één) heeft een persoon met het BSN van dit bericht.</>;
  return (
    <>
      Koppelen is niet gelukt:
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </>
  );
}

function LinkForm({ bericht, onHandled }: { bericht: Waiting; onHandled: (text: string) => void }) {
  const [searched, setSearched] = useState(false);
  const [{ data, error, fetching }] = useQuery({
    query: HouseholdsWithBsnDocument,
    variables: { input: { bsn: bericht.bsn } },
    pause: !searched,
  });
  const [linking, link] = useMutation(LinkBerichtDocument);
  const households = data?.searchHouseholds.households ?? [];
  const linkTo = async (householdId: string, name: string) => {
    const result = await link({ input: { berichtId: bericht.id, householdId } });
    const answer = result.data?.linkBericht;
    if (answer) onHandled(linkSummary(answer.together, name));
  };
  return (
    <div>
      <Heading level={3}>Koppelen aan een huishouden</Heading>
      <Paragraph>
        Als u dit bericht koppelt, verwerkt Regie ook de andere wachtende berichten van deze cliënt. Dat gaat in de
        volgorde van de berichten: eerst de toewijzing, dan de start en de stop. Lukt het voor een bericht niet, dan
        blijft dat bericht wachten.
      </Paragraph>
      {!searched ? (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => setSearched(true)}
        >
          Zoek huishoudens met dit BSN
        </button>
      ) : null}
      {fetching ? <Loading what="De huishoudens" /> : null}
      {error || linking.error ? <ProblemMessage error={error ?? linking.error} /> : null}
      {searched && data && households.length === 0 ? (
        <Paragraph>
          Geen huishouden heeft een persoon met dit BSN. Voeg de persoon eerst toe aan een huishouden en zoek opnieuw.
        </Paragraph>
      ) : null}
      {households.length > 0 ? (
        <ul>
          {households.map((household) => {
            const name = household.name ?? 'zonder naam';
            return (
              <li key={household.householdId}>
                Huishouden {name} (
                {household.members
                  .filter((member) => member.matched)
                  .map((m) => m.name)
                  .join(', ')}
                ){' '}
                <button
                  type="button"
                  className="utrecht-button utrecht-button--primary-action"
                  disabled={linking.fetching}
                  onClick={() => void linkTo(household.householdId, name)}
                >
                  Koppel aan huishouden {name}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

function DiscardForm({ bericht, onHandled }: { bericht: Waiting; onHandled: (text: string) => void }) {
  const reasonId = useId();
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [discarding, discard] = useMutation(DiscardBerichtDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setProblem('Schrijf op waarom u het bericht verwijdert.');
    setProblem(undefined);
    const result = await discard({ input: { berichtId: bericht.id, reason: reason.trim() } });
    if (result.data?.discardBericht) onHandled('Het bericht is verwijderd uit de wachtrij.');
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Heading level={3}>Verwijderen</Heading>
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={reasonId}>
          Reden
        </label>
        {problem ? (
          <p id={errorId} className="utrecht-form-field-error-message">
            {problem}
          </p>
        ) : null}
        <textarea
          id={reasonId}
          className="utrecht-textarea"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          maxLength={1000}
        />
      </div>
      {discarding.error ? <ProblemMessage error={discarding.error} /> : null}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={discarding.fetching}>
        Verwijder dit bericht
      </button>
    </form>
  );
}
