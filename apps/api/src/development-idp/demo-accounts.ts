import { DEMO_GEMEENTE, DEMO_REGISSEUR } from '../demo/demo-household';

/** A demo account of the development identity provider, with its claims as Keycloak would give them. */
export interface DemoAccount {
  readonly sub: string;
  readonly name: string;
  /** What the account chooser shows under the name. */
  readonly description: string;
  readonly realmRole: string;
  readonly group?: string;
  readonly gemeente: string;
}

const domainWorker = (sub: string, name: string, domain: string, group: string): DemoAccount => ({
  sub,
  name,
  description: `Domeinmedewerker ${domain}, gemeente Rotterdam`,
  realmRole: 'regie-domeinmedewerker',
  group: `/sociaal-domein/${group}`,
  gemeente: DEMO_GEMEENTE,
});

/** The people of the demo household's gemeente (0599, Rotterdam), and one regisseur of another gemeente. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    sub: DEMO_REGISSEUR.userId,
    name: DEMO_REGISSEUR.name,
    description: 'Regisseur, gemeente Rotterdam',
    realmRole: 'regie-regisseur',
    gemeente: DEMO_GEMEENTE,
  },
  domainWorker('u-jeugd-joost', 'Joost Jeugdteam', 'Jeugd', 'jeugd'),
  domainWorker('u-wmo-wendy', 'Wendy Wmo', 'Wmo', 'wmo'),
  domainWorker('u-wi-willem', 'Willem Werk', 'Werk en Inkomen', 'werk-en-inkomen'),
  domainWorker('u-wonen-wim', 'Wim Wonen', 'Wonen', 'wonen'),
  {
    sub: 'u-beheer',
    name: 'Fatima Beheer',
    description: 'Functioneel beheerder, gemeente Rotterdam',
    realmRole: 'regie-beheerder',
    gemeente: DEMO_GEMEENTE,
  },
  {
    sub: 'u-auditor-ahmed',
    name: 'Ahmed Audit',
    description: 'Auditor (privacy), gemeente Rotterdam',
    realmRole: 'regie-auditor',
    gemeente: DEMO_GEMEENTE,
  },
  {
    sub: 'u-regisseur-ruben',
    name: 'Ruben Smit',
    description: 'Regisseur, gemeente Amsterdam (een andere gemeente)',
    realmRole: 'regie-regisseur',
    gemeente: '0363',
  },
];

/** The claims of an account: nested realm roles and group paths, like Keycloak (see developmentClaimMapping). */
export function claimsOf(account: DemoAccount): Record<string, unknown> {
  return {
    sub: account.sub,
    name: account.name,
    realm_access: { roles: ['offline_access', account.realmRole] },
    groups: account.group ? [account.group] : [],
    gemeente: account.gemeente,
  };
}
