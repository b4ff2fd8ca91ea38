import { NumberBadge } from '@nl-design-system-candidate/number-badge-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { problemOf } from '../app/errors';
import { daysSince, formatDate, formatDays } from '../app/format';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { DataTable, type Column } from '../components/DataTable';
import { graphql } from '../gql';
import type { MyHouseholdsQuery } from '../gql/graphql';
import { useViewer } from '../layout/viewer';

const MyHouseholdsQueryDocument = graphql(`
  query MyHouseholds($first: Int!) {
    myHouseholds(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          lastActivity
          activeProviders
          openSignals
          overdueWaits
          overdueSignals
          maatwerkWithoutLadder
          overdueSignalsByKind {
            kind
            label
            count
          }
        }
      }
    }
  }
`);

type Household = MyHouseholdsQuery['myHouseholds']['edges'][number]['node'];

/** What needs the regisseur, in words (a count alone says nothing). */
function attention(household: Household): string[] {
  const items: string[] = [];
  const add = (count: number, one: string, many: string) =>
    count > 0 && items.push(count === 1 ? one : `${count} ${many}`);
  add(household.overdueWaits, '1 wacht te lang op zorg', 'wachten te lang op zorg');
  // Every domain's signals past their term, in the worklist's words (Wonen's ontruiming as much as a Wmo-onderzoek).
  for (const { label, count } of household.overdueSignalsByKind) add(count, label, `keer: ${label}`);
  add(household.maatwerkWithoutLadder, '1 keer maatwerk zonder afweging', 'keer maatwerk zonder afweging');
  add(household.openSignals - household.overdueSignals, '1 open betalingsachterstand', 'open betalingsachterstanden');
  return items;
}

const overdueSignals = (h: Household) => h.overdueSignalsByKind.reduce((sum, { count }) => sum + count, 0);
const attentionCount = (h: Household) => h.overdueWaits + overdueSignals(h) + h.maatwerkWithoutLadder;

const COLUMNS: readonly Column<Household>[] = [
  {
    key: 'name',
    label: 'Huishouden',
    sortValue: (h) => h.name ?? '',
    render: (h) => (
      <Link className="utrecht-link" to={`/huishoudens/${h.id}`}>
        {h.name ?? 'Huishouden zonder naam'}
      </Link>
    ),
  },
  {
    key: 'attention',
    label: 'Wat heeft aandacht nodig',
    numeric: true,
    sortValue: attentionCount,
    render: (h) => {
      const items = attention(h);
      if (items.length === 0) return 'Niets';
      return (
        <span className="regie-attention">
          <NumberBadge>{attentionCount(h)}</NumberBadge>
          <ul className="regie-attention__items">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </span>
      );
    },
  },
  {
    key: 'lastActivity',
    label: 'Laatste activiteit',
    numeric: true,
    sortValue: (h) => daysSince(h.lastActivity),
    render: (h) =>
      `${formatDays(daysSince(h.lastActivity))} geleden (${formatDate(h.lastActivity)})`.replace(
        'vandaag geleden',
        'vandaag',
      ),
  },
  {
    key: 'providers',
    label: 'Hulpverleners actief',
    numeric: true,
    sortValue: (h) => h.activeProviders,
    render: (h) => h.activeProviders,
  },
];

/** Where the other roles' work starts (their own menu item). */
const START_OF_ROLE: Readonly<Record<string, { to: string; label: string }>> = {
  domeinmedewerker: { to: '/domein', label: 'Mijn domein' },
  functioneel_beheerder: { to: '/beheer', label: 'Beheer' },
  auditor: { to: '/audit', label: 'Verwerkingenlog' },
};

export function MyHouseholdsPage() {
  const viewer = useViewer();
  const isRegisseur = viewer?.role === 'regisseur';
  // Asked at once, in parallel with the viewer (not after it): one round trip less before the first paint.
  const [{ data, error, fetching }] = useQuery({
    query: MyHouseholdsQueryDocument,
    // The api charges the page size, literal or in a variable, against its query cost limit (docs/security.md).
    variables: { first: 100 },
    pause: viewer !== null && !isRegisseur,
  });
  if ((viewer && !isRegisseur) || problemOf(error) === 'forbidden') {
    const start = START_OF_ROLE[viewer?.role ?? ''] ?? { to: '/zoeken', label: 'Zoeken' };
    return (
      <>
        <PageHeading>Mijn huishoudens</PageHeading>
        <Paragraph>
          Alleen een regisseur heeft eigen huishoudens. Uw werk begint bij{' '}
          <Link className="utrecht-link" to={start.to}>
            {start.label}
          </Link>
          .
        </Paragraph>
      </>
    );
  }
  const households = data?.myHouseholds.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageHeading>Mijn huishoudens</PageHeading>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="Uw huishoudens" /> : null}
      {data ? (
        households.length === 0 ? (
          <Paragraph>U bent nog geen regisseur van een huishouden.</Paragraph>
        ) : (
          <>
            <Paragraph>
              U bent regisseur van {households.length === 1 ? '1 huishouden' : `${households.length} huishoudens`}. Klik
              op een kolomkop om anders te sorteren.
            </Paragraph>
            <DataTable
              caption="Uw huishoudens, met wat aandacht nodig heeft"
              columns={COLUMNS}
              rows={households}
              rowKey={(h) => h.id}
              initial={{ key: 'attention', descending: true }}
            />
          </>
        )
      ) : null}
    </>
  );
}
