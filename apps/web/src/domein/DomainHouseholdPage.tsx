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
import { TimelineSection } from '../household/TimelineSection';
import { graphql } from '../gql';
import { BackofficeNote } from './DomeinPage';
import { ContactmomentForm, isContactmomentDomain } from './ContactmomentForm';
import { EndSharingBasisForm } from './EndSharingBasisForm';
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
        endedOn
        currentlyValid
      }
      providers {
        agbCode
        name
      }
    }
    system {
      domains {
        code
        label
      }
    }
  }
`);

/**
 * Domeinmedewerker: the household as their domain sees it: the members, the legal bases, the timeline they may see
 * (their own domain's entries with its notes, and what other domains share with them; filtered, paged and live as
 * the regisseur's), and what they record in Regie: a contactmoment, and a legal basis recorded or ended.
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
  const memberName = (memberId: string) => household.members.find((m) => m.id === memberId)?.name ?? 'onbekend';
  const basisLabel = (basis: (typeof household.sharingBases)[number]) =>
    `${domainName(basis.domain)}: ${grondslagName(basis.grondslag)} (${basis.wettelijkeBepaling}), van ` +
    `${formatDate(basis.validFrom)} tot ${formatDate(basis.validUntil)}` +
    (basis.memberIds.length > 0
      ? `, voor ${basis.memberIds.map(memberName).join(' en ')}`
      : ', voor het hele huishouden');
  const runningBases = household.sharingBases
    .filter((basis) => basis.domain === domain && !basis.endedOn)
    .map((basis) => ({ id: basis.id, label: basisLabel(basis) }));
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

      <TimelineSection
        householdId={household.id}
        members={household.members}
        providers={household.providers}
        domains={data?.system.domains ?? []}
      />

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
                {basisLabel(basis)}
                {basis.endedOn
                  ? ` (beëindigd op ${formatDate(basis.endedOn)})`
                  : basis.currentlyValid
                    ? ''
                    : ' (nu niet geldig)'}
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
      {domain ? (
        <EndSharingBasisForm householdId={household.id} domain={domain} bases={runningBases} onSaved={reload} />
      ) : null}
    </>
  );
}
