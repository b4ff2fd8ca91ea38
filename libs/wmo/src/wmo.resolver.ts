import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import {
  HouseholdCommandExecutor,
  RecordedPayload,
  type HouseholdCommandSender,
  type ReplaceableSupport,
} from '@regie/household';
import { WMO_DECIDERS, type WmoCommands } from './wmo.commands';
import { randomUUID } from 'node:crypto';
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

/** Wmo mutations: the procedure (melding, onderzoek, besluit) and the iWmo life cycle (toewijzing, start, stop). */
@Resolver()
export class WmoResolver {
  private readonly commands: HouseholdCommandSender<WmoCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = executor.commandsOf(WMO_DECIDERS);
  }

  private async record<Type extends keyof WmoCommands & string>(
    actor: Actor,
    householdId: string,
    command: { readonly type: Type; readonly data: WmoCommands[Type] },
    providerAgbCodes: string[] = [],
    alternativesFor?: ReplaceableSupport,
  ): Promise<RecordedPayload> {
    const options = { householdId, actor, providerAgbCodes, alternativesFor };
    return RecordedPayload.from(await this.commands.send(command, options));
  }

  @Mutation(() => RecordWmoMeldingPayload, {
    description: 'Wmo: a melding of a hulpvraag; starts the onderzoek (six weeks).',
  })
  async recordWmoMelding(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...input }: RecordWmoMeldingInput,
  ): Promise<RecordWmoMeldingPayload> {
    const command = { ...input, meldingId: input.meldingId ?? randomUUID() };
    const recorded = await this.record(actor, householdId, { type: 'wmo.RecordMelding', data: command });
    return { ...recorded, meldingId: command.meldingId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the onderzoek of a melding, rung by rung of the ladder.' })
  recordWmoOnderzoek(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWmoOnderzoekInput,
  ) {
    return this.record(actor, householdId, { type: 'wmo.RecordOnderzoek', data: command });
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
      { type: 'wmo.RecordBesluit', data: command },
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
    return this.record(actor, householdId, { type: 'wmo.RecordToewijzing', data: command }, [command.providerAgb]);
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the support of a toewijzing started (as WMO305).' })
  recordWmoZorgStart(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWmoZorgStartInput,
  ) {
    return this.record(actor, householdId, { type: 'wmo.RecordZorgStart', data: command });
  }

  @Mutation(() => RecordedPayload, { description: 'Wmo: the support of a toewijzing stopped (as WMO307).' })
  recordWmoZorgStop(@CurrentActor() actor: Actor, @Args('input') { householdId, ...command }: RecordWmoZorgStopInput) {
    return this.record(actor, householdId, { type: 'wmo.RecordZorgStop', data: command });
  }
}
