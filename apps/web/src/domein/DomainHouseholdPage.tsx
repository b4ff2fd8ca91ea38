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
import type { DomainHouseholdCareQuery } from '../gql/graphql';
import { BackofficeNote } from './DomeinPage';
import { ContactmomentForm, isContactmomentDomain } from './ContactmomentForm';
import { EndSharingBasisForm } from './EndSharingBasisForm';
import { SharingBasisForm } from './SharingBasisForm';

const DomainHouseholdQuery = graphql(`
  query DomainHousehold($id: ID!) {
    household(id: $id) {
      id
      name
      careAccess
      regisseur {
        name
      }
      members {
        id
        name
        birthDate
        relation
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

/** What the domain sees once it is involved: the legal bases and providers (care content). */
const DomainCareQuery = graphql(`
  query DomainHouseholdCare($id: ID!) {
    household(id: $id) {
      id
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
  }
`);

/**
 * Domeinmedewerker: the household as their domain sees it: the members, and, once their domain has recorded something
 * in it, the legal bases and the timeline they may see (their own domain's entries with its notes and the household's
 * own; filtered, paged and live as the regisseur's), and what they record in Regie: a contactmoment, and a legal basis
 * recorded or ended. Before that, the registration only and the contactmoment that starts their involvement.
 */
export default function DomainHouseholdPage() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: DomainHouseholdQuery, variables: { id } });
  const household = data?.household;
  const care = household?.careAccess === true;
  const [careResult, refetchCare] = useQuery({ query: DomainCareQuery, variables: { id }, pause: !care });
  const domain = viewer?.domain ?? undefined;
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    if (care) refetchCare({ requestPolicy: 'network-only' });
  };

  if (error && !household) return <ProblemMessage error={error} asPage />;
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return null;
  const domainWords = domain ? domainName(domain) : 'uw domein';
  const careHousehold = careResult.data?.household;
  const memberName = (memberId: string) => household.members.find((m) => m.id === memberId)?.name ?? 'onbekend';
  const runningBases = (careHousehold?.sharingBases ?? [])
    .filter((basis) => basis.domain === domain && !basis.endedOn)
    .map((basis) => ({ id: basis.id, label: basisLabel(basis, memberName) }));
  // The contactmoment form keeps its place whether the care parts show or not: the first contactmoment makes the
  // domain involved, and the form must not lose its confirmation when the timeline appears above it.
  return (
    <>
      <PageHeading>{household.name ?? 'Huishouden'}</PageHeading>
      <Paragraph>
        {household.regisseur
          ? `De regisseur van dit huishouden is ${household.regisseur.name}.`
          : 'Dit huishouden heeft nog geen regisseur.'}{' '}
        {care
          ? `U ziet wat ${domainWords} vastlegde, met de notities van uw domein, en wat voor het hele huishouden geldt (zoals het plan). Wat andere domeinen vastlegden, ziet u niet.`
          : `${domainWords} heeft nog niets vastgelegd bij dit huishouden. Daarom ziet u alleen wie erbij horen. Legt u een contactmoment vast, dan ziet u daarna ook de tijdlijn van uw domein.`}
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

      {care ? (
        careHousehold ? (
          <>
            <TimelineSection
              householdId={household.id}
              members={household.members}
              providers={careHousehold.providers}
              domains={data?.system.domains ?? []}
            />
            <SharingBases bases={careHousehold.sharingBases} label={(basis) => basisLabel(basis, memberName)} />
          </>
        ) : careResult.error ? (
          <ProblemMessage error={careResult.error} />
        ) : (
          <Loading what="De tijdlijn" />
        )
      ) : null}

      {domain && isContactmomentDomain(domain) ? (
        <ContactmomentForm domain={domain} householdId={household.id} members={household.members} onSaved={reload} />
      ) : null}

      {care && careHousehold && domain ? (
        <>
          <SharingBasisForm householdId={household.id} domain={domain} members={household.members} onSaved={reload} />
          <EndSharingBasisForm householdId={household.id} domain={domain} bases={runningBases} onSaved={reload} />
        </>
      ) : null}
    </>
  );
}

type Basis = NonNullable<DomainHouseholdCareQuery['household']>['sharingBases'][number];

function basisLabel(basis: Basis, memberName: (memberId: string) => string): string {
  return (
    `${domainName(basis.domain)}: ${grondslagName(basis.grondslag)} (${basis.wettelijkeBepaling}), van ` +
    `${formatDate(basis.validFrom)} tot ${formatDate(basis.validUntil)}` +
    (basis.memberIds.length > 0
      ? `, voor ${basis.memberIds.map(memberName).join(' en ')}`
      : ', voor het hele huishouden')
  );
}

/** The household's legal bases, each with whether it holds now. */
function SharingBases({ bases, label }: { bases: readonly Basis[]; label: (basis: Basis) => string }) {
  return (
    <section aria-labelledby="domein-grondslagen" className="regie-section">
      <Heading level={2} id="domein-grondslagen">
        Grondslagen om gegevens te delen
      </Heading>
      {bases.length === 0 ? (
        <Paragraph>Er is nog geen grondslag vastgelegd.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {bases.map((basis) => (
            <li key={basis.id} className="utrecht-unordered-list__item">
              {label(basis)}
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
  );
}
