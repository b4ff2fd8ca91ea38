import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '@regie/access';
import { RecordInHousehold, RecordedPayload, type Decider, type ReplaceableSupport } from '@regie/household';

/** The base of a domain's resolver: runs a decider against one household through the command bus. */
@Injectable()
export abstract class RecordingResolver {
  constructor(protected readonly commandBus: CommandBus) {}

  protected async record(
    actor: Actor,
    householdId: string,
    decider: Decider,
    providerAgbCodes: string[] = [],
    alternativesFor?: ReplaceableSupport,
  ): Promise<RecordedPayload> {
    const result = await this.commandBus.execute(
      new RecordInHousehold({ householdId, actor, decide: decider, providerAgbCodes, alternativesFor }),
    );
    return RecordedPayload.from(result);
  }
}
