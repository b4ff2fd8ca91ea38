import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { ROLES, type Actor, type Role } from './actor';

interface RequestWithHeaders {
  headers: Record<string, string | string[] | undefined>;
}

const header = (request: RequestWithHeaders, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Development identity from request headers (`x-regie-user`, `x-regie-role`, `x-regie-domain`, `x-regie-gemeente`,
 * `x-regie-name`). There is no authentication yet: this is the seam where verified token claims will come in.
 */
export function actorFromRequest(request: RequestWithHeaders): Actor {
  const userId = header(request, 'x-regie-user');
  const role = header(request, 'x-regie-role') as Role | undefined;
  if (!userId || !role || !ROLES.includes(role)) {
    throw new GraphQLError('Unknown caller: send x-regie-user and x-regie-role.', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return {
    userId,
    role,
    name: header(request, 'x-regie-name'),
    domain: header(request, 'x-regie-domain'),
    gemeente: header(request, 'x-regie-gemeente'),
  };
}

/** Resolver parameter: the calling actor. Rejects the request with UNAUTHENTICATED when there is none. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = GqlExecutionContext.create(context).getContext<{ req: RequestWithHeaders }>().req;
  return actorFromRequest(request);
});
