import type { CombinedError } from '@urql/core';

export type Problem = 'forbidden' | 'signed-out' | 'csrf' | 'input' | 'unavailable' | 'unknown';

/** Which kind of problem an api answer is, from its stable `extensions.code` (never from its English message). */
export function problemOf(error: CombinedError | undefined): Problem | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'unavailable';
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) return 'signed-out';
  if (codes.includes('CSRF_FAILED')) return 'csrf';
  if (codes.includes('FORBIDDEN')) return 'forbidden';
  if (codes.includes('BAD_USER_INPUT')) return 'input';
  return 'unknown';
}

/** What the person reads: what happened and what to do, in plain Dutch. */
export const PROBLEM_TEXT: Record<Problem, { title: string; text: string }> = {
  forbidden: {
    title: 'U hebt geen toegang',
    text: 'U hebt geen toegang tot dit huishouden. Denkt u dat dit niet klopt? Vraag het de functioneel beheerder.',
  },
  'signed-out': { title: 'U bent uitgelogd', text: 'Uw sessie is afgelopen. Log opnieuw in om verder te werken.' },
  csrf: { title: 'Uw sessie klopt niet', text: 'Laad de pagina opnieuw. Lukt het dan nog niet? Log opnieuw in.' },
  input: { title: 'Dit kan niet', text: 'De gegevens kloppen niet. Controleer wat u invulde en probeer het opnieuw.' },
  unavailable: {
    title: 'Regie is even niet bereikbaar',
    text: 'Controleer uw verbinding en probeer het over een paar minuten opnieuw.',
  },
  unknown: { title: 'Er ging iets mis', text: 'Probeer het opnieuw. Blijft het misgaan? Meld het bij de servicedesk.' },
};
