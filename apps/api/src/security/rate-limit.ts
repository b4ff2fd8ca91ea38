import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { actorOfContext } from '@regie/access';
import type { RegieConfig } from '@regie/config';
import { GraphQLError } from 'graphql';

export const RATE_LIMIT_MESSAGE = 'Te veel verzoeken: wacht even en probeer het opnieuw.';
const WINDOW_MS = 60_000;

/**
 * The per-user budget: `RATE_LIMIT_PER_MINUTE` operations per minute per authenticated user (gemeente + user id),
 * per remote address for callers without a valid token. Counted in memory, per api process.
 */
export const rateLimitModule = (config: Pick<RegieConfig, 'RATE_LIMIT_PER_MINUTE'>) =>
  // Unnamed ('default'), so the headers are the usual Retry-After and X-RateLimit-*.
  ThrottlerModule.forRoot({ throttlers: [{ ttl: WINDOW_MS, limit: config.RATE_LIMIT_PER_MINUTE }] });

interface TrackedRequest {
  ip?: string;
  socket?: { remoteAddress?: string };
}

/**
 * ThrottlerGuard for GraphQL (registered as APP_GUARD). One GraphQL operation is one hit however many top-level
 * fields it selects; a graphql-ws subscription is one hit when it starts. Over the limit, the operation fails with
 * `RATE_LIMITED` (HTTP 200 with the GraphQL error, like every other error) and a `Retry-After` header over HTTP.
 * Health and metrics are not limited (`@SkipThrottle` on their controllers).
 */
@Injectable()
export class GraphQLRateLimitGuard extends ThrottlerGuard {
  private readonly operations = new WeakMap<object, Promise<boolean>>();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return super.canActivate(context);
    const operation = GqlExecutionContext.create(context).getContext<object>();
    let verdict = this.operations.get(operation);
    if (!verdict) {
      verdict = super.canActivate(context);
      this.operations.set(operation, verdict);
    }
    return verdict;
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    if (context.getType<GqlContextType>() !== 'graphql') return super.getRequestResponse(context);
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: object; res?: object }>();
    // A graphql-ws operation has the upgrade request but no response to put headers on.
    return { req: req as Record<string, unknown>, res: (res ?? {}) as Record<string, unknown> };
  }

  protected override async getTracker(req: Record<string, unknown>, context?: ExecutionContext): Promise<string> {
    const actor =
      context?.getType<GqlContextType>() === 'graphql'
        ? actorOfContext(GqlExecutionContext.create(context).getContext())
        : undefined;
    if (actor) return `user:${actor.gemeente ?? ''}:${actor.userId}`;
    const request = req as TrackedRequest;
    return `ip:${request.ip ?? request.socket?.remoteAddress ?? 'unknown'}`;
  }

  /** One budget per caller across all operations (the default key is per resolver method). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    if (context.getType<GqlContextType>() !== 'graphql') return super.throwThrottlingException(context, detail);
    throw new GraphQLError(RATE_LIMIT_MESSAGE, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: detail.timeToBlockExpire },
    });
  }
}
