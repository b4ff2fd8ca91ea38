import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';
import { actorOfContext } from './graphql-authentication';
import { unauthenticated } from './unauthenticated';

/**
 * Resolver parameter: the calling actor, verified from the bearer token when the request (or graphql-ws
 * connection) came in (see `graphqlAuthentication`). Rejects with UNAUTHENTICATED when there is none.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOfContext(GqlExecutionContext.create(context).getContext());
  if (!actor) throw unauthenticated();
  return actor;
});
