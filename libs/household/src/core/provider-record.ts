import { reject } from './rejection';

/** A registered care provider as deciders see it (the register itself lives in ../provider). */
export interface ProviderRecord {
  readonly agbCode: string;
  readonly name: string;
  /** Domain codes the provider works in. */
  readonly domains: readonly string[];
  /**
   * CBS code of the gemeente whose register holds it. Absent in registrations from before the register was per
   * gemeente: those belong to the gemeente of the beheerder who registered them (the event's actor).
   */
  readonly gemeente?: string;
}

/** Guard for domain deciders: the provider is registered and works in this domain. */
export function assertProvider(
  providers: ReadonlyMap<string, ProviderRecord>,
  agbCode: string,
  domain: string,
): ProviderRecord {
  const provider = providers.get(agbCode);
  if (!provider) return reject('PROVIDER_NOT_FOUND', `Onbekende aanbieder (AGB-code ${agbCode})`, { agbCode });
  if (!provider.domains.includes(domain)) {
    reject('BAD_USER_INPUT', `${provider.name} is niet geregistreerd voor domein ${domain}`, { agbCode });
  }
  return provider;
}
