import type { Actor } from '@regie/access';
import { forbid, type HouseholdCore } from '@regie/household';

/** The functioneel beheerder sets the budget of their own gemeente; the answer is the gemeente. */
export function gemeenteOfBeheerder(actor: Actor): string {
  if (actor.role !== 'functioneel_beheerder' || !actor.gemeente) return forbid();
  return actor.gemeente;
}

/** The totals (no household, no person) are for the functioneel beheerder and the regisseurs of the gemeente. */
export function gemeenteOfBudgetReader(actor: Actor): string {
  if ((actor.role !== 'functioneel_beheerder' && actor.role !== 'regisseur') || !actor.gemeente) return forbid();
  return actor.gemeente;
}

/**
 * Only the household's current regisseur spends, in their own gemeente. Checked before anything is reserved; the
 * same answer for a missing household and someone else's.
 */
export function gemeenteOfSpendingRegisseur(actor: Actor, core: HouseholdCore): string {
  if (actor.role !== 'regisseur' || !actor.gemeente) return forbid();
  if (!core.exists || core.gemeente !== actor.gemeente) return forbid();
  if (core.regisseur?.userId !== actor.userId) return forbid();
  return actor.gemeente;
}
