import { ROLES, type Actor, type Role } from './actor';
import { actorIdProblem, actorNameProblem } from './actor-identity';

/** CBS gemeentecode: four digits, e.g. `0363` for Amsterdam. */
export const GEMEENTE_CODE = /^\d{4}$/;

export type ClaimsCheck = { readonly actor: Actor; readonly problem?: undefined } | { readonly problem: string };

const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as string[]).includes(value);

/**
 * Turns verified token claims into an Actor, or names the first claim that does not fit. The problem text is for
 * the operator (the CLI, debug logs), never for an api client. `domain` is kept only for a domeinmedewerker and
 * must be one of `domains`: the codes of the registered domains, which the composition root passes in (access is
 * below the domains and knows none of them).
 */
export function actorFromClaims(claims: Record<string, unknown>, domains: readonly string[]): ClaimsCheck {
  const { sub, name, role, domain, gemeente } = claims;
  const subProblem = actorIdProblem(sub);
  if (subProblem !== undefined) return { problem: `sub ${subProblem}` };
  if (!isRole(role)) return { problem: `role must be one of ${ROLES.join(', ')}` };
  const nameProblem = name === undefined ? undefined : actorNameProblem(name);
  if (nameProblem !== undefined) return { problem: `name ${nameProblem}` };
  if (role === 'domeinmedewerker' && (typeof domain !== 'string' || !domains.includes(domain))) {
    return { problem: `domain is required for a domeinmedewerker and must be one of ${domains.join(', ')}` };
  }
  if (typeof gemeente !== 'string' || !GEMEENTE_CODE.test(gemeente)) {
    return { problem: 'gemeente must be a 4-digit CBS gemeentecode, e.g. 0363' };
  }
  return {
    actor: {
      userId: sub as string,
      role,
      gemeente,
      ...(name === undefined ? {} : { name: name as string }),
      ...(role === 'domeinmedewerker' ? { domain: domain as string } : {}),
    },
  };
}
