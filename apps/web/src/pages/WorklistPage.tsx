import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate, formatDays } from '../app/format';
import { domainName, worklistKindName } from '../app/labels';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';

const WorklistQuery = graphql(`
  query Worklist {
    signals(first: 100) {
      totalCount
      edges {
        node {
          kind
          key
          domain
          householdId
          householdName
          since
          dueOn
          daysOverdue
        }
      }
    }
  }
`);

/** The regisseur's worklist across their households, the most overdue first (the api's order). */
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
      {items.length > 0 ? (
        <div className="utrecht-table-container regie-table-container">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Werklijst, meest te laat eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  Wat
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Huishouden
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Domein
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Sinds
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Uiterlijk
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  Te laat
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((item) => (
                <tr key={`${item.kind}-${item.householdId}-${item.key}`} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{worklistKindName(item.kind)}</td>
                  <td className="utrecht-table__cell">
                    <Link className="utrecht-link" to={`/huishoudens/${item.householdId}#tijdlijn`}>
                      {item.householdName ?? 'Huishouden'}
                    </Link>
                  </td>
                  <td className="utrecht-table__cell">{domainName(item.domain)}</td>
                  <td className="utrecht-table__cell">{formatDate(item.since)}</td>
                  <td className="utrecht-table__cell">{item.dueOn ? formatDate(item.dueOn) : 'geen termijn'}</td>
                  <td className="utrecht-table__cell">{item.daysOverdue > 0 ? formatDays(item.daysOverdue) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
