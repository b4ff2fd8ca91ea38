import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading>Deze pagina bestaat niet</PageHeading>
      <Paragraph>
        Controleer het adres, of ga naar{' '}
        <Link className="utrecht-link" to="/">
          Mijn huishoudens
        </Link>
        .
      </Paragraph>
    </>
  );
}
