import { Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { mergeMap, type Observable } from 'rxjs';
import { TimelineProjector } from './projection/timeline-projector';

export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;
/** At most one warning per this long: while the projector is down every mutation would say the same. */
const WARN_EVERY_MS = 60_000;

/**
 * Read-your-writes: a GraphQL mutation whose result carries a `position` (a decimal string, as RecordedPayload
 * does) returns only once the projector's checkpoint has reached it, or after 5 seconds (the write stands either way).
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ReadYourWrites');
  private lastWarning = 0;
  private unreported = 0;

  constructor(private readonly projector: TimelineProjector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info?.operation?.operation !== 'mutation' || info.parentType.name !== 'Mutation') return next.handle();
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        const position = (result as { position?: unknown } | null)?.position;
        if (typeof position === 'string' && /^[0-9]+$/.test(position)) {
          const shown = await this.projector.waitFor(BigInt(position), READ_YOUR_WRITES_TIMEOUT_MS);
          if (!shown) this.slowReadModel(info.fieldName);
        }
        return result;
      }),
    );
  }

  /** A mutation answered without its read model: the operator learns that the projector is behind or down. */
  private slowReadModel(mutation: string): void {
    this.unreported += 1;
    if (Date.now() - this.lastWarning < WARN_EVERY_MS) return;
    this.logger.warn(
      `${this.unreported} mutation(s) (last: ${mutation}) answered after ${READ_YOUR_WRITES_TIMEOUT_MS / 1000} s ` +
        `without their read model: the projector (role here: ${this.projector.role}) is behind or not running`,
    );
    this.lastWarning = Date.now();
    this.unreported = 0;
  }
}
