import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { RegieGraphQLContext } from './graphql-authentication';
import { GraphQLError } from 'graphql';
import { unauthenticated } from './unauthenticated';

export const CSRF_MESSAGE =
  "A request with the session cookie must carry the session's x-csrf-token header and come from Regie's own origin";

/**
 * Global guard: an operation that sent a token which did not verify is UNAUTHENTICATED, even on a field that needs
 * no actor (`system`). A bad token is never quietly treated as no token. Operations without any token pass here;
 * `CurrentActor` rejects them where an actor is needed.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gqlContext = GqlExecutionContext.create(context).getContext<RegieGraphQLContext>();
    if (gqlContext.authFailure) throw unauthenticated();
    if (gqlContext.csrfFailure) {
      throw new GraphQLError(CSRF_MESSAGE, { extensions: { code: 'CSRF_FAILED' } });
    }
    return true;
  }
}
