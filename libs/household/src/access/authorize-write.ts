import type { Actor } from '@regie/access';
import type { CommandScope } from '../core/decide-context';
import type { DraftEvent } from '../core/event-envelope';
import type { HouseholdCore } from '../core/household-core';
import { reject } from '../core/rejection';
import { decideWrite } from './access-policy';
import { accessFactsOf, eventsToWrite, writeFactsOf } from './household-writers';

/** One message for every refusal: it must not tell a missing household from someone else's. */
export const FORBIDDEN_MESSAGE = 'Geen toegang.';

export const forbid = (): never => reject('FORBIDDEN', FORBIDDEN_MESSAGE);

/**
 * Before deciding: the household must exist (unless the command creates it) and be of the actor's gemeente, the
 * actor must be a role that writes at all, and a regisseur must be this household's (a regisseur writes nothing
 * else); so validation messages never reach someone without access.
 */
export function forbidUnlessHouseholdVisible(actor: Actor, core: HouseholdCore, scope: CommandScope): void {
  if (actor.role === 'auditor') forbid();
  const facts = accessFactsOf(core);
  if (facts && facts.gemeente !== actor.gemeente) forbid();
  if (!facts && scope !== 'creates-household') forbid();
  if (facts && actor.role === 'regisseur' && facts.regisseurUserId !== actor.userId) forbid();
}

/** After deciding: may this actor record exactly these events? */
export function authorizeHouseholdWrite<Draft extends DraftEvent>(
  actor: Actor,
  core: HouseholdCore,
  drafts: readonly Draft[],
  domainOf: (draft: Draft) => string,
): void {
  if (decideWrite(actor, writeFactsOf(core, drafts), eventsToWrite(core, drafts, domainOf))) forbid();
}
