import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { Link } from 'react-router';
import { BsnSearch } from '../components/BsnSearch';
import { PageHeading } from '../components/PageHeading';
import { plainRefusal } from './refusals';

const TASKS = [
  ['/beheer/huishouden-registreren', 'Huishouden registreren', 'Een nieuw huishouden en de mensen die erbij horen.'],
  ['/beheer/regisseurs', 'Regisseurs en overdracht', 'Wie welke huishoudens regisseert; huishoudens overdragen.'],
  ['/beheer/aanbieders', 'Aanbieders', 'De aanbieders die voor de gemeente werken.'],
  ['/beheer/voorliggend-veld', 'Voorliggend veld', 'De algemene voorzieningen van de gemeente.'],
  ['/beheer/budget-en-kosten', 'Budget en kosten', 'Het maatwerkbudget per jaar en de kosten van de gemeente.'],
] as const;

/** Functioneel beheerder: the start of beheer, and finding a household (by BSN) to manage it or its regisseur. */
export default function BeheerPage() {
  return (
    <>
      <PageHeading>Beheer</PageHeading>
      <Paragraph>Wat u als functioneel beheerder van de gemeente regelt.</Paragraph>
      <ul className="regie-results">
        {TASKS.map(([to, label, text]) => (
          <li key={to} className="regie-card">
            <Link className="utrecht-link regie-results__link" to={to}>
              {label}
            </Link>
            <Paragraph>{text}</Paragraph>
          </li>
        ))}
      </ul>
      <section aria-labelledby="huishouden-zoeken" className="regie-section">
        <Heading level={2} id="huishouden-zoeken">
          Huishouden zoeken
        </Heading>
        <Paragraph>
          Zoek het huishouden op het BSN van iemand die erbij hoort. Daarna kunt u het huishouden beheren of de
          regisseur toewijzen.
        </Paragraph>
        <BsnSearch
          prefix="overdracht"
          plain={plainRefusal}
          renderHousehold={(household) => (
            <>
              <Link className="utrecht-link" to={`/beheer/huishoudens/${household.householdId}`}>
                {household.name ?? 'Dit huishouden'} beheren
              </Link>
              {' of '}
              <Link className="utrecht-link" to={`/beheer/huishoudens/${household.householdId}/regisseur`}>
                Regisseur van {household.name ?? 'dit huishouden'}
              </Link>
            </>
          )}
        />
      </section>
    </>
  );
}
