import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL answer may hold personal data: no browser or proxy keeps it (`cache-control: no-store`). Apollo's
 * cache-control plugin said the same, but it also hooked into the resolving of every field of every answer (its
 * cache hints, which Regie does not use): a timeline page of 50 entries paid for ~1,000 hook calls.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
