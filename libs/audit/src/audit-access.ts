import { Injectable } from '@nestjs/common';
import type { Actor } from '@regie/access';
import { GraphQLError } from 'graphql';

/** The one answer to a refused read of the log, the same text as every other refusal in Regie. */
export const AUDIT_FORBIDDEN_MESSAGE = 'Geen toegang.';

export function auditForbidden(): GraphQLError {
  return new GraphQLError(AUDIT_FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
}

/** The basis logged when an auditor reads the log. */
export const AUDITOR_BASIS = 'auditor: toezicht op de verwerkingen van de eigen gemeente';

export type LogReadDecision =
  | { readonly allowed: true; readonly gemeente: string; readonly basis: string }
  | { readonly allowed: false; readonly reason: string };

/**
 * May `actor` read the verwerkingenlog of their gemeente (`processingLog`, `emergencyAccesses`)? Only an auditor,
 * and only their own gemeente: the gemeente of every query is the caller's, never a parameter. Pure.
 */
export function decideLogRead(actor: Actor): LogReadDecision {
  if (!actor.gemeente) return { allowed: false, reason: 'geen gemeente' };
  if (actor.role !== 'auditor') return { allowed: false, reason: `rol ${actor.role} leest het verwerkingenlog niet` };
  return { allowed: true, gemeente: actor.gemeente, basis: AUDITOR_BASIS };
}

/**
 * The hook for "who looked at our file" (`householdAccessLog`) for callers who are not auditors. AuditModule decides
 * for auditors itself; for anyone else it asks this check, bound with `AuditModule.forRoot({ householdAccessCheck })`.
 * The intended binding is the household policy: the household's current regisseur (same gemeente) may see it.
 */
export interface HouseholdAccessCheck {
  /**
   * Why `actor` (an auditor, or anyone else) may see who accessed `householdId` (logged as the basis of the read),
   * or undefined when they may not. Must refuse a household of another gemeente, and must not tell whether the
   * household exists.
   */
  accessLogBasis(actor: Actor, householdId: string): Promise<string | undefined>;
}

/** Injection token of the bound HouseholdAccessCheck. */
export const HOUSEHOLD_ACCESS_CHECK = Symbol('HOUSEHOLD_ACCESS_CHECK');

/**
 * The default until the household policy is bound: nobody but an auditor sees a household's access log (and the
 * auditor's own gemeente bounds what the log returns, since it cannot check the household's gemeente here).
 */
@Injectable()
export class DenyHouseholdAccessCheck implements HouseholdAccessCheck {
  async accessLogBasis(actor: Actor, _householdId: string): Promise<string | undefined> {
    return actor.role === 'auditor' ? AUDITOR_BASIS : undefined;
  }
}
