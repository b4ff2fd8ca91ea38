import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDays } from '../app/format';
import { domainName } from '../app/labels';
import { entryAnchor } from '../household/entry-anchor';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { WorklistQuery } from '../gql/graphql';
import { DataTable, type Column } from '../components/DataTable';

const WorklistQuery = graphql(`
  query Worklist {
    signals(first: 50) {
      totalCount
      edges {
        node {
          kind
          label
          key
          domain
          householdId
          householdName
          since
          dueOn
          daysOverdue
          entryId
        }
      }
    }
  }
`);

type Item = WorklistQuery['signals']['edges'][number]['node'];

const COLUMNS: readonly Column<Item>[] = [
  { key: 'kind', label: 'Wat', render: (item) => item.label },
  {
    key: 'household',
    label: 'Huishouden',
    render: (item) => (
      <Link
        className="utrecht-link"
        to={`/huishoudens/${item.householdId}#${item.entryId ? entryAnchor(item.entryId) : 'tijdlijn'}`}
      >
        {item.householdName ?? 'Huishouden'}
      </Link>
    ),
  },
  { key: 'domain', label: 'Domein', render: (item) => domainName(item.domain) },
  { key: 'since', label: 'Sinds', render: (item) => formatDate(item.since) },
  { key: 'dueOn', label: 'Uiterlijk', render: (item) => (item.dueOn ? formatDate(item.dueOn) : 'geen termijn') },
  { key: 'late', label: 'Te laat', render: (item) => (item.daysOverdue > 0 ? formatDays(item.daysOverdue) : '–') },
];

/**
 * The regisseur's worklist across their households, the most overdue first (the api's order). One page of 50: the
 * api's query cost limit (graphql-armor, 5000) refuses 100 lines with every field.
 */
export default function WorklistPage() {
  const [{ data, error, fetching }] = useQuery({ query: WorklistQuery });
  const items = data?.signals.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageHeading>Werklijst</PageHeading>
      <Paragraph>
        Wat over tijd is of aandacht vraagt in uw huishoudens. Wat het langst over tijd is, staat bovenaan.
      </Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="Uw werklijst" /> : null}
      {data && items.length === 0 ? <Paragraph>Er staat niets op uw werklijst.</Paragraph> : null}
      {data && data.signals.totalCount > items.length ? (
        <Paragraph>
          U ziet de {items.length} punten die het langst over tijd zijn. Er staan er {data.signals.totalCount} op uw
          werklijst.
        </Paragraph>
      ) : null}
      {items.length > 0 ? (
        <DataTable
          caption="Werklijst, meest te laat eerst"
          columns={COLUMNS}
          rows={items}
          rowKey={(item) => `${item.kind}-${item.householdId}-${item.key}`}
        />
      ) : null}
    </>
  );
}
