import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import { RecordInHousehold } from '../application/record-in-household.command';
import { scoreZrm } from '../maatwerk/zrm/zrm.decide';
import { ScoreZrmInput } from './afweging.inputs';
import { RecordedPayload, ScoreZrmPayload } from './recorded.payload';

/** Outcomes: the regisseur's Zelfredzaamheid-Matrix scores per member over time, linked to plan goals. */
@Resolver()
export class ZrmResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => ScoreZrmPayload, {
    description: 'The regisseur scores the Zelfredzaamheid-Matrix for a member: only the domains that matter.',
  })
  async scoreZrm(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: ScoreZrmInput,
  ): Promise<ScoreZrmPayload> {
    const command = { ...input, zrmId: randomUUID() };
    const result = await this.commandBus.execute(
      new RecordInHousehold({ householdId, actor, decide: (context) => scoreZrm(command, context) }),
    );
    return { ...RecordedPayload.from(result), zrmId: command.zrmId };
  }
}
