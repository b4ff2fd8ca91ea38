import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useClient, useSubscription } from 'urql';
import { problemOf } from '../app/errors';
import { formatDate } from '../app/format';
import { domainName, registeredDomainName } from '../app/labels';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { EntryDomain, TimelineEntryFieldsFragment, TimelineFilter } from '../gql/graphql';
import type { CombinedError } from '@urql/core';
import { entryAnchor } from './entry-anchor';
import { Section } from './Section';
import type { Member, Provider } from './types';

graphql(`
  fragment TimelineEntryFields on TimelineEntry {
    id
    domain
    occurredAt
    occurredOn
    summary
    category
    note
    corrected
    withdrawn
    member {
      id
      name
    }
    provider {
      agbCode
      name
    }
  }
`);

export const TimelinePageQuery = graphql(`
  query TimelinePage($id: ID!, $first: Int!, $after: String, $filter: TimelineFilter, $emergencyReason: String) {
    household(id: $id, emergencyReason: $emergencyReason) {
      id
      timeline(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...TimelineEntryFields
          }
        }
      }
    }
  }
`);

const TimelineUpdatedSubscription = graphql(`
  subscription TimelineUpdated($householdId: ID!) {
    timelineUpdated(householdId: $householdId) {
      ...TimelineEntryFields
    }
  }
`);

export const PAGE_SIZE = 50;

interface FilterForm {
  domain: string;
  memberId: string;
  providerAgb: string;
  from: string;
  to: string;
}
const NO_FILTER: FilterForm = { domain: '', memberId: '', providerAgb: '', from: '', to: '' };

function toApiFilter(form: FilterForm): TimelineFilter {
  return {
    ...(form.domain ? { domains: [form.domain as EntryDomain] } : {}),
    ...(form.memberId ? { memberId: form.memberId } : {}),
    ...(form.providerAgb ? { providerAgb: form.providerAgb } : {}),
    ...(form.from ? { from: `${form.from}T00:00:00.000Z` } : {}),
    ...(form.to ? { to: `${form.to}T23:59:59.999Z` } : {}),
  };
}

/** Whether a live entry belongs in the list as it is filtered now. */
function matches(entry: TimelineEntryFieldsFragment, form: FilterForm): boolean {
  const day = entry.occurredOn ?? entry.occurredAt.slice(0, 10);
  return (
    (!form.domain || entry.domain === form.domain) &&
    (!form.memberId || entry.member?.id === form.memberId) &&
    (!form.providerAgb || entry.provider?.agbCode === form.providerAgb) &&
    (!form.from || day >= form.from) &&
    (!form.to || day <= form.to)
  );
}

interface Control {
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly onChange: (event: { target: { value: string } }) => void;
}

/** A labelled filter: a select with "all" first when it has options, else a date field. */
function FilterField({
  label,
  control,
  all,
  options,
}: {
  label: string;
  control: Control;
  all?: string;
  options?: readonly { value: string; label: string }[];
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={control.id}>
        {label}
      </label>
      {options ? (
        <select className="utrecht-select utrecht-select--html-select" {...control}>
          <option value="">{all}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input type="date" className="utrecht-textbox utrecht-textbox--html-input" {...control} />
      )}
    </div>
  );
}

/**
 * The combined timeline, newest first: filters (domain, member, provider, period), pages of 50 with "meer laden",
 * and live: new entries appear at the top and are announced politely (aria-live), without taking the focus.
 */
export function TimelineSection({
  householdId,
  members,
  providers,
  domains,
  emergencyReason,
  onAccessLost,
}: {
  householdId: string;
  members: readonly Pick<Member, 'id' | 'name'>[];
  providers: readonly Pick<Provider, 'agbCode' | 'name'>[];
  /** The domains of this instance (`system.domains`): the filter offers each, and the household's own entries. */
  domains: readonly { code: string; label: string }[];
  /** Set in the noodprocedure: every page is asked with it (and logged with it). */
  emergencyReason?: string;
  onAccessLost?: () => void;
}) {
  const client = useClient();
  const [draft, setDraft] = useState<FilterForm>(NO_FILTER);
  const [applied, setApplied] = useState<FilterForm>(NO_FILTER);
  const [entries, setEntries] = useState<TimelineEntryFieldsFragment[]>([]);
  const [page, setPage] = useState<{ total: number; endCursor: string | null; hasNextPage: boolean }>();
  const [error, setError] = useState<CombinedError>();
  const [loading, setLoading] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(
    async (form: FilterForm, after: string | null) => {
      setLoading(true);
      const result = await client
        .query(
          TimelinePageQuery,
          {
            id: householdId,
            first: PAGE_SIZE,
            after,
            filter: toApiFilter(form),
            emergencyReason: emergencyReason ?? null,
          },
          // The unfiltered first page was asked by the household page already (in parallel with the household).
          { requestPolicy: after || form !== NO_FILTER ? 'network-only' : 'cache-first' },
        )
        .toPromise();
      setLoading(false);
      setError(result.error);
      const timeline = result.data?.household.timeline;
      if (!timeline) return;
      const nodes = timeline.edges.map((edge) => edge.node);
      setEntries((known) => (after ? [...known, ...nodes.filter((n) => !known.some((k) => k.id === n.id))] : nodes));
      setPage({ total: timeline.totalCount, ...timeline.pageInfo });
    },
    [client, householdId, emergencyReason],
  );

  useEffect(() => {
    void load(applied, null);
  }, [applied, load]);

  // A link to one entry (from the worklist): scroll to it once it is on the page; to the timeline when it is not.
  const [linked, setLinked] = useState(() =>
    window.location.hash.startsWith('#gebeurtenis-') ? window.location.hash.slice(1) : '',
  );
  useEffect(() => {
    if (!linked || entries.length === 0) return;
    (document.getElementById(linked) ?? document.getElementById('tijdlijn'))?.scrollIntoView();
    setLinked('');
  }, [entries, linked]);

  const [live] = useSubscription(
    // The noodprocedure reads page by page, each read logged with its reason; live updates are for regular access.
    { query: TimelineUpdatedSubscription, variables: { householdId }, pause: emergencyReason !== undefined },
    (_previous, data) => {
      const entry = data.timelineUpdated;
      if (matches(entry, applied)) {
        setEntries((known) => (known.some((k) => k.id === entry.id) ? known : [entry, ...known]));
        setPage((known) => (known ? { ...known, total: known.total + 1 } : known));
        setAnnouncement(`Nieuw in de tijdlijn: ${entry.summary}`);
      }
      return data;
    },
  );

  // Access withdrawn while the page is open (a handover to another regisseur): the page says so at once.
  useEffect(() => {
    if (problemOf(live.error) === 'forbidden') onAccessLost?.();
  }, [live.error, onAccessLost]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };
  const reset = () => {
    setDraft(NO_FILTER);
    setApplied(NO_FILTER);
  };
  const field = (name: keyof FilterForm): Control => ({
    id: `tijdlijn-${name}`,
    name,
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  const domainOptions = [
    ...domains.map(({ code, label }) => ({
      value: code,
      label: registeredDomainName(code, label),
    })),
    { value: 'HOUSEHOLD', label: domainName('HOUSEHOLD') },
  ];
  const memberOptions = members.map((member) => ({ value: member.id, label: member.name }));
  const providerOptions = providers.map((provider) => ({ value: provider.agbCode, label: provider.name }));

  return (
    <Section id="tijdlijn" title="Tijdlijn">
      <form className="regie-filter" onSubmit={apply} aria-label="Tijdlijn filteren">
        <FilterField label="Domein" control={field('domain')} all="Alle domeinen" options={domainOptions} />
        <FilterField label="Lid" control={field('memberId')} all="Alle leden" options={memberOptions} />
        <FilterField
          label="Hulpverlener"
          control={field('providerAgb')}
          all="Alle hulpverleners"
          options={providerOptions}
        />
        <FilterField label="Vanaf" control={field('from')} />
        <FilterField label="Tot en met" control={field('to')} />
        <div className="regie-filter__actions">
          <Button type="submit" appearance="primary-action-button">
            Filter toepassen
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={reset}>
            Alles tonen
          </Button>
        </div>
      </form>

      <div role="status" aria-live="polite" aria-atomic="true" className="regie-live">
        {announcement}
      </div>
      {error ? <ProblemMessage error={error} /> : null}
      {page ? (
        <Paragraph>
          {page.total === 0
            ? 'Er is niets gevonden met dit filter.'
            : `${page.total === 1 ? '1 gebeurtenis' : `${page.total} gebeurtenissen`}, de nieuwste eerst. Nieuwe gebeurtenissen verschijnen vanzelf.`}
        </Paragraph>
      ) : null}
      <ol className="regie-timeline" aria-label="Gebeurtenissen">
        {entries.map((entry) => (
          <li key={entry.id} id={entryAnchor(entry.id)} className="regie-timeline__entry" data-domain={entry.domain}>
            <p className="regie-timeline__meta">
              {/* A business date is a calendar day: shown as that day in every time zone. */}
              <time dateTime={entry.occurredOn ?? entry.occurredAt}>
                {formatDate(entry.occurredOn ?? entry.occurredAt)}
              </time>
              <span className="regie-domain-label">{domainName(entry.domain)}</span>
              {entry.member?.name ? <span>{entry.member.name}</span> : null}
              {entry.provider ? <span>{entry.provider.name}</span> : null}
            </p>
            <p className="regie-timeline__summary">
              {entry.summary}
              {entry.corrected ? <strong> (later gecorrigeerd)</strong> : null}
              {entry.withdrawn ? <strong> (ingetrokken)</strong> : null}
            </p>
            {entry.note ? <p className="regie-timeline__note">Notitie: {entry.note}</p> : null}
          </li>
        ))}
      </ol>
      {loading ? <Loading what="De tijdlijn" /> : null}
      {page?.hasNextPage && !loading ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => void load(applied, page.endCursor)}>
          Meer laden
        </Button>
      ) : null}
    </Section>
  );
}
