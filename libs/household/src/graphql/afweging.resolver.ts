import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import type { Decider } from '../core/decide-context';
import { RecordInHousehold } from '../application/record-in-household.command';
import { recordAfweging } from '../maatwerk/afweging/afweging.decide';
import { RecordAfwegingInput } from './afweging.inputs';
import { RecordAfwegingPayload, RecordedPayload } from './recorded.payload';

/** The afwegingsladder of a Jeugd or Werk & Inkomen request, recorded by the domain handling it. */
@Resolver()
export class AfwegingResolver {
  constructor(private readonly commandBus: CommandBus) {}

  private async record(actor: Actor, householdId: string, decide: Decider): Promise<RecordedPayload> {
    return RecordedPayload.from(await this.commandBus.execute(new RecordInHousehold({ householdId, actor, decide })));
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
    const recorded = await this.record(actor, householdId, (context) => recordAfweging(command, context));
    return { ...recorded, afwegingId: command.afwegingId };
  }
}
