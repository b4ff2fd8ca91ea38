import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { domainName } from '../app/labels';
import { useViewer } from '../layout/viewer';
import { PageHeading } from '../components/PageHeading';
import { ProblemMessage } from '../components/ProblemMessage';
import { ErrorSummary, refusalOf, TextField, type FieldErrors } from '../components/form';
import { graphql } from '../gql';
import type { DomainFindHouseholdQuery } from '../gql/graphql';

const DomainFindHouseholdQuery = graphql(`
  query DomainFindHousehold($input: HouseholdSearchInput!) {
    searchHouseholds(input: $input) {
      households {
        householdId
        name
      }
    }
  }
`);

const PREFIX = 'domein-zoek';

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
  const client = useClient();
  const [bsn, setBsn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [found, setFound] = useState<DomainFindHouseholdQuery['searchHouseholds']['households']>();
  const summary = useRef<HTMLDivElement>(null);
  const domain = viewer?.domain ? domainName(viewer.domain) : 'uw domein';

  const search = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setFound(undefined);
    const cleaned = bsn.replace(/[\s.]/g, '');
    let problems: FieldErrors = isValidBsn(cleaned) ? {} : { bsn: 'Dit BSN klopt niet. Controleer de negen cijfers.' };
    if (Object.keys(problems).length === 0) {
      const answer = await client
        .query(DomainFindHouseholdQuery, { input: { bsn: cleaned } }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!answer.error) {
        setErrors({});
        setFound(answer.data?.searchHouseholds.households ?? []);
        return;
      }
      const refusal = refusalOf(answer.error);
      if (!refusal) return setFailure(answer.error);
      problems = refusal;
    }
    setErrors(problems);
    requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <>
      <PageHeading>{`Mijn domein: ${domain}`}</PageHeading>
      <BackofficeNote />
      <section aria-labelledby="domein-zoeken" className="regie-section">
        <Heading level={2} id="domein-zoeken">
          Huishouden openen
        </Heading>
        <Paragraph>Zoek het huishouden op het BSN van iemand die erbij hoort.</Paragraph>
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
                  <Link className="utrecht-link" to={`/domein/huishoudens/${household.householdId}`}>
                    {household.name ?? 'Huishouden zonder naam'}
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
