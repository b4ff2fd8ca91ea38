import type { CombinedError } from '@urql/core';
import { problemOf, PROBLEM_TEXT } from '../app/errors';
import type { FieldErrors } from '../components/form';

/** The general message when the api refuses a field this form has no own words for. */
const GENERAL = 'Dit klopt niet. Controleer wat u invulde.';

/**
 * The api's refusal at the fields it names (`extensions.fields`: `input.amountCents`), in this form's own Dutch words
 * (`messages[field]`, or `messages[code]` for a refusal by the rules), keyed by the field's name (the first segment
 * of its path); a refusal without a field goes to `form`.
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
