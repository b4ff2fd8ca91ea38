import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { LOG_COLUMNS } from './log-columns';

const HouseholdAccessQuery = graphql(`
  query AuditHouseholdAccess($id: ID!, $after: String) {
    householdAccessLog(householdId: $id, first: 50, after: $after) {
      edges {
        node {
          ...LogLineFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const COLUMNS = LOG_COLUMNS.filter((column) => column.key !== 'household');

/** Auditor: who looked at this household's file, oldest first (what the household may ask for). */
export default function HouseholdAccessPage() {
  const { id = '' } = useParams();
  const [after, setAfter] = useState<string>();
  const [{ data, error, fetching }] = useQuery({ query: HouseholdAccessQuery, variables: { id, after } });
  const page = data?.householdAccessLog;
  const lines = page?.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageHeading>Wie keek in dit huishouden?</PageHeading>
      <Paragraph>
        Alles wat medewerkers deden met de gegevens van dit huishouden, de oudste eerst. Pogingen zonder toegang en het
        lezen van dit log staan hier niet; die vindt u in het verwerkingenlog.
      </Paragraph>
      <Paragraph>Kenmerk van het huishouden (voor een verzoek van de inwoner): {id}</Paragraph>
      {error ? <ProblemMessage error={error} /> : null}
      {fetching && !data ? <Loading what="Het log van dit huishouden" /> : null}
      {page && lines.length === 0 ? <Paragraph>Niemand heeft iets met dit huishouden gedaan.</Paragraph> : null}
      {lines.length > 0 ? (
        <DataTable
          caption="Wie keek in dit huishouden, oudste eerst"
          columns={COLUMNS}
          rows={lines}
          rowKey={(l) => l.id}
        />
      ) : null}
      {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <Button type="button" appearance="secondary-action-button" onClick={() => setAfter(page.pageInfo.endCursor!)}>
          Volgende 50 regels
        </Button>
      ) : null}
    </>
  );
}
