import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { RecordedPayload } from '@regie/household';
import { RecordingResolver } from '@regie/toewijzing';
import * as decide from './jeugd.decide';
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
export class JeugdResolver extends RecordingResolver {
  @Mutation(() => RecordedPayload, { description: 'Jeugd: an aanbieder asks for a toewijzing (as JW315).' })
  recordJeugdVerzoekOmToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdVerzoekOmToewijzingInput,
  ) {
    return this.record(actor, householdId, (context) => decide.recordJeugdVerzoekOmToewijzing(command, context), [
      command.providerAgb,
    ]);
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the gemeente assigns care (as JW301).' })
  recordJeugdToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdToewijzingInput,
  ) {
    return this.record(
      actor,
      householdId,
      (context) => decide.recordJeugdToewijzing(command, context),
      [command.providerAgb],
      { domain: JEUGD_DOMAIN, category: command.productcategorie },
    );
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the care of a toewijzing started (as JW305).' })
  recordJeugdZorgStart(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdZorgStartInput,
  ) {
    return this.record(actor, householdId, (context) => decide.recordJeugdZorgStart(command, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: the care of a toewijzing stopped (as JW307).' })
  recordJeugdZorgStop(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdZorgStopInput,
  ) {
    return this.record(actor, householdId, (context) => decide.recordJeugdZorgStop(command, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: a contact with a member; the note stays within Jeugd.' })
  recordJeugdContactmoment(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordJeugdContactmomentInput,
  ) {
    return this.record(
      actor,
      householdId,
      (context) => decide.recordJeugdContactmoment(command, context),
      command.providerAgb ? [command.providerAgb] : [],
    );
  }
}
