import type { CombinedError } from '@urql/core';
import { problemOf } from '../app/errors';

/** Messages per field, keyed by the field's path inside the mutation's input (`members.0.bsn`); `form` for the whole. */
export type FieldErrors = Record<string, string>;

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
