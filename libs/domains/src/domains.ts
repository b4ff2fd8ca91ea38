import type { Type } from '@nestjs/common';
import { addDomainProcessingActivities } from '@regie/audit';
import type { DomainModuleDefinition } from '@regie/household';
import { JeugdModule, jeugdDefinition } from '@regie/jeugd';
import { WerkInkomenModule, werkInkomenDefinition } from '@regie/werk-inkomen';
import { WmoModule, wmoDefinition } from '@regie/wmo';
import { WonenModule, wonenDefinition } from '@regie/wonen';

/** A domain of this Regie instance: its definition (the plug) and the Nest module that registers it and adds its API. */
export interface RegisteredDomain {
  readonly definition: DomainModuleDefinition;
  readonly module: Type<unknown>;
}

/**
 * The domains of this Regie instance, used by the api, the projector process and the CLI. Adding a domain (say Wonen)
 * is one folder in libs/ and one line here; everything else derives from its definition.
 */
export const DOMAINS: readonly RegisteredDomain[] = [
  { definition: jeugdDefinition, module: JeugdModule },
  { definition: wmoDefinition, module: WmoModule },
  { definition: werkInkomenDefinition, module: WerkInkomenModule },
  { definition: wonenDefinition, module: WonenModule },
];

export const domainModulesOf = (domains: readonly RegisteredDomain[]) => domains.map((domain) => domain.module);
export const domainCodesOf = (domains: readonly RegisteredDomain[]) => domains.map((domain) => domain.definition.code);

// The register of verwerkingsactiviteiten gains the activities the domains declare (`processingActivity`).
addDomainProcessingActivities(DOMAINS.map((domain) => domain.definition));

/** The Nest modules of the domains (each registers its definition with the household's DomainRegistry). */
export const DOMAIN_MODULES = domainModulesOf(DOMAINS);
/** The domain codes: what a domeinmedewerker's token may name (the token verifier and sign-in get this list). */
export const DOMAIN_CODES: readonly string[] = domainCodesOf(DOMAINS);
