import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { csrfToken } from './session';

/**
 * The one GraphQL client: queries and mutations over HTTP with the session cookie and its CSRF token, the live
 * timeline over graphql-ws on the same origin (the upgrade carries the cookie; the token goes in connectionParams).
 */
export function createRegieClient(): Client {
  const token = csrfToken() ?? '';
  const ws = createWsClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    connectionParams: { csrfToken: token },
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return new Client({
    url: '/graphql',
    fetchOptions: { headers: { 'x-csrf-token': token }, credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    // Always POST: a GET would put search terms (a BSN) in the URL, and so in logs and the browser history.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
