import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { RecordedPayload } from '@regie/household';
import { RecordingResolver } from '@regie/toewijzing';
import { randomUUID } from 'node:crypto';
import { recordWmoBesluit, recordWmoMelding, recordWmoOnderzoek } from './wmo.decide';
import { WMO_DOMAIN } from './wmo.events';
import {
  RecordWmoBesluitInput,
  RecordWmoMeldingInput,
  RecordWmoOnderzoekInput,
  RecordWmoToewijzingInput,
  RecordWmoZorgStartInput,
  RecordWmoZorgStopInput,
} from './wmo.inputs';
import { RecordWmoBesluitPayload, RecordWmoMeldingPayload } from './wmo.payloads';
import { recordWmoToewijzing, recordWmoZorgStart, recordWmoZorgStop } from './wmo.zorg.decide';

/** Wmo mutations: the procedure (melding, onderzoek, besluit) and the iWmo life cycle (toewijzing, start, stop). */
@Resolver()
export class WmoResolver extends RecordingResolver {
  @Mutation(() => RecordWmoMeldingPayload, {
    description: 'Wmo: a melding of a hulpvraag; starts the onderzoek (six weeks).',
  })
  async recordWmoMelding(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: RecordWmoMeldingInput,
  ): Promise<RecordWmoMeldingPayload> {
    const command = { ...input, meldingId: input.meldingId ?? randomUUID() };
    const recorded = await this.record(actor, householdId, (context) => recordWmoMelding(command, context));
    return { ...recorded, meldingId: command.meldingId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the onderzoek of a melding, rung by rung of the ladder.' })
  recordWmoOnderzoek(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWmoOnderzoekInput,
  ) {
    return this.record(actor, householdId, (context) => recordWmoOnderzoek(command, context));
  }

  @Mutation(() => RecordWmoBesluitPayload, { description: 'Wmo: the besluit (beschikking) after the onderzoek.' })
  async recordWmoBesluit(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: RecordWmoBesluitInput,
  ): Promise<RecordWmoBesluitPayload> {
    const command = { ...input, besluitId: input.besluitId ?? randomUUID() };
    // Only a toekenning is a maatwerk decision that weighs the catalogue's alternatives.
    const alternativesFor =
      command.uitkomst === 'TOEGEKEND' && command.productcategorie
        ? { domain: WMO_DOMAIN, category: command.productcategorie }
        : undefined;
    const recorded = await this.record(
      actor,
      householdId,
      (context) => recordWmoBesluit(command, context),
      [],
      alternativesFor,
    );
    return { ...recorded, besluitId: command.besluitId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the gemeente assigns support (as WMO301).' })
  recordWmoToewijzing(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWmoToewijzingInput,
  ) {
    return this.record(actor, householdId, (context) => recordWmoToewijzing(command, context), [command.providerAgb]);
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the support of a toewijzing started (as WMO305).' })
  recordWmoZorgStart(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWmoZorgStartInput,
  ) {
    return this.record(actor, householdId, (context) => recordWmoZorgStart(command, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the support of a toewijzing stopped (as WMO307).' })
  recordWmoZorgStop(@CurrentActor() actor: Actor, @Args('input') { householdId, ...command }: RecordWmoZorgStopInput) {
    return this.record(actor, householdId, (context) => recordWmoZorgStop(command, context));
  }
}
