import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { RegieGraphQLContext } from './graphql-authentication';
import { unauthenticated } from './unauthenticated';

/**
 * Global guard: an operation that sent a token which did not verify is UNAUTHENTICATED, even on a field that needs
 * no actor (`system`). A bad token is never quietly treated as no token. Operations without any token pass here;
 * `CurrentActor` rejects them where an actor is needed.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    if (GqlExecutionContext.create(context).getContext<RegieGraphQLContext>().authFailure) throw unauthenticated();
    return true;
  }
}
