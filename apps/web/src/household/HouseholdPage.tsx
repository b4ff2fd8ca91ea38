import { lazy, Suspense, useEffect } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { problemOf } from '../app/errors';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { AccessLogSection } from './AccessLogSection';
import { OverviewSection } from './OverviewSection';
import { PlanSection } from './PlanSection';
import { ProvidersSection } from './ProvidersSection';
import { PAGE_SIZE, TimelinePageQuery, TimelineSection } from './TimelineSection';

// The charts (and their library) load only with a household page.
const CostsSection = lazy(() => import('./CostsSection'));
const ZrmSection = lazy(() => import('./ZrmSection'));

export const HouseholdQuery = graphql(`
  query Household($id: ID!) {
    household(id: $id) {
      id
      name
      closed
      emergencyAccess
      regisseur {
        userId
        name
        since
      }
      address {
        postcode
        huisnummer
        huisletter
        huisnummertoevoeging
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
        domains
        firstActivity
        lastActivity
        active {
          key
          domain
          kind
          label
          member {
            id
            name
          }
          toegewezenOp
          gestartOp
          wachttijdDays
          normDays
          overNorm
          stillWaiting
        }
      }
      plan {
        goals {
          id
          status
          current {
            title
            description
            domains
            memberIds
            targetDate
          }
          evaluations {
            outcome
            evaluatedOn
            note
          }
        }
        agreements {
          id
          goalId
          description
          party
          partyName
          provider {
            name
          }
          domain
          memberIds
          recordedAt
        }
      }
    }
  }
`);

const SECTIONS = [
  ['overzicht', 'Overzicht'],
  ['tijdlijn', 'Tijdlijn'],
  ['hulpverleners', 'Betrokken hulpverleners'],
  ['plan', 'Plan'],
  ['kosten', 'Kosten'],
  ['zrm', 'Zelfredzaamheid (ZRM)'],
  ['wie-keek-mee', 'Wie keek mee'],
] as const;

/** Everything about one household on one page, in sections with an index at the top. */
export default function HouseholdPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: HouseholdQuery, variables: { id } });
  // The timeline's first page in parallel with the household (the section takes it from the cache).
  useQuery({ query: TimelinePageQuery, variables: { id, first: PAGE_SIZE, after: null, filter: {} } });
  const household = data?.household;
  useEffect(() => {
    // A link to #tijdlijn (from the worklist) scrolls there once the section exists.
    if (household && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [household]);
  if (error) {
    const problem = problemOf(error);
    return <ProblemMessage error={error} asPage={problem !== 'signed-out'} />;
  }
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return null;
  const members = household.members;
  return (
    <>
      <PageHeading title={household.name ?? 'Huishouden'}>{household.name ?? 'Huishouden zonder naam'}</PageHeading>
      {household.closed ? (
        <div className="utrecht-alert utrecht-alert--info">
          <p className="utrecht-paragraph">Dit huishouden is gesloten: er kan niets nieuws worden vastgelegd.</p>
        </div>
      ) : null}
      <nav aria-label="Op deze pagina" className="regie-toc">
        <ul>
          {SECTIONS.map(([anchor, label]) => (
            <li key={anchor}>
              <a className="utrecht-link" href={`#${anchor}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <OverviewSection household={household} />
      <TimelineSection householdId={household.id} members={members} providers={household.providers} />
      <ProvidersSection providers={household.providers} />
      <PlanSection plan={household.plan} members={members} />
      <Suspense fallback={<Loading what="De kosten" />}>
        <CostsSection householdId={household.id} />
      </Suspense>
      <Suspense fallback={<Loading what="De ZRM-scores" />}>
        <ZrmSection householdId={household.id} />
      </Suspense>
      <AccessLogSection householdId={household.id} />
    </>
  );
}
