import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { contactmomentRecording, HouseholdCommandExecutor, HouseholdRecorder, RecordedPayload } from '@regie/household';
import { randomUUID } from 'node:crypto';
import { WONEN_DECIDERS, type WonenCommands } from './wonen.commands';
import {
  RecordBetalingsregelingInput,
  RecordHuurachterstandInput,
  RecordHuurachterstandOpvolgingInput,
  RecordLaatsteKansAfspraakInput,
  RecordOntruimingUitkomstInput,
  RecordOntruimingsdreigingInput,
  RecordUrgentieInput,
  RecordWonenContactmomentInput,
  RecordWoonbegeleidingInput,
} from './wonen.inputs';
import {
  RecordBetalingsregelingPayload,
  RecordHuurachterstandPayload,
  RecordLaatsteKansAfspraakPayload,
  RecordOntruimingsdreigingPayload,
  RecordUrgentiePayload,
  RecordWoonbegeleidingPayload,
} from './wonen.payloads';

/**
 * Wonen mutations, recorded per household through the one write path. Ids of new records are generated here (or
 * chosen by the client) and passed into the pure deciders; the payload returns the id a later step takes.
 */
@Resolver()
export class WonenResolver {
  private readonly commands: HouseholdRecorder<WonenCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = new HouseholdRecorder(executor, WONEN_DECIDERS);
  }

  @Mutation(() => RecordHuurachterstandPayload, {
    description: 'Wonen: the verhuurder signalled rent arrears (Wgs vroegsignalering: amount and months).',
  })
  async recordHuurachterstand(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordHuurachterstandInput,
  ): Promise<RecordHuurachterstandPayload> {
    const signaalId = command.signaalId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'wonen.RecordHuurachterstand',
      data: { ...command, signaalId },
    });
    return { ...recorded, signaalId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wonen: a follow-up step of a huurachterstand signal.' })
  recordHuurachterstandOpvolging(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordHuurachterstandOpvolgingInput,
  ) {
    return this.commands.record(actor, householdId, { type: 'wonen.RecordHuurachterstandOpvolging', data: command });
  }

  @Mutation(() => RecordOntruimingsdreigingPayload, {
    description: 'Wonen: a step of a threatened eviction (dagvaarding, vonnis, aanzegging with ontruimingsdatum).',
  })
  async recordOntruimingsdreiging(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordOntruimingsdreigingInput,
  ): Promise<RecordOntruimingsdreigingPayload> {
    const newOntruimingId = command.newOntruimingId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'wonen.RecordOntruimingsdreiging',
      data: { ...command, newOntruimingId },
    });
    return { ...recorded, ontruimingId: command.ontruimingId ?? newOntruimingId };
  }

  @Mutation(() => RecordedPayload, {
    description: 'Wonen: the outcome of a threatened eviction (voorkomen, uitgesteld, uitgevoerd).',
  })
  recordOntruimingUitkomst(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordOntruimingUitkomstInput,
  ) {
    return this.commands.record(actor, householdId, { type: 'wonen.RecordOntruimingUitkomst', data: command });
  }

  @Mutation(() => RecordUrgentiePayload, {
    description: 'Wonen: an urgentie request or the besluit on it (Huisvestingswet 2014, huisvestingsverordening).',
  })
  async recordUrgentie(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordUrgentieInput,
  ): Promise<RecordUrgentiePayload> {
    const newUrgentieId = command.newUrgentieId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'wonen.RecordUrgentie',
      data: { ...command, newUrgentieId },
    });
    return { ...recorded, urgentieId: command.urgentieId ?? newUrgentieId };
  }

  @Mutation(() => RecordBetalingsregelingPayload, {
    description: 'Wonen: a betalingsregeling (huurregeling) with the verhuurder, or its end.',
  })
  async recordBetalingsregeling(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordBetalingsregelingInput,
  ): Promise<RecordBetalingsregelingPayload> {
    const newRegelingId = command.newRegelingId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'wonen.RecordBetalingsregeling',
      data: { ...command, newRegelingId },
    });
    return { ...recorded, regelingId: command.regelingId ?? newRegelingId };
  }

  @Mutation(() => RecordWoonbegeleidingPayload, {
    description: 'Wonen: start or end of woonbegeleiding, beschermd wonen or uitstroom with a provider.',
  })
  async recordWoonbegeleiding(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordWoonbegeleidingInput,
  ): Promise<RecordWoonbegeleidingPayload> {
    const newTrajectId = command.newTrajectId ?? randomUUID();
    const recorded = await this.commands.record(
      actor,
      householdId,
      { type: 'wonen.RecordWoonbegeleiding', data: { ...command, newTrajectId } },
      { providerAgbCodes: [command.providerAgb] },
    );
    return { ...recorded, trajectId: command.trajectId ?? newTrajectId };
  }

  @Mutation(() => RecordLaatsteKansAfspraakPayload, {
    description:
      'Wonen: an eviction-prevention agreement (Laatste kans / Tweede kans) with its conditions, or its end.',
  })
  async recordLaatsteKansAfspraak(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordLaatsteKansAfspraakInput,
  ): Promise<RecordLaatsteKansAfspraakPayload> {
    const newAfspraakId = command.newAfspraakId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'wonen.RecordLaatsteKansAfspraak',
      data: { ...command, newAfspraakId },
    });
    return { ...recorded, afspraakId: command.afspraakId ?? newAfspraakId };
  }

  @Mutation(() => RecordedPayload, { description: 'Wonen: a contact with a member; the note stays within Wonen.' })
  recordWonenContactmoment(@CurrentActor() actor: Actor, @Args('input') input: RecordWonenContactmomentInput) {
    const { householdId, command, options } = contactmomentRecording('wonen.RecordContactmoment', input);
    return this.commands.record(actor, householdId, command, options);
  }
}
