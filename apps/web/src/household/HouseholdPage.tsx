import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
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
import { AfwegingenSection } from '../plan/AfwegingenSection';
import {
  EmergencyAccessForm,
  EmergencyBanner,
  storedEmergencyReason,
  storeEmergencyReason,
} from '../plan/EmergencyAccess';
import { MaatwerkbudgetSection } from '../plan/MaatwerkbudgetSection';
import { ProvidersSection } from './ProvidersSection';
import { PAGE_SIZE, TimelinePageQuery, TimelineSection } from './TimelineSection';

// The charts (and their library) load only with a household page.
const CostsSection = lazy(() => import('./CostsSection'));
const ZrmSection = lazy(() => import('./ZrmSection'));

export const HouseholdQuery = graphql(`
  query Household($id: ID!, $emergencyReason: String) {
    household(id: $id, emergencyReason: $emergencyReason) {
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
          ingangsdatum
          gestartOp
          restartedOn
          wachttijdDays
          normDays
          overNorm
          stillWaiting
          startsLater
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
            revisionReason
          }
          versions {
            version
            title
            revisionReason
            setAt
          }
          evaluations {
            outcome
            evaluatedOn
            recordedAt
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
          dueOn
        }
      }
      afwegingen {
        id
        domain
        assessedOn
        outcome
        lowerRungsConsidered
        member {
          id
          name
        }
        rungs {
          rung
          considered
          sufficient
        }
      }
      maatwerkDecisions {
        id
        domain
        category
        decidedOn
        alternativesOffered
        reasonGiven
        lowerRungsConsidered
        withoutLadder
        member {
          id
          name
        }
      }
      maatwerkbudget {
        spends {
          id
          amountCents
          spentOn
          budgetYear
          purpose
          prevents
          memberIds
          answersEntryId
          answersGoalId
          evaluation {
            worked
            evaluatedOn
            note
          }
        }
        totalsPerYear {
          year
          spentCents
        }
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

/** Who is looking: the plan's forms are for the household's own regisseur. */
const HouseholdViewerQuery = graphql(`
  query HouseholdViewer {
    viewer {
      userId
    }
  }
`);

const SECTIONS = [
  ['overzicht', 'Overzicht'],
  ['tijdlijn', 'Tijdlijn'],
  ['hulpverleners', 'Betrokken hulpverleners'],
  ['plan', 'Plan'],
  ['afwegingen', 'Afwegingen en maatwerk'],
  ['maatwerkbudget', 'Maatwerkbudget'],
  ['kosten', 'Kosten'],
  ['zrm', 'Zelfredzaamheid (ZRM)'],
  ['wie-keek-mee', 'Wie keek mee'],
] as const;

/** Everything about one household on one page, in sections with an index at the top. */
export default function HouseholdPage() {
  const { id = '' } = useParams();
  const [emergencyReason, setEmergencyReason] = useState(() => storedEmergencyReason(id));
  const [accessLost, setAccessLost] = useState(false);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: HouseholdQuery,
    variables: { id, emergencyReason: emergencyReason ?? null },
  });
  // The timeline's first page in parallel with the household (the section takes it from the cache).
  useQuery({
    query: TimelinePageQuery,
    variables: { id, first: PAGE_SIZE, after: null, filter: {}, emergencyReason: emergencyReason ?? null },
  });
  const [{ data: viewerData }] = useQuery({ query: HouseholdViewerQuery });
  const household = data?.household;
  const seen = useRef(false);
  if (household) seen.current = true;
  const loseAccess = useCallback(() => setAccessLost(true), []);
  useEffect(() => {
    // A refusal after the page showed the household: access was withdrawn (a handover) while it was open.
    if (seen.current && problemOf(error) === 'forbidden') setAccessLost(true);
  }, [error]);
  useEffect(() => {
    // A link to #tijdlijn (from the worklist) scrolls there once the section exists.
    if (household && window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, [household]);
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const openEmergency = (reason: string) => {
    storeEmergencyReason(id, reason);
    setEmergencyReason(reason);
  };
  const closeEmergency = () => {
    seen.current = false;
    storeEmergencyReason(id, undefined);
    setEmergencyReason(undefined);
  };

  if (accessLost) return <AccessLostMessage />;
  if (error) {
    const problem = problemOf(error);
    if (problem === 'forbidden') {
      return (
        <>
          <ProblemMessage error={error} asPage />
          <EmergencyAccessForm key={emergencyReason ?? ''} onOpen={openEmergency} refused={Boolean(emergencyReason)} />
        </>
      );
    }
    return <ProblemMessage error={error} asPage={problem !== 'signed-out'} />;
  }
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return null;
  const members = household.members;
  const emergency = household.emergencyAccess && emergencyReason !== undefined;
  // The plan and the maatwerkbudget are the household's regisseur's to change; others (and the noodprocedure) read.
  const readOnly =
    emergency || household.closed || !viewerData || viewerData.viewer.userId !== household.regisseur?.userId;
  const sections = emergency ? SECTIONS.filter(([anchor]) => EMERGENCY_SECTIONS.includes(anchor)) : SECTIONS;
  return (
    <>
      {emergency ? <EmergencyBanner reason={emergencyReason} onClose={closeEmergency} /> : null}
      <PageHeading title={household.name ?? 'Huishouden'}>{household.name ?? 'Huishouden zonder naam'}</PageHeading>
      {household.closed ? (
        <div className="utrecht-alert utrecht-alert--info">
          <p className="utrecht-paragraph">Dit huishouden is gesloten: er kan niets nieuws worden vastgelegd.</p>
        </div>
      ) : null}
      <nav aria-label="Op deze pagina" className="regie-toc">
        <ul>
          {sections.map(([anchor, label]) => (
            <li key={anchor}>
              <a className="utrecht-link" href={`#${anchor}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <OverviewSection household={household} />
      <TimelineSection
        householdId={household.id}
        members={members}
        providers={household.providers}
        domains={data?.system.domains ?? []}
        emergencyReason={emergency ? emergencyReason : undefined}
        onAccessLost={loseAccess}
      />
      <ProvidersSection providers={household.providers} />
      <PlanSection
        householdId={household.id}
        plan={household.plan}
        members={members}
        readOnly={readOnly}
        onChanged={refresh}
      />
      <AfwegingenSection household={household} />
      <MaatwerkbudgetSection household={household} readOnly={readOnly} onChanged={refresh} />
      <Suspense fallback={<Loading what="De kosten" />}>
        <CostsSection householdId={household.id} emergencyReason={emergency ? emergencyReason : undefined} />
      </Suspense>
      <Suspense fallback={<Loading what="De ZRM-scores" />}>
        <ZrmSection householdId={household.id} emergencyReason={emergency ? emergencyReason : undefined} />
      </Suspense>
      {emergency ? (
        <p className="utrecht-paragraph">In de noodprocedure ziet u niet wie er verder in dit huishouden keek.</p>
      ) : (
        <AccessLogSection householdId={household.id} />
      )}
    </>
  );
}

/** All but "Wie keek mee": who else looked is not needed to act in an emergency. */
const EMERGENCY_SECTIONS: readonly string[] = SECTIONS.map(([anchor]) => anchor).filter((a) => a !== 'wie-keek-mee');

/** Access ended while the page was open (e.g. the household was handed over to another regisseur). */
function AccessLostMessage() {
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="alert">
      <div className="utrecht-alert__content">
        <PageHeading>U hebt geen toegang meer tot dit huishouden</PageHeading>
        <p className="utrecht-paragraph">
          Uw toegang is net beëindigd, bijvoorbeeld omdat het huishouden is overgedragen aan een andere regisseur. De
          gegevens zijn daarom van het scherm gehaald.
        </p>
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href="/">
            Naar Mijn huishoudens
          </a>
        </p>
      </div>
    </div>
  );
}
