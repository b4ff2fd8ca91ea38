import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { FindHouseholdByBsnQuery } from '../gql/graphql';
import { plainRefusal } from './refusals';

const FindHouseholdByBsnQuery = graphql(`
  query FindHouseholdByBsn($input: HouseholdSearchInput!) {
    searchHouseholds(input: $input) {
      households {
        householdId
        name
      }
    }
  }
`);

const TASKS = [
  ['/beheer/huishouden-registreren', 'Huishouden registreren', 'Een nieuw huishouden en de mensen die erbij horen.'],
  ['/beheer/aanbieders', 'Aanbieders', 'De aanbieders die voor de gemeente werken.'],
  ['/beheer/voorliggend-veld', 'Voorliggend veld', 'De algemene voorzieningen van de gemeente.'],
  ['/beheer/budget-en-kosten', 'Budget en kosten', 'Het maatwerkbudget per jaar en de kosten van de gemeente.'],
] as const;

const PREFIX = 'overdracht';

/** Functioneel beheerder: the start of beheer, and finding a household (by BSN) to manage it or its regisseur. */
export default function BeheerPage() {
  const client = useClient();
  const [bsn, setBsn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [found, setFound] = useState<FindHouseholdByBsnQuery['searchHouseholds']['households']>();
  const summary = useRef<HTMLDivElement>(null);

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setFound(undefined);
    const cleaned = bsn.replace(/[\s.]/g, '');
    let problems: FieldErrors = isValidBsn(cleaned) ? {} : { bsn: 'Dit BSN klopt niet. Controleer de negen cijfers.' };
    if (Object.keys(problems).length === 0) {
      const answer = await client
        .query(FindHouseholdByBsnQuery, { input: { bsn: cleaned } }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!answer.error) {
        setErrors({});
        setFound(answer.data?.searchHouseholds.households ?? []);
        return;
      }
      const refusal = refusalOf(answer.error, plainRefusal);
      if (!refusal) return setFailure(answer.error);
      problems = refusal;
    }
    setErrors(problems);
    requestAnimationFrame(() => summary.current?.focus());
  };

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
        <ErrorSummary ref={summary} errors={errors} prefix={PREFIX} title="Controleer het BSN" />
        {failure ? <ProblemMessage error={failure} /> : null}
        <form onSubmit={search} noValidate className="regie-form">
          <TextField
            prefix={PREFIX}
            path="bsn"
            label="BSN"
            hint="Negen cijfers."
            inputMode="numeric"
            value={bsn}
            error={errors.bsn}
            onChange={setBsn}
          />
          <Button type="submit" appearance="primary-action-button">
            Huishouden zoeken
          </Button>
        </form>
        <div role="status" aria-live="polite">
          {found && found.length === 0 ? <Paragraph>Er is geen huishouden met dit BSN gevonden.</Paragraph> : null}
          {found && found.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {found.map((household) => (
                <li key={household.householdId} className="utrecht-unordered-list__item">
                  <Link className="utrecht-link" to={`/beheer/huishoudens/${household.householdId}`}>
                    {household.name ?? 'Dit huishouden'} beheren
                  </Link>
                  {' of '}
                  <Link className="utrecht-link" to={`/beheer/huishoudens/${household.householdId}/regisseur`}>
                    Regisseur van {household.name ?? 'dit huishouden'}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>
    </>
  );
}
