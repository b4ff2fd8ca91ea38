/**
 * The browser's session: the api puts the session's CSRF token in a meta tag of the page it serves (only for a
 * signed-in browser). Every GraphQL request sends it back (`x-csrf-token`, graphql-ws `csrfToken`).
 */
export function csrfToken(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="regie-csrf"]')?.content || undefined;
}

export const isSignedIn = (): boolean => csrfToken() !== undefined;

/** Starts the sign-in at the gemeente's identity provider, and comes back to `returnTo` afterwards. */
export function signInUrl(returnTo = window.location.pathname + window.location.search): string {
  const path = returnTo.startsWith('/inloggen') ? '/' : returnTo;
  return `/auth/login?terug=${encodeURIComponent(path)}`;
}
