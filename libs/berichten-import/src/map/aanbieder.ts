// A message is taken in only from (or, a 301, to) an aanbieder in the gemeente's provider register for the
// message's domain. Checked once per message, before its products, at the header element with the AGB-code.
import type { Bericht } from '@regie/berichten';
import type { ProviderRecord } from '@regie/household';
import type { ImportRejection } from '../import-rejection';

const DOMAIN_NAMES: Readonly<Record<string, string>> = { JEUGD: 'Jeugd', WMO: 'Wmo' };

/** Where the aanbieder's AGB-code is: the Ontvanger of a 301 (the gemeente sends it), the Afzender of the others. */
export const aanbiederPath = (bericht: Bericht): string =>
  bericht.soort === 'toewijzing' ? 'Header/Ontvanger' : 'Header/Afzender';

/** `PROVIDER_NOT_FOUND` when the aanbieder is not registered, or not for this domain; undefined when it is. */
export function aanbiederRefusal(
  bericht: Bericht,
  providers: ReadonlyMap<string, ProviderRecord>,
  domain: string,
): ImportRejection | undefined {
  const agb = bericht.aanbieder;
  const provider = providers.get(agb);
  const domainName = DOMAIN_NAMES[domain] ?? domain;
  if (!provider) {
    return {
      code: 'PROVIDER_NOT_FOUND',
      path: aanbiederPath(bericht),
      reason: `De aanbieder met AGB-code ${agb} staat niet in het aanbiedersregister van deze gemeente. Regie leest alleen berichten van en voor geregistreerde aanbieders. Registreer de aanbieder eerst voor ${domainName}. Daarna kan Regie het bericht inlezen.`,
    };
  }
  if (!provider.domains.includes(domain)) {
    return {
      code: 'PROVIDER_NOT_FOUND',
      path: aanbiederPath(bericht),
      reason: `${provider.name} (AGB-code ${agb}) is in deze gemeente niet geregistreerd voor ${domainName}. Registreer de aanbieder eerst ook voor ${domainName}. Daarna kan Regie het bericht inlezen.`,
    };
  }
  return undefined;
}
