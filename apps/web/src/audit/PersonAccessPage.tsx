import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { formatDate } from '../app/format';
import { DataTable } from '../components/DataTable';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { AuditPersonAccessQuery } from '../gql/graphql';
import { LOG_COLUMNS, type LogLine } from './log-columns';

const PersonAccessQuery = graphql(`
  query AuditPersonAccess($bsn: String!, $after: String) {
    personAccessLog(bsn: $bsn, first: 50, after: $after) {
      persons {
        personId
        householdId
        householdName
        householdClosed
        name
        birthDate
      }
      lines {
        edges {
          node {
            ...LogLineFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

type Person = AuditPersonAccessQuery['personAccessLog']['persons'][number];

const PREFIX = 'inzage';
const WRONG_BSN = 'Dit BSN klopt niet. Controleer de negen cijfers.';

/**
 * Auditor: an inzageverzoek (AVG art. 15). Who recorded, read, exported or erased the data of the person with this
 * BSN, oldest first. The BSN stays in the page's memory: never in the address bar or the log.
 */
export default function PersonAccessPage() {
  const client = useClient();
  const [bsn, setBsn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [answer, setAnswer] = useState<{ persons: Person[]; lines: LogLine[] }>();
  const [next, setNext] = useState<{ bsn: string; cursor: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const results = useRef<HTMLHeadingElement>(null);

  const load = async (asked: string, after?: string) => {
    const reply = await client
      .query(PersonAccessQuery, { bsn: asked, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (reply.error) {
      const refusal = refusalOf(reply.error, (path) => (path === 'bsn' ? WRONG_BSN : undefined));
      if (!refusal) setFailure(reply.error);
      else {
        setErrors(refusal);
        requestAnimationFrame(() => summary.current?.focus());
      }
      return;
    }
    const log = reply.data!.personAccessLog;
    const found = log.lines.edges.map((edge) => edge.node);
    setAnswer({ persons: log.persons, lines: after ? [...(answer?.lines ?? []), ...found] : found });
    setNext(
      log.lines.pageInfo.hasNextPage && log.lines.pageInfo.endCursor
        ? { bsn: asked, cursor: log.lines.pageInfo.endCursor }
        : undefined,
    );
    if (!after) requestAnimationFrame(() => results.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setAnswer(undefined);
    setNext(undefined);
    const cleaned = bsn.replace(/[\s.]/g, '');
    if (!isValidBsn(cleaned)) {
      setErrors({ bsn: WRONG_BSN });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setErrors({});
    await load(cleaned);
  };

  return (
    <>
      <PageHeading>Inzageverzoek</PageHeading>
      <Paragraph>
        Vraagt een inwoner wie zijn of haar gegevens heeft bekeken of vastgelegd? Vul het BSN van die inwoner in. U ziet
        wie er in een huishouden van uw gemeente bij dat BSN hoort, en alles wat medewerkers met de gegevens van die
        persoon deden, de oudste eerst. Dat u zoekt, komt in het verwerkingenlog. Het BSN komt daar niet in.
      </Paragraph>
      <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer het BSN" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <TextField
          prefix={PREFIX}
          path="bsn"
          label="BSN van de inwoner"
          hint="Negen cijfers. Controleer eerst of de vraag echt van deze inwoner komt."
          inputMode="numeric"
          value={bsn}
          error={errors.bsn}
          onChange={setBsn}
        />
        <Button type="submit" appearance="primary-action-button">
          Zoeken
        </Button>
      </form>
      {answer ? (
        <section aria-labelledby="inzage-resultaat" className="regie-section">
          <Heading level={2} id="inzage-resultaat" ref={results} tabIndex={-1}>
            {answer.persons.length === 0 ? 'Niemand gevonden met dit BSN' : 'Gevonden'}
          </Heading>
          {answer.persons.length === 0 ? (
            <Paragraph>
              Er is nu niemand met dit BSN in een huishouden van uw gemeente. Wie uit een huishouden is gegaan, of van
              wie de gegevens zijn gewist, vindt u hier niet. Zoek dan in het verwerkingenlog op het kenmerk van het
              huishouden.
            </Paragraph>
          ) : (
            <PersonList persons={answer.persons} />
          )}
          {answer.persons.length > 0 ? (
            <>
              <Heading level={3}>
                {answer.lines.length === 0
                  ? 'Niemand deed iets met de gegevens van deze persoon'
                  : `${answer.lines.length}${next ? ' of meer' : ''} ${answer.lines.length === 1 ? 'regel' : 'regels'} over deze persoon`}
              </Heading>
              <Paragraph>
                Pogingen zonder toegang en het lezen van het log staan hier niet. Wat met het hele huishouden gebeurde,
                zoals het plan, ziet u bij ‘Wie keek in dit huishouden?’.
              </Paragraph>
              {answer.lines.length > 0 ? (
                <DataTable
                  caption="Wat medewerkers met de gegevens van deze persoon deden, oudste eerst"
                  columns={LOG_COLUMNS}
                  rows={answer.lines}
                  rowKey={(l) => l.id}
                />
              ) : null}
              {next ? (
                <Button type="button" appearance="secondary-action-button" onClick={() => load(next.bsn, next.cursor)}>
                  Volgende 50 regels
                </Button>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function PersonList({ persons }: { persons: readonly Person[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {persons.map((person) => (
        <li key={person.personId} className="utrecht-unordered-list__item">
          {person.name}
          {person.birthDate ? `, geboren ${formatDate(person.birthDate)}` : ''}, in huishouden{' '}
          {person.householdName ?? 'zonder naam'}
          {person.householdClosed ? ' (gesloten)' : ''}.{' '}
          <Link className="utrecht-link" to={`/audit/huishoudens/${person.householdId}`}>
            Wie keek in dit huishouden?
          </Link>
        </li>
      ))}
    </ul>
  );
}
