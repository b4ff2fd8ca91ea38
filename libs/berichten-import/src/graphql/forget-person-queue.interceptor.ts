import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { HouseholdCommandExecutor } from '@regie/household';
import type { GraphQLResolveInfo } from 'graphql';
import { from, mergeMap, type Observable } from 'rxjs';
import { BerichtenImport } from '../berichten-import.service';

/**
 * AVG art. 17 reaches the queue: when the `forgetPerson` mutation succeeds, the messages waiting in the gemeente's
 * queue for that person's BSN are shredded (`BerichtenImport.forgetBsn`). The BSN is read from the household before
 * the mutation runs, while the person's key still exists; nothing of it is returned or logged.
 */
@Injectable()
export class ForgetPersonQueueInterceptor implements NestInterceptor {
  constructor(
    private readonly executor: HouseholdCommandExecutor,
    private readonly berichten: BerichtenImport,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info?.parentType.name !== 'Mutation' || info.fieldName !== 'forgetPerson') return next.handle();
    const input = (gql.getArgs() as { input?: { householdId?: string; memberId?: string } }).input;
    return from(this.person(input?.householdId, input?.memberId)).pipe(
      mergeMap((person) =>
        next.handle().pipe(
          mergeMap(async (result: unknown) => {
            if (person) await this.berichten.forgetBsn(person.gemeente, person.bsn);
            return result;
          }),
        ),
      ),
    );
  }

  private async person(householdId?: string, memberId?: string) {
    if (!householdId || !memberId) return undefined;
    try {
      const { state } = await this.executor.load(householdId);
      const bsn = state.core.members.get(memberId)?.bsn;
      const gemeente = state.core.gemeente;
      return typeof bsn === 'string' && gemeente ? { bsn, gemeente } : undefined;
    } catch {
      return undefined; // no such household: the mutation itself answers that
    }
  }
}
