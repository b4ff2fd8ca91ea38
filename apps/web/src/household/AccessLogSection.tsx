import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useQuery } from 'urql';
import { formatDateTime } from '../app/format';
import { actionName, basisInWords, roleName } from '../app/labels';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { HouseholdAccessLogQuery } from '../gql/graphql';
import { DataTable, type Column } from '../components/DataTable';
import { Section } from './Section';

const AccessLogQuery = graphql(`
  query HouseholdAccessLog($id: ID!) {
    householdAccessLog(householdId: $id, first: 50) {
      edges {
        node {
          id
          loggedAt
          userName
          role
          operation
          action
          basis
          emergency
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

type Line = HouseholdAccessLogQuery['householdAccessLog']['edges'][number]['node'];

const COLUMNS: readonly Column<Line>[] = [
  { key: 'when', label: 'Wanneer', render: (line) => formatDateTime(line.loggedAt) },
  {
    key: 'who',
    label: 'Wie',
    render: (line) => `${line.userName ?? 'Onbekend'} (${roleName(line.role).toLowerCase()})`,
  },
  {
    key: 'what',
    label: 'Wat',
    render: (line) => (
      <>
        {actionName(line.action, line.operation)}
        {line.emergency ? <strong> (noodprocedure)</strong> : null}
      </>
    ),
  },
  { key: 'basis', label: 'Op grond van', render: (line) => basisInWords(line.basis) },
];

/** "Wie keek mee": who did what with this household's data (the verwerkingenlog), for the household's regisseur. */
export function AccessLogSection({ householdId }: { householdId: string }) {
  const [{ data, error, fetching }] = useQuery({ query: AccessLogQuery, variables: { id: householdId } });
  const lines = data?.householdAccessLog.edges.map((edge) => edge.node) ?? [];
  return (
    <Section id="wie-keek-mee" title="Wie keek mee">
      <Paragraph>Wie de gegevens van dit huishouden bekeek of vastlegde, en op welke grond. De oudste eerst.</Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="Het logboek" /> : null}
      {lines.length > 0 ? (
        <DataTable
          caption="Verwerkingen van de gegevens van dit huishouden"
          columns={COLUMNS}
          rows={lines}
          rowKey={(line) => line.id}
        />
      ) : null}
      {data?.householdAccessLog.pageInfo.hasNextPage ? (
        <Paragraph>Dit zijn de eerste 50 regels. De auditor kan het hele logboek inzien.</Paragraph>
      ) : null}
    </Section>
  );
}
