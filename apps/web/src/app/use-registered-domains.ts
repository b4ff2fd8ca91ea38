import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { registeredDomainName } from './labels';

const RegisteredDomainsQuery = graphql(`
  query RegisteredDomains {
    system {
      domains {
        code
        label
      }
    }
  }
`);

/**
 * The domains of this instance as [code, words], in registration order (`system.domains`). A screen that lists
 * domains takes them from here, so a domain added to the api shows up without a change to the web app; `words`
 * gives a code the screen's own words (a domain it has none for goes by its definition's label).
 */
export function useRegisteredDomains(
  words: (code: string, label: string) => string = registeredDomainName,
): readonly (readonly [string, string])[] {
  const [{ data }] = useQuery({ query: RegisteredDomainsQuery });
  return useMemo(
    () => (data?.system.domains ?? []).map(({ code, label }) => [code, words(code, label)] as const),
    [data, words],
  );
}
