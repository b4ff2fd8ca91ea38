import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { RegisseursQuery } from '../gql/graphql';

const RegisseursDocument = graphql(`
  query Regisseurs {
    regisseurs {
      userId
      name
      openHouseholds
    }
  }
`);

type Regisseur = RegisseursQuery['regisseurs'][number];

/** Functioneel beheerder: who coordinates how many open households, and the way to hand them over. */
export default function RegisseursPage() {
  const [{ data, error, fetching }] = useQuery({ query: RegisseursDocument, requestPolicy: 'cache-and-network' });
  if (error && !data) return <ProblemMessage error={error} asPage />;
  if (fetching && !data) return <Loading what="De regisseurs" />;
  const regisseurs = data?.regisseurs ?? [];
  return (
    <>
      <PageHeading>Regisseurs en overdracht</PageHeading>
      <Paragraph>
        Hier ziet u welke regisseur hoeveel open huishoudens heeft. Gaat een regisseur weg, met verlof of is die ziek?
        Kies de regisseur en draag de huishoudens over aan iemand anders.
      </Paragraph>
      {regisseurs.length === 0 ? (
        <Paragraph>Geen enkel open huishouden heeft nu een regisseur.</Paragraph>
      ) : (
        <DataTable<Regisseur>
          caption="Regisseurs met open huishoudens"
          rows={regisseurs}
          rowKey={(row) => row.userId}
          columns={[
            { key: 'name', label: 'Regisseur', rowHeader: true, render: (row) => row.name, sortValue: (r) => r.name },
            { key: 'userId', label: 'Inlognaam', render: (row) => row.userId },
            {
              key: 'open',
              label: 'Open huishoudens',
              numeric: true,
              render: (row) => row.openHouseholds,
              sortValue: (row) => row.openHouseholds,
            },
            {
              key: 'handOver',
              label: 'Overdragen',
              render: (row) => (
                <Link className="utrecht-link" to={`/beheer/regisseurs/${encodeURIComponent(row.userId)}`}>
                  Huishoudens van {row.name} overdragen
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
