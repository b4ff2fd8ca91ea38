/** Who performs a command or query. Issue 5 replaces the development identity with verified JWT claims. */
export type Role = 'regisseur' | 'domeinmedewerker' | 'functioneel_beheerder' | 'auditor';
export const ROLES: readonly Role[] = ['regisseur', 'domeinmedewerker', 'functioneel_beheerder', 'auditor'];

export interface Actor {
  readonly userId: string;
  readonly name?: string;
  readonly role: Role;
  /** For domain workers: the domain code they work in, e.g. `JEUGD`. */
  readonly domain?: string;
  /** CBS code of the gemeente: the tenant. */
  readonly gemeente?: string;
}
