import { Button } from '@utrecht/button-react';
import { Heading } from '@nl-design-system-candidate/heading-react';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import type { CombinedError } from '@urql/core';
import { isValidBsn } from '../app/bsn';
import { problemOf } from '../app/errors';
import { ageOn } from '../app/format';
import { relationName } from '../app/labels';
import { PageHeading } from '../components/PageHeading';
import { householdPath, useViewer } from '../layout/viewer';
import { ProblemMessage } from '../components/ProblemMessage';
import { graphql } from '../gql';
import type { SearchHouseholdsQuery } from '../gql/graphql';

const SearchHouseholdsDocument = graphql(`
  query SearchHouseholds($input: HouseholdSearchInput!) {
    searchHouseholds(input: $input) {
      kind
      truncated
      households {
        householdId
        name
        members {
          id
          name
          birthDate
          relation
          matched
        }
      }
    }
  }
`);

type Kind = 'bsn' | 'persoon' | 'adres';
type Field = 'bsn' | 'name' | 'birthDate' | 'postcode' | 'huisnummer' | 'toevoeging';
type Errors = Partial<Record<Field | 'input', string>>;

const FIELD_LABEL: Record<Field, string> = {
  bsn: 'BSN',
  name: 'Naam',
  birthDate: 'Geboortedatum',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  toevoeging: 'Toevoeging (niet verplicht)',
};
const FIELD_HINT: Partial<Record<Field, string>> = {
  postcode: 'Vier cijfers en twee letters, zoals 1234 AB.',
  toevoeging: 'Een huisletter of toevoeging, zoals A of 2.',
};
const EMPTY: Record<Field, string> = { bsn: '', name: '', birthDate: '', postcode: '', huisnummer: '', toevoeging: '' };

const postcodeOf = (text: string) => text.replace(/\s+/g, '').toUpperCase();
const toevoegingOf = (text: string) => text.replace(/[\s-]+/g, '').toUpperCase();

function checkAddress(values: Record<Field, string>): Errors {
  const errors: Errors = {};
  const postcode = postcodeOf(values.postcode);
  if (!postcode) errors.postcode = 'Vul de postcode in.';
  else if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode))
    errors.postcode = 'Deze postcode klopt niet. Vul vier cijfers en twee letters in, zoals 1234 AB.';
  const huisnummer = values.huisnummer.trim();
  if (!huisnummer) errors.huisnummer = 'Vul het huisnummer in.';
  else if (!/^[0-9]{1,5}$/.test(huisnummer) || Number(huisnummer) < 1)
    errors.huisnummer = 'Vul een huisnummer in van 1 tot en met 99999.';
  const toevoeging = toevoegingOf(values.toevoeging);
  if (toevoeging && !/^[A-Z0-9]{1,5}$/.test(toevoeging))
    errors.toevoeging = 'Vul bij toevoeging alleen letters en cijfers in, zoals A of 2.';
  return errors;
}

/** The same checks as the api, so most mistakes are shown before anything is sent. */
function check(kind: Kind, values: Record<Field, string>): Errors {
  if (kind === 'adres') return checkAddress(values);
  if (kind === 'bsn') {
    const bsn = values.bsn.replace(/[\s.]/g, '');
    if (!bsn) return { bsn: 'Vul een BSN in.' };
    return isValidBsn(bsn) ? {} : { bsn: 'Dit BSN klopt niet. Controleer de negen cijfers.' };
  }
  const errors: Errors = {};
  if (values.name.trim() && values.name.trim().length < 2) errors.name = 'Vul minstens twee letters van de naam in.';
  if (!values.name.trim() && !values.birthDate) errors.input = 'Vul een naam of een geboortedatum in (of allebei).';
  return errors;
}

/**
 * Zoeken: by BSN, by name and/or birth date, or by postcode and huisnummer. The terms are never put in the address bar (it ends up in the
 * browser history); the api logs the kind of search and the number of results, not the terms.
 */
export default function SearchPage() {
  const client = useClient();
  const viewer = useViewer();
  const [kind, setKind] = useState<Kind>('bsn');
  const [values, setValues] = useState<Record<Field, string>>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<SearchHouseholdsQuery['searchHouseholds']>();
  const [failure, setFailure] = useState<CombinedError>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(kind, values);
    setErrors(found);
    setFailure(undefined);
    if (Object.keys(found).length > 0) {
      setResult(undefined);
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const input =
      kind === 'bsn'
        ? { bsn: values.bsn.replace(/[\s.]/g, '') }
        : kind === 'adres'
          ? {
              postcode: postcodeOf(values.postcode),
              huisnummer: Number(values.huisnummer.trim()),
              ...(toevoegingOf(values.toevoeging) ? { toevoeging: toevoegingOf(values.toevoeging) } : {}),
            }
          : {
              ...(values.name.trim() ? { name: values.name.trim() } : {}),
              ...(values.birthDate ? { birthDate: values.birthDate } : {}),
            };
    setBusy(true);
    const answer = await client
      .query(SearchHouseholdsDocument, { input }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (answer.error) {
      // The api's refusal of a field lands at that field (its extensions.fields are paths like input.bsn).
      const fields = answer.error.graphQLErrors.flatMap((e) => (e.extensions?.fields as string[] | undefined) ?? []);
      const message = answer.error.graphQLErrors[0]?.message;
      if (problemOf(answer.error) === 'input' && message) {
        const field = (fields[0]?.replace('input.', '') as Field | undefined) ?? 'input';
        setErrors({ [field]: message });
        requestAnimationFrame(() => summary.current?.focus());
      } else setFailure(answer.error);
      setResult(undefined);
      return;
    }
    setResult(answer.data?.searchHouseholds);
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const errorList = Object.entries(errors) as [Field | 'input', string][];
  const describedBy = (field: Field) =>
    [FIELD_HINT[field] ? `zoek-${field}-uitleg` : '', errors[field] ? `zoek-${field}-fout` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const textbox = (field: Field, type = 'text', extra: Record<string, string> = {}) => (
    <div className={`utrecht-form-field${errors[field] ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={`zoek-${field}`}>
          {FIELD_LABEL[field]}
        </label>
      </div>
      {FIELD_HINT[field] ? (
        <div className="utrecht-form-field-description" id={`zoek-${field}-uitleg`}>
          {FIELD_HINT[field]}
        </div>
      ) : null}
      {errors[field] ? (
        <div className="utrecht-form-field-error-message" id={`zoek-${field}-fout`}>
          {errors[field]}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          id={`zoek-${field}`}
          name={field}
          type={type}
          className={`utrecht-textbox utrecht-textbox--html-input${errors[field] ? ' utrecht-textbox--invalid' : ''}`}
          aria-invalid={errors[field] ? true : undefined}
          aria-describedby={describedBy(field)}
          value={values[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          {...extra}
        />
      </div>
    </div>
  );

  return (
    <>
      <PageHeading>Zoeken</PageHeading>
      <Paragraph>
        Zoek een huishouden van uw gemeente. U ziet alleen huishoudens waar u bij betrokken bent. Elke zoekopdracht
        wordt vastgelegd in het verwerkingenlog.
      </Paragraph>
      {errorList.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={summary}>
          <Heading level={2}>Controleer uw zoekopdracht</Heading>
          <ul className="utrecht-unordered-list">
            {errorList.map(([field, message]) => (
              <li key={field} className="utrecht-unordered-list__item">
                {field === 'input' ? (
                  message
                ) : (
                  <a className="utrecht-link" href={`#zoek-${field}`}>
                    {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="regie-form">
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">Waarop wilt u zoeken?</legend>
          {(
            [
              ['bsn', 'Op BSN'],
              ['persoon', 'Op naam en/of geboortedatum'],
              ['adres', 'Op postcode en huisnummer'],
            ] as const
          ).map(([value, label]) => (
            <div key={value} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                id={`zoek-soort-${value}`}
                name="soort"
                className="utrecht-radio-button utrecht-radio-button--html-input"
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setErrors({});
                }}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`zoek-soort-${value}`}>
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        {kind === 'bsn' ? (
          textbox('bsn', 'text', { inputMode: 'numeric', autoComplete: 'off' })
        ) : kind === 'adres' ? (
          <>
            {textbox('postcode', 'text', { autoComplete: 'off' })}
            {textbox('huisnummer', 'text', { inputMode: 'numeric', autoComplete: 'off' })}
            {textbox('toevoeging', 'text', { autoComplete: 'off' })}
          </>
        ) : (
          <>
            {textbox('name', 'text', { autoComplete: 'off' })}
            {textbox('birthDate', 'date')}
          </>
        )}
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          Zoeken
        </Button>
      </form>
      {failure ? <ProblemMessage error={failure} /> : null}
      {result ? (
        <section aria-labelledby="resultaten" className="regie-section">
          <Heading level={2} id="resultaten" ref={resultsHeading} tabIndex={-1}>
            {result.households.length === 0
              ? 'Geen huishouden gevonden'
              : result.households.length === 1
                ? '1 huishouden gevonden'
                : `${result.households.length} huishoudens gevonden`}
          </Heading>
          {result.households.length === 0 ? (
            <Paragraph>
              Er is geen huishouden gevonden dat u mag zien. Controleer wat u invulde. Bent u niet betrokken bij het
              huishouden? Dan ziet u het hier niet.
            </Paragraph>
          ) : null}
          {result.truncated ? <Paragraph>Er zijn meer dan 50 huishoudens gevonden. Zoek preciezer.</Paragraph> : null}
          <ul className="regie-results">
            {result.households.map((household) => {
              // By address every member matches: then nobody is singled out.
              const singledOut = household.members.some((member) => !member.matched);
              return (
                <li key={household.householdId} className="regie-card">
                  <Link className="utrecht-link regie-results__link" to={householdPath(viewer, household.householdId)}>
                    {household.name ?? 'Huishouden zonder naam'}
                  </Link>
                  <ul className="utrecht-unordered-list">
                    {household.members.map((member) => (
                      <li key={member.id} className="utrecht-unordered-list__item">
                        {member.matched && singledOut ? <strong>{member.name}</strong> : member.name}
                        {member.birthDate ? `, ${ageOn(member.birthDate)} jaar` : ''}
                        {member.relation ? `, ${relationName(member.relation)}` : ''}
                        {member.matched && singledOut ? ' (gevonden)' : ''}
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
