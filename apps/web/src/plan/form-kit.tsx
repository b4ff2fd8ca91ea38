import type { CombinedError } from '@urql/core';
import { forwardRef, type ReactNode } from 'react';
import { problemOf, PROBLEM_TEXT } from '../app/errors';

/** Refused fields by name (the first segment of the api's path `input.<name>…`), each with its Dutch message. */
export type FieldErrors = Record<string, string>;

/** The general message when the api refuses a field this form has no own words for. */
const GENERAL = 'Dit klopt niet. Controleer wat u invulde.';

/**
 * The api's refusal at the fields it names (`extensions.fields`: `input.amountCents`), in this form's own Dutch words
 * (`messages[field]`, or `messages[code]` for a refusal by the rules); a refusal without a field goes to `form`.
 */
export function apiFieldErrors(error: CombinedError, messages: Record<string, string>): FieldErrors {
  const found: FieldErrors = {};
  for (const refusal of error.graphQLErrors) {
    const code = String(refusal.extensions?.code ?? '');
    const paths = (refusal.extensions?.fields as string[] | undefined) ?? [];
    const byCode = messages[code];
    if (paths.length === 0) {
      found.form = byCode ?? PROBLEM_TEXT[problemOf(error) ?? 'unknown'].text;
      continue;
    }
    for (const path of paths) {
      const field = path.replace(/^input\./, '').split('.')[0]!;
      found[field] = byCode ?? messages[field] ?? GENERAL;
    }
  }
  if (error.networkError) found.form = PROBLEM_TEXT.unavailable.text;
  return found;
}

/** The ids a control points to with aria-describedby: its hint and its error. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;
}

/** The attributes of a control: its id, whether it is invalid, and what describes it. */
export function controlProps(id: string, error: string | undefined, hint = false) {
  return {
    id,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
}

/** A labelled field (NL Design System form field) with its hint and its error next to it. */
export function FormField({
  id,
  label,
  hint,
  error,
  children,
  optional = false,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  optional?: boolean;
}) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional ? ' (niet verplicht)' : ''}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** A group of checkboxes or radio buttons with a legend, its hint and its error. */
export function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`utrecht-form-fieldset regie-choices${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(hint), error)}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

export function Choice({
  id,
  type,
  name,
  label,
  checked,
  onChange,
}: {
  id: string;
  type: 'checkbox' | 'radio';
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox regie-choice">
      <input
        id={id}
        type={type}
        name={name}
        className={
          type === 'checkbox'
            ? 'utrecht-checkbox utrecht-checkbox--html-input'
            : 'utrecht-radio-button utrecht-radio-button--html-input'
        }
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

/**
 * The summary of what is wrong, at the top of the form: it gets the focus after a refusal, and each line links to its
 * field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors; idOf: (field: string) => string }>(
  function ErrorSummary({ errors, idOf }, ref) {
    const entries = Object.entries(errors);
    if (entries.length === 0) return null;
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={ref}>
        <div className="utrecht-alert__content">
          <p className="utrecht-paragraph">
            <strong>Dit is nog niet vastgelegd.</strong> Verbeter wat hieronder staat:
          </p>
          <ul className="utrecht-unordered-list">
            {entries.map(([field, message]) => (
              <li key={field} className="utrecht-unordered-list__item">
                {field === 'form' ? (
                  message
                ) : (
                  <a className="utrecht-link" href={`#${idOf(field)}`}>
                    {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  },
);

/** Today as YYYY-MM-DD in the Netherlands (the api's "not in the future" is about this day). */
export function todayLocal(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

export const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Euros as typed ("950", "950,50", "1.250,00") to whole cents; undefined when it is not an amount. */
export function centsOf(value: string): number | undefined {
  const cleaned = value.replace(/[€\s]/g, '').replace(/\.(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(,\d{1,2})?$/.test(cleaned)) return undefined;
  const [whole, fraction = ''] = cleaned.split(',');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
