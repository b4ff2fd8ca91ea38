import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { mergeMap, type Observable } from 'rxjs';
import { TimelineProjector } from './projection/timeline-projector';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/**
 * Read-your-writes: a GraphQL mutation whose result carries a `position` (a decimal string, as RecordedPayload
 * does) returns only once the projector's checkpoint has reached it, or after 5 seconds (the write stands either way).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly projector: TimelineProjector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info?.operation?.operation !== 'mutation' || info.parentType.name !== 'Mutation') return next.handle();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        const position = (result as { position?: unknown } | null)?.position;
        if (typeof position === 'string' && /^[0-9]+$/.test(position)) {
          await this.projector.waitFor(BigInt(position), READ_YOUR_WRITES_TIMEOUT_MS);
        }
        return result;
      }),
    );
  }
}
