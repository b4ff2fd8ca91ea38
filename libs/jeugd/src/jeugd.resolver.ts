import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import {
  HouseholdCommandExecutor,
  RecordedPayload,
  type HouseholdCommandSender,
  type ReplaceableSupport,
} from '@regie/household';
import { JEUGD_DECIDERS, type JeugdCommands } from './jeugd.commands';
import { JEUGD_DOMAIN } from './jeugd.events';
import {
  RecordJeugdContactmomentInput,
  RecordJeugdToewijzingInput,
  RecordJeugdVerzoekOmToewijzingInput,
  RecordJeugdZorgStartInput,
  RecordJeugdZorgStopInput,
} from './jeugd.inputs';

/** Jeugd mutations: the iJw life cycle (VOT, toewijzing, start, stop) and contactmomenten, recorded per household. */
@Resolver()
export class JeugdResolver {
  private readonly commands: HouseholdCommandSender<JeugdCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = executor.commandsOf(JEUGD_DECIDERS);
  }

  private async record<Type extends keyof JeugdCommands & string>(
    actor: Actor,
    householdId: string,
    command: { readonly type: Type; readonly data: JeugdCommands[Type] },
    providerAgbCodes: string[] = [],
    alternativesFor?: ReplaceableSupport,
  ): Promise<RecordedPayload> {
    const options = { householdId, actor, providerAgbCodes, alternativesFor };
    return RecordedPayload.from(await this.commands.send(command, options));
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: an aanbieder asks for a toewijzing (as JW315).' })
  recordJeugdVerzoekOmToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdVerzoekOmToewijzingInput,
  ) {
    return this.record(actor, householdId, { type: 'jeugd.RecordVerzoekOmToewijzing', data: command }, [
      command.providerAgb,
    ]);
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the gemeente assigns care (as JW301).' })
  recordJeugdToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdToewijzingInput,
  ) {
    return this.record(actor, householdId, { type: 'jeugd.RecordToewijzing', data: command }, [command.providerAgb], {
      domain: JEUGD_DOMAIN,
      category: command.productcategorie,
    });
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the care of a toewijzing started (as JW305).' })
  recordJeugdZorgStart(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdZorgStartInput,
  ) {
    return this.record(actor, householdId, { type: 'jeugd.RecordZorgStart', data: command });
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the care of a toewijzing stopped (as JW307).' })
  recordJeugdZorgStop(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdZorgStopInput,
  ) {
    return this.record(actor, householdId, { type: 'jeugd.RecordZorgStop', data: command });
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: a contact with a member; the note stays within Jeugd.' })
  recordJeugdContactmoment(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdContactmomentInput,
  ) {
    return this.record(
      actor,
      householdId,
      { type: 'jeugd.RecordContactmoment', data: command },
      command.providerAgb ? [command.providerAgb] : [],
    );
  }
}
