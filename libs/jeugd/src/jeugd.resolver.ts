import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { contactmomentRecording, RecordedPayload } from '@regie/household';
import { lifecycleResolverBase } from '@regie/toewijzing';
import { JEUGD_DECIDERS } from './jeugd.commands';
import * as inputs from './jeugd.inputs';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

const JeugdLifecycleResolver = lifecycleResolverBase(JEUGD_TOEWIJZING, JEUGD_DECIDERS, {
  toewijzing: {
    input: inputs.RecordJeugdToewijzingInput,
    command: (data) => ({ type: 'jeugd.RecordToewijzing', data }),
  },
  zorgStart: { input: inputs.RecordJeugdZorgStartInput, command: (data) => ({ type: 'jeugd.RecordZorgStart', data }) },
  zorgStop: { input: inputs.RecordJeugdZorgStopInput, command: (data) => ({ type: 'jeugd.RecordZorgStop', data }) },
  toewijzingWeighsAlternatives: true,
});

/** Jeugd mutations: the iJw life cycle (VOT, toewijzing, start, stop) and contactmomenten, recorded per household. */
@Resolver()
export class JeugdResolver extends JeugdLifecycleResolver {
  @Mutation(() => RecordedPayload, { description: 'Jeugd: an aanbieder asks for a toewijzing (as JW315).' })
  recordJeugdVerzoekOmToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...data }: inputs.RecordJeugdVerzoekOmToewijzingInput,
  ) {
    const command = { type: 'jeugd.RecordVerzoekOmToewijzing', data } as const;
    return this.commands.record(actor, householdId, command, { providerAgbCodes: [data.providerAgb] });
  }

  @Mutation(() => RecordedPayload, { description: 'Jeugd: a contact with a member; the note stays within Jeugd.' })
  recordJeugdContactmoment(@CurrentActor() actor: Actor, @Args('input') input: inputs.RecordJeugdContactmomentInput) {
    const { householdId, command, options } = contactmomentRecording('jeugd.RecordContactmoment', input);
    return this.commands.record(actor, householdId, command, options);
  }
}
