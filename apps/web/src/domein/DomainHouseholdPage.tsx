import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { ageOn, formatDate } from '../app/format';
import { domainName, grondslagName, relationName } from '../app/labels';
import { useViewer } from '../layout/viewer';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { BackofficeNote } from './DomeinPage';
import { ContactmomentForm, isContactmomentDomain } from './ContactmomentForm';
import { SharingBasisForm } from './SharingBasisForm';

const DomainHouseholdQuery = graphql(`
  query DomainHousehold($id: ID!) {
    household(id: $id) {
      id
      name
      regisseur {
        name
      }
      members {
        id
        name
        birthDate
        relation
      }
      sharingBases {
        id
        domain
        grondslag
        wettelijkeBepaling
        memberIds
        validFrom
        validUntil
        currentlyValid
      }
      timeline(first: 50) {
        totalCount
        edges {
          node {
            id
            domain
            occurredAt
            occurredOn
            summary
            note
            member {
              name
            }
          }
        }
      }
    }
  }
`);

/**
 * Domeinmedewerker: the household as their domain sees it: the members, the legal bases, the latest 50 entries they
 * may see (their own domain's with its notes, and what other domains share with them), and the two things they
 * record in Regie: a contactmoment and a legal basis.
 */
export default function DomainHouseholdPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: DomainHouseholdQuery, variables: { id } });
  const household = data?.household;
  const domain = viewer?.domain ?? undefined;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !household) return <ProblemMessage error={error} asPage />;
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return null;
  const entries = household.timeline.edges.map((edge) => edge.node);
  const memberName = (memberId: string) => household.members.find((m) => m.id === memberId)?.name ?? 'onbekend';
  return (
    <>
      <PageHeading>{household.name ?? 'Huishouden'}</PageHeading>
      <Paragraph>
        {household.regisseur
          ? `De regisseur van dit huishouden is ${household.regisseur.name}.`
          : 'Dit huishouden heeft nog geen regisseur.'}{' '}
        U ziet wat {domain ? domainName(domain) : 'uw domein'} vastlegde, met de notities van uw domein, en wat andere
        domeinen met u delen.
      </Paragraph>
      <BackofficeNote />

      <section aria-labelledby="domein-leden" className="regie-section">
        <Heading level={2} id="domein-leden">
          Leden
        </Heading>
        <ul className="utrecht-unordered-list">
          {household.members.map((member) => (
            <li key={member.id} className="utrecht-unordered-list__item">
              {member.name}
              {member.birthDate ? `, ${ageOn(member.birthDate)} jaar` : ''}
              {member.relation ? `, ${relationName(member.relation)}` : ''}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="domein-tijdlijn" className="regie-section">
        <Heading level={2} id="domein-tijdlijn">
          Wat er gebeurde
        </Heading>
        <Paragraph>
          {household.timeline.totalCount === 0
            ? 'Er is nog niets vastgelegd dat u mag zien.'
            : `De laatste ${entries.length} van ${household.timeline.totalCount} gebeurtenissen die u mag zien, de nieuwste eerst.`}
        </Paragraph>
        <ol className="regie-timeline" aria-label="Gebeurtenissen van het huishouden">
          {entries.map((entry) => (
            <li key={entry.id} className="regie-timeline__entry" data-domain={entry.domain}>
              <p className="regie-timeline__meta">
                <time dateTime={entry.occurredOn ?? entry.occurredAt}>
                  {formatDate(entry.occurredOn ?? entry.occurredAt)}
                </time>
                {' · '}
                {domainName(entry.domain)}
                {entry.member ? ` · ${entry.member.name}` : ''}
              </p>
              <p className="regie-timeline__summary">{entry.summary}</p>
              {entry.note ? <p className="regie-timeline__note">Notitie: {entry.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="domein-grondslagen" className="regie-section">
        <Heading level={2} id="domein-grondslagen">
          Grondslagen om gegevens te delen
        </Heading>
        {household.sharingBases.length === 0 ? (
          <Paragraph>Er is nog geen grondslag vastgelegd.</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {household.sharingBases.map((basis) => (
              <li key={basis.id} className="utrecht-unordered-list__item">
                {domainName(basis.domain)}: {grondslagName(basis.grondslag)} ({basis.wettelijkeBepaling}), van{' '}
                {formatDate(basis.validFrom)} tot {formatDate(basis.validUntil)}
                {basis.memberIds.length > 0
                  ? `, voor ${basis.memberIds.map(memberName).join(' en ')}`
                  : ', voor het hele huishouden'}
                {basis.currentlyValid ? '' : ' (nu niet geldig)'}
              </li>
            ))}
          </ul>
        )}
      </section>

      {domain && isContactmomentDomain(domain) ? (
        <ContactmomentForm domain={domain} householdId={household.id} members={household.members} onSaved={reload} />
      ) : null}
      {domain ? (
        <SharingBasisForm householdId={household.id} domain={domain} members={household.members} onSaved={reload} />
      ) : null}
    </>
  );
}
