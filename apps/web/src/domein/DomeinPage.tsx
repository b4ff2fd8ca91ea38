import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { domainName } from '../app/labels';
import { useViewer } from '../layout/viewer';
import { BsnSearch } from '../components/BsnSearch';
import { PageHeading } from '../components/PageHeading';

/** Where a domeinmedewerker's work is: most in their own backoffice; this is what Regie adds. */
export function BackofficeNote() {
  return (
    <div className="utrecht-alert utrecht-alert--info">
      <Paragraph>
        Uw andere werk doet u gewoon in het systeem van uw eigen team. Toewijzingen, besluiten en berichten komen
        vanzelf in Regie: uw systeem stuurt ze via de koppeling (de API) of als bericht (bijvoorbeeld iJw of iWmo). Hier
        legt u alleen vast wat de regisseur moet weten: een contactmoment en de grondslag om gegevens te delen.
      </Paragraph>
    </div>
  );
}

/** Domeinmedewerker: the start of their domain's view; find a household by BSN. */
export default function DomeinPage() {
  const viewer = useViewer();
  const domain = viewer?.domain ? domainName(viewer.domain) : 'uw domein';

  return (
    <>
      <PageHeading>{`Mijn domein: ${domain}`}</PageHeading>
      <BackofficeNote />
      <section aria-labelledby="domein-zoeken" className="regie-section">
        <Heading level={2} id="domein-zoeken">
          Huishouden openen
        </Heading>
        <Paragraph>Zoek het huishouden op het BSN van iemand die erbij hoort.</Paragraph>
        <BsnSearch
          prefix="domein-zoek"
          renderHousehold={(household) => (
            <Link className="utrecht-link" to={`/domein/huishoudens/${household.householdId}`}>
              {household.name ?? 'Huishouden zonder naam'}
            </Link>
          )}
        />
      </section>
    </>
  );
}
