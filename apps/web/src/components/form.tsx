import { Heading } from '@nl-design-system-candidate/heading-react';
import type { CombinedError } from '@urql/core';
import { forwardRef, type ChangeEvent, type ReactNode } from 'react';
import { problemOf } from '../app/errors';

/** Messages per field, keyed by the field's path inside the mutation's input (`members.0.bsn`); `form` for the whole. */
export type FieldErrors = Record<string, string>;

/** The id of a field's element: the path with dots as dashes, under the form's prefix. */
export const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/**
 * The api's refusal as messages at the fields it names (`extensions.fields`: `input.members.0.bsn`). `plain` turns
 * a path and the api's message into plain Dutch; a refusal without a field becomes the form's message.
 * Undefined when the error is not a refusal of the input (then the caller shows a ProblemMessage).
 */
export function refusalOf(
  error: CombinedError,
  plain: (path: string, apiMessage: string) => string | undefined = () => undefined,
): FieldErrors | undefined {
  const refusals = error.graphQLErrors.filter(
    (e) =>
      !['FORBIDDEN', 'UNAUTHENTICATED', 'CSRF_FAILED', 'INTERNAL_SERVER_ERROR'].includes(String(e.extensions?.code)),
  );
  if (refusals.length === 0 || problemOf(error) === 'forbidden') return undefined;
  const errors: FieldErrors = {};
  for (const refusal of refusals) {
    const fields =
      (refusal.extensions?.fields as string[] | undefined) ??
      (typeof refusal.extensions?.field === 'string' ? [refusal.extensions.field] : []);
    if (fields.length === 0) errors.form = plain('', refusal.message) ?? refusal.message;
    for (const field of fields) {
      const path = field.replace(/^input\./, '');
      errors[path] = plain(path, refusal.message) ?? refusal.message;
    }
  }
  return errors;
}

/** The summary at the top of a form in its error state: each message links to its field. Takes the focus. */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors; prefix: string; title: string }>(
  function ErrorSummary({ errors, prefix, title }, ref) {
    const list = Object.entries(errors);
    if (list.length === 0) return null;
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={ref}>
        <Heading level={2}>{title}</Heading>
        <ul className="utrecht-unordered-list">
          {list.map(([path, message]) => (
            <li key={path} className="utrecht-unordered-list__item">
              {path === 'form' ? (
                message
              ) : (
                <a className="utrecht-link" href={`#${fieldId(prefix, path)}`}>
                  {message}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    );
  },
);

interface FieldProps {
  prefix: string;
  path: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

function FieldFrame({
  prefix,
  path,
  label,
  hint,
  error,
  children,
}: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  const id = fieldId(prefix, path);
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
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

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined;

/** A labelled text field (or date, number, textarea) with its hint and error linked by aria-describedby. */
export function TextField({
  type = 'text',
  inputMode,
  multiline = false,
  ...props
}: FieldProps & { type?: string; inputMode?: 'numeric' | 'decimal' | 'text'; multiline?: boolean }) {
  const id = fieldId(props.prefix, props.path);
  const common = {
    id,
    name: props.path,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.hint, props.error),
    value: props.value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value),
  };
  return (
    <FieldFrame {...props}>
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          className={`utrecht-textarea utrecht-textarea--html-textarea${props.error ? ' utrecht-textarea--invalid' : ''}`}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          className={`utrecht-textbox utrecht-textbox--html-input${props.error ? ' utrecht-textbox--invalid' : ''}`}
        />
      )}
    </FieldFrame>
  );
}

/** A labelled select with its options as [value, label]. */
export function SelectField({ options, ...props }: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const id = fieldId(props.prefix, props.path);
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={props.path}
        className={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of checkboxes with one legend (e.g. the domains of a provider). */
export function CheckboxGroup({
  prefix,
  path,
  legend,
  error,
  options,
  values,
  onChange,
}: {
  prefix: string;
  path: string;
  legend: string;
  error?: string;
  options: readonly (readonly [string, string])[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const id = fieldId(prefix, path);
  return (
    <fieldset
      className={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={error ? `${id}-fout` : undefined}
      id={id}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      {options.map(([value, label]) => (
        <div key={value} className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            type="checkbox"
            id={`${id}-${value}`}
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={values.includes(value)}
            onChange={(event) =>
              onChange(event.target.checked ? [...values, value] : values.filter((item) => item !== value))
            }
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${id}-${value}`}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** A polite confirmation after a form was saved (never steals the focus). */
export function Saved({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="regie-saved">
      {children ? <div className="utrecht-alert utrecht-alert--ok">{children}</div> : null}
    </div>
  );
}
