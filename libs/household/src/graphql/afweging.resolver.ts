import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import { HouseholdCommandExecutor, type HouseholdCommandSender } from '../application/household-command-executor';
import { HOUSEHOLD_DECIDERS, type HouseholdCommands } from '../application/household-commands';
import { RecordAfwegingInput } from './afweging.inputs';
import { RecordAfwegingPayload, RecordedPayload } from './recorded.payload';

/** The afwegingsladder of a Jeugd or Werk & Inkomen request, recorded by the domain handling it. */
@Resolver()
export class AfwegingResolver {
  private readonly commands: HouseholdCommandSender<HouseholdCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = executor.commandsOf(HOUSEHOLD_DECIDERS);
  }

  @Mutation(() => RecordAfwegingPayload, {
    description:
      'Record the afweging (ladder) of a request for individual support, by the domain handling it (JEUGD or ' +
      'WERK_EN_INKOMEN; Wmo records it in recordWmoOnderzoek). Maatwerk decisions of that domain cite the latest.',
  })
  async recordAfweging(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordAfwegingInput,
  ): Promise<RecordAfwegingPayload> {
    const { householdId, eigenKracht, gebruikelijkeHulp, mantelzorg, sociaalNetwerk, algemeneVoorziening } = input;
    const command = {
      ...input,
      afwegingId: input.afwegingId ?? randomUUID(),
      rungs: {
        EIGEN_KRACHT: eigenKracht,
        GEBRUIKELIJKE_HULP: gebruikelijkeHulp,
        MANTELZORG: mantelzorg,
        SOCIAAL_NETWERK: sociaalNetwerk,
        ALGEMENE_VOORZIENING: algemeneVoorziening,
      },
    };
    const recorded = await this.commands.send(
      { type: 'maatwerk.RecordAfweging', data: command },
      { householdId, actor },
    );
    return { ...RecordedPayload.from(recorded), afwegingId: command.afwegingId };
  }
}
