import { Heading } from '@nl-design-system-candidate/heading-react';
import { forwardRef, useEffect, useRef, type ChangeEvent, type ReactNode } from 'react';
import type { FieldErrors } from './refusal';

export { refusalOf, type FieldErrors } from './refusal';

/** The id of a field's element: the path with dots as dashes, under the form's prefix. */
export const fieldId = (prefix: string, path: string) => `${prefix}-${path.replace(/\./g, '-')}`;

/** How the summary finds the element of a field: the form's prefix (see `fieldId`), or the form's own `idOf`. */
type FieldLink = { prefix: string; idOf?: never } | { idOf: (field: string) => string; prefix?: never };

/**
 * The summary at the top of a form in its error state: each message links to its field. Takes the focus.
 * With a `title` it opens with a level-2 heading; without, with a sentence, for forms under a lower heading
 * (the plan's forms sit under a level-4 heading, where a level-2 one would break the page's outline).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: FieldErrors; title?: string } & FieldLink>(
  function ErrorSummary({ errors, title, ...link }, ref) {
    const list = Object.entries(errors);
    if (list.length === 0) return null;
    const idOf = link.idOf ?? ((path: string) => fieldId(link.prefix, path));
    const messages = (
      <ul className="utrecht-unordered-list">
        {list.map(([path, message]) => (
          <li key={path} className="utrecht-unordered-list__item">
            {path === 'form' ? (
              message
            ) : (
              <a className="utrecht-link" href={`#${idOf(path)}`}>
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    );
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert" tabIndex={-1} ref={ref}>
        {title ? (
          <>
            <Heading level={2}>{title}</Heading>
            {messages}
          </>
        ) : (
          <div className="utrecht-alert__content">
            <p className="utrecht-paragraph">
              <strong>Dit is nog niet vastgelegd.</strong> Verbeter wat hieronder staat:
            </p>
            {messages}
          </div>
        )}
      </div>
    );
  },
);

/** The ids a control points to with aria-describedby: its hint and its error. */
function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
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

/** A field's hint and error, with the ids its control or fieldset points to (see `describedBy`). */
function HintAndError({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

/**
 * A labelled field (NL Design System form field) with its hint and its error next to it. The control inside gets
 * `controlProps(id, error, Boolean(hint))`.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  optional = false,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional ? ' (niet verplicht)' : ''}
        </label>
      </div>
      <HintAndError id={id} hint={hint} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

interface FieldProps {
  prefix: string;
  path: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled text field (or date, number, textarea) with its hint and error linked by aria-describedby. */
export function TextField({
  type = 'text',
  inputMode,
  multiline = false,
  ...props
}: FieldProps & { type?: string; inputMode?: 'numeric' | 'decimal' | 'text'; multiline?: boolean }) {
  const id = fieldId(props.prefix, props.path);
  const common = {
    ...controlProps(id, props.error, Boolean(props.hint)),
    name: props.path,
    value: props.value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value),
  };
  return (
    <FormField id={id} label={props.label} hint={props.hint} error={props.error}>
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
    </FormField>
  );
}

/** A labelled select with its options as [value, label]. */
export function SelectField({ options, ...props }: FieldProps & { options: readonly (readonly [string, string])[] }) {
  const id = fieldId(props.prefix, props.path);
  return (
    <FormField id={id} label={props.label} hint={props.hint} error={props.error}>
      <select
        {...controlProps(id, props.error, Boolean(props.hint))}
        name={props.path}
        className={`utrecht-select utrecht-select--html-select${props.error ? ' utrecht-select--invalid' : ''}`}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/** A fieldset with its legend, hint and error; it takes the focus when the error summary links to it. */
function Fieldset({
  id,
  className,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  className: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={`${className}${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(hint), error)}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** A group of checkboxes or radio buttons (each a `Choice`) with a legend, its hint and its error. */
export function ChoiceGroup(props: { id: string; legend: string; hint?: string; error?: string; children: ReactNode }) {
  return <Fieldset {...props} className="utrecht-form-fieldset regie-choices" />;
}

/** One checkbox or radio button of a `ChoiceGroup`, its label next to it. */
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
 * A group of checkboxes with one legend (e.g. the domains of a provider), its values as [value, label]. Not built on
 * `Choice`: its boxes have no `name` and no plan styling (`regie-choice`), as the beheer forms have always had.
 */
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
    <Fieldset id={id} className="utrecht-form-fieldset" legend={legend} error={error}>
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
    </Fieldset>
  );
}

/**
 * The one option of the checkbox that a destructive step needs ticked (a `CheckboxGroup` at the path `confirm`), and
 * the error when it is not: no `window.confirm`.
 */
export const CONFIRM: readonly (readonly [string, string])[] = [['zeker', 'Ik weet het zeker']];
export const CONFIRM_MISSING = 'Zet een vinkje bij “Ik weet het zeker”.';

/** A polite confirmation after a form was saved (never steals the focus). */
export function Saved({ children }: { children: ReactNode }) {
  const message = useRef<HTMLDivElement>(null);
  const shown = Boolean(children);
  // The button that sent the form is disabled while it sends, which drops the keyboard focus to the page: the
  // confirmation takes it (and scrolls into view), so the next Tab goes on from the form.
  useEffect(() => {
    if (shown) message.current?.focus();
  }, [shown]);
  return (
    <div role="status" aria-live="polite" className="regie-saved">
      {children ? (
        <div ref={message} tabIndex={-1} className="utrecht-alert utrecht-alert--ok">
          {children}
        </div>
      ) : null}
    </div>
  );
}
