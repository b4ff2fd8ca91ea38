import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { contactmomentRecording, RecordedPayload } from '@regie/household';
import { lifecycleResolverBase } from '@regie/toewijzing';
import { randomUUID } from 'node:crypto';
import { WMO_DECIDERS } from './wmo.commands';
import { WMO_DOMAIN } from './wmo.events';
import * as inputs from './wmo.inputs';
import { RecordWmoBesluitPayload, RecordWmoMeldingPayload } from './wmo.payloads';
import { WMO_TOEWIJZING } from './wmo.profile';

const WmoLifecycleResolver = lifecycleResolverBase(WMO_TOEWIJZING, WMO_DECIDERS, {
  toewijzing: { input: inputs.RecordWmoToewijzingInput, command: (data) => ({ type: 'wmo.RecordToewijzing', data }) },
  zorgStart: { input: inputs.RecordWmoZorgStartInput, command: (data) => ({ type: 'wmo.RecordZorgStart', data }) },
  zorgStop: { input: inputs.RecordWmoZorgStopInput, command: (data) => ({ type: 'wmo.RecordZorgStop', data }) },
  // In Wmo the besluit is the maatwerk decision; the toewijzing carries it out.
  toewijzingWeighsAlternatives: false,
});

/**
 * Wmo mutations: the procedure (melding, onderzoek, besluit), the iWmo life cycle (toewijzing, start, stop) and
 * contactmomenten.
 */
@Resolver()
export class WmoResolver extends WmoLifecycleResolver {
  @Mutation(() => RecordWmoMeldingPayload, {
    description: 'Wmo: a melding of a hulpvraag; starts the onderzoek (six weeks).',
  })
  async recordWmoMelding(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: inputs.RecordWmoMeldingInput,
  ): Promise<RecordWmoMeldingPayload> {
    const data = { ...input, meldingId: input.meldingId ?? randomUUID() };
    const recorded = await this.commands.record(actor, householdId, { type: 'wmo.RecordMelding', data });
    return { ...recorded, meldingId: data.meldingId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the onderzoek of a melding, rung by rung of the ladder.' })
  recordWmoOnderzoek(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...data }: inputs.RecordWmoOnderzoekInput,
  ) {
    return this.commands.record(actor, householdId, { type: 'wmo.RecordOnderzoek', data });
  }

  @Mutation(() => RecordWmoBesluitPayload, { description: 'Wmo: the besluit (beschikking) after the onderzoek.' })
  async recordWmoBesluit(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: inputs.RecordWmoBesluitInput,
  ): Promise<RecordWmoBesluitPayload> {
    const data = { ...input, besluitId: input.besluitId ?? randomUUID() };
    // Only a toekenning is a maatwerk decision that weighs the catalogue's alternatives.
    const alternativesFor =
      data.uitkomst === 'TOEGEKEND' && data.productcategorie
        ? { domain: WMO_DOMAIN, category: data.productcategorie }
        : undefined;
    const recorded = await this.commands.record(
      actor,
      householdId,
      { type: 'wmo.RecordBesluit', data },
      { alternativesFor },
    );
    return { ...recorded, besluitId: data.besluitId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: a contact with a member; the note stays within Wmo.' })
  recordWmoContactmoment(@CurrentActor() actor: Actor, @Args('input') input: inputs.RecordWmoContactmomentInput) {
    const { householdId, command, options } = contactmomentRecording('wmo.RecordContactmoment', input);
    return this.commands.record(actor, householdId, command, options);
  }
}
