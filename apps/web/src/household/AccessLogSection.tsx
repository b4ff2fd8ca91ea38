import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useQuery } from 'urql';
import { formatDateTime } from '../app/format';
import { actionName, readableSummary, roleName } from '../app/labels';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
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
        <div className="utrecht-table-container regie-table-container">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Verwerkingen van de gegevens van dit huishouden</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Wanneer
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wie
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Wat
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Op grond van
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lines.map((line) => (
                <tr key={line.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDateTime(line.loggedAt)}</td>
                  <td className="utrecht-table__cell">
                    {line.userName ?? 'Onbekend'} ({roleName(line.role).toLowerCase()})
                  </td>
                  <td className="utrecht-table__cell">
                    {actionName(line.action, line.operation)}
                    {line.emergency ? <strong> (noodprocedure)</strong> : null}
                  </td>
                  <td className="utrecht-table__cell">{readableSummary(line.basis)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data?.householdAccessLog.pageInfo.hasNextPage ? (
        <Paragraph>Dit zijn de eerste 50 regels. De auditor kan het hele logboek inzien.</Paragraph>
      ) : null}
    </Section>
  );
}
