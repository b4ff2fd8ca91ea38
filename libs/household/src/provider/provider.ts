import { reject } from '../core/rejection';

export const PROVIDER_REGISTERED = 'provider.ProviderRegistered';

export { assertProvider, type ProviderRecord } from '../core/provider-record';
import type { ProviderRecord } from '../core/provider-record';

/** Each gemeente keeps its own register: one stream per gemeente and AGB-code, so a code is registered once there. */
export const providerStream = (gemeente: string, agbCode: string) => `provider-${gemeente}-${agbCode}`;

/** Before the register was per gemeente: one stream per AGB-code, owned by the registering beheerder's gemeente. */
export const legacyProviderStream = (agbCode: string) => `provider-${agbCode}`;

/** AGB-code: 8 digits (Vektis). The first two give the type of care provider. */
export const isAgbCode = (value: string) => /^[0-9]{8}$/.test(value);

export function decideRegisterProvider(
  existing: ProviderRecord | undefined,
  command: ProviderRecord,
  knownDomains: readonly string[],
): { type: typeof PROVIDER_REGISTERED; data: ProviderRecord } {
  if (!isAgbCode(command.agbCode)) reject('BAD_USER_INPUT', 'Een AGB-code bestaat uit 8 cijfers', { field: 'agbCode' });
  if (!command.name.trim()) reject('BAD_USER_INPUT', 'Naam van de aanbieder ontbreekt', { field: 'name' });
  if (command.domains.length === 0) reject('BAD_USER_INPUT', 'Noem ten minste één domein', { field: 'domains' });
  const unknown = command.domains.filter((domain) => !knownDomains.includes(domain));
  if (unknown.length > 0) reject('BAD_USER_INPUT', `Onbekend domein: ${unknown.join(', ')}`, { field: 'domains' });
  if (existing) reject('PROVIDER_EXISTS', `Aanbieder met AGB-code ${command.agbCode} is al geregistreerd`);
  return {
    type: PROVIDER_REGISTERED,
    data: { ...command, name: command.name.trim(), domains: [...new Set(command.domains)] },
  };
}
