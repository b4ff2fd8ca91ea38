import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import { AddMemberSection } from './AddMemberSection';
import { AddressSection } from './AddressSection';
import { CloseSection } from './CloseSection';
import { MembersSection } from './MembersSection';
import { RegisseurSection } from './RegisseurSection';

const ManageHouseholdDocument = graphql(`
  query ManageHousehold($id: ID!) {
    household(id: $id) {
      id
      name
      closed
      address {
        postcode
        huisnummer
        huisletter
        huisnummertoevoeging
      }
      members {
        id
        name
        birthDate
        relation
      }
      regisseur {
        name
        since
      }
    }
  }
`);

/** Functioneel beheerder: the members, woonadres, regisseur and the closing of one household. */
export default function ManageHouseholdPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ManageHouseholdDocument, variables: { id } });
  const household = data?.household;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !household) return <ProblemMessage error={error} asPage />;
  if (fetching && !household) return <Loading what="Het huishouden" />;
  if (!household) return <Loading what="Het huishouden" />;
  const name = household.name ?? 'dit huishouden';
  return (
    <>
      <PageHeading>{`Huishouden beheren: ${household.name ?? 'huishouden'}`}</PageHeading>
      <Paragraph>
        {household.closed
          ? 'Dit huishouden is gesloten. U kunt niets veranderen tot u het heropent.'
          : 'Hier verandert u wie bij het huishouden hoort, het woonadres en de regisseur. U kunt het huishouden ook sluiten.'}
      </Paragraph>
      <MembersSection household={household} name={name} onChange={reload} />
      {household.closed ? null : (
        <>
          <AddMemberSection householdId={household.id} name={name} onChange={reload} />
          <AddressSection household={household} name={name} onChange={reload} />
          <RegisseurSection household={household} name={name} onChange={reload} />
        </>
      )}
      <CloseSection household={household} name={name} onChange={reload} />
    </>
  );
}
