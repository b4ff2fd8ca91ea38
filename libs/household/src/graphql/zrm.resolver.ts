import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import { HouseholdCommandExecutor, type HouseholdCommandSender } from '../application/household-command-executor';
import { HOUSEHOLD_DECIDERS, type HouseholdCommands } from '../application/household-commands';
import { ScoreZrmInput } from './afweging.inputs';
import { RecordedPayload, ScoreZrmPayload } from './recorded.payload';

/** Outcomes: the regisseur's Zelfredzaamheid-Matrix scores per member over time, linked to plan goals. */
@Resolver()
export class ZrmResolver {
  private readonly commands: HouseholdCommandSender<HouseholdCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = executor.commandsOf(HOUSEHOLD_DECIDERS);
  }

  @Mutation(() => ScoreZrmPayload, {
    description: 'The regisseur scores the Zelfredzaamheid-Matrix for a member: only the domains that matter.',
  })
  async scoreZrm(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: ScoreZrmInput,
  ): Promise<ScoreZrmPayload> {
    const command = { ...input, zrmId: randomUUID() };
    const result = await this.commands.send({ type: 'maatwerk.ScoreZrm', data: command }, { householdId, actor });
    return { ...RecordedPayload.from(result), zrmId: command.zrmId };
  }
}
