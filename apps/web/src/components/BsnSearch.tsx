import { Button } from '@utrecht/button-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { graphql } from '../gql';
import type { FindHouseholdByBsnQuery } from '../gql/graphql';
import { ErrorSummary, refusalOf, TextField, type FieldErrors } from './form';
import { ProblemMessage } from './ProblemMessage';

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

export type FoundHousehold = FindHouseholdByBsnQuery['searchHouseholds']['households'][number];

/**
 * Finding a household by the BSN of someone in it (elfproef first, then the api), with the error summary, the
 * field and the households found. `prefix` is the form's id prefix, `plain` the api's refusal in the page's words,
 * `renderHousehold` what a found household offers on this page (its links).
 */
export function BsnSearch({
  prefix,
  plain,
  renderHousehold,
}: {
  prefix: string;
  plain?: (path: string, apiMessage: string) => string | undefined;
  renderHousehold: (household: FoundHousehold) => ReactNode;
}) {
  const client = useClient();
  const [bsn, setBsn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CombinedError>();
  const [found, setFound] = useState<FoundHousehold[]>();
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
      const refusal = refusalOf(answer.error, plain);
      if (!refusal) return setFailure(answer.error);
      problems = refusal;
    }
    setErrors(problems);
    requestAnimationFrame(() => summary.current?.focus());
  };

  return (
    <>
      <ErrorSummary ref={summary} errors={errors} prefix={prefix} title="Controleer het BSN" />
      {failure ? <ProblemMessage error={failure} /> : null}
      <form onSubmit={search} noValidate className="regie-form">
        <TextField
          prefix={prefix}
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
                {renderHousehold(household)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
