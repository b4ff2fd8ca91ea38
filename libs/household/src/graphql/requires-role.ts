import { UseGuards, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { actorOfContext, unauthenticated, type Role } from '@regie/access';
import { forbid } from '../access/authorize-write';

/** Lets an operation run only for an actor of one of these roles who belongs to a gemeente; else FORBIDDEN. */
class RoleGuard implements CanActivate {
  constructor(private readonly roles: readonly Role[]) {}

  canActivate(context: ExecutionContext): boolean {
    const actor = actorOfContext(GqlExecutionContext.create(context).getContext());
    if (!actor) throw unauthenticated();
    if (!this.roles.includes(actor.role) || !actor.gemeente) forbid();
    return true;
  }
}

/**
 * Declares on a resolver (or one of its operations) which roles may call it, e.g.
 * `@RequiresRole('functioneel_beheerder')`. Checked before the arguments are validated, so someone without the
 * role learns nothing from validation messages. Finer rules (this household, this domain) stay in the policy.
 */
export const RequiresRole = (...roles: [Role, ...Role[]]) => UseGuards(new RoleGuard(roles));
