import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import {
  contactmomentRecording,
  HouseholdCommandExecutor,
  HouseholdRecorder,
  RecordedPayload,
  type ReplaceableSupport,
} from '@regie/household';
import { WERK_INKOMEN_DECIDERS, type WerkInkomenCommands } from './werk-inkomen.commands';
import { randomUUID } from 'node:crypto';
import { WERK_EN_INKOMEN_DOMAIN } from './werk-inkomen.events';
import { TRAJECT_CATEGORIE } from './werk-inkomen.maatwerk';
import {
  RecordBijstandBesluitPayload,
  RecordSchuldsignaalPayload,
  RecordTrajectPayload,
} from './werk-inkomen.payloads';
import {
  RecordBijstandBesluitInput,
  RecordReintegratieTrajectInput,
  RecordSchuldhulpTrajectInput,
  RecordWerkInkomenContactmomentInput,
  RecordSchuldsignaalInput,
  RecordSchuldsignaalOpvolgingInput,
} from './werk-inkomen.inputs';

/** A trajectory start is a maatwerk decision: the catalogue's alternatives for its category are looked up. */
const startOf = (action: string, category: string): ReplaceableSupport | undefined =>
  action === 'GESTART' ? { domain: WERK_EN_INKOMEN_DOMAIN, category } : undefined;

/**
 * Werk & Inkomen mutations (Participatiewet, Wgs), recorded per household. Ids of new records (bijstandId,
 * signaalId, trajectId) are generated here and passed into the pure deciders.
 */
@Resolver()
export class WerkInkomenResolver {
  private readonly commands: HouseholdRecorder<WerkInkomenCommands>;

  constructor(executor: HouseholdCommandExecutor) {
    this.commands = new HouseholdRecorder(executor, WERK_INKOMEN_DECIDERS);
  }

  @Mutation(() => RecordBijstandBesluitPayload, {
    description: 'Werk & Inkomen: a bijstand aanvraag, the besluit on it (toegekend/afgewezen) or its beëindiging.',
  })
  async recordBijstandBesluit(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordBijstandBesluitInput,
  ): Promise<RecordBijstandBesluitPayload> {
    const newBijstandId = command.newBijstandId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'werk-inkomen.RecordBijstandBesluit',
      data: { ...command, newBijstandId },
    });
    // The decider refuses a step without a bijstandId and a new aanvraag with one: exactly one of them applies.
    return { ...recorded, bijstandId: command.bijstandId ?? newBijstandId };
  }

  @Mutation(() => RecordSchuldsignaalPayload, {
    description: 'Werk & Inkomen: a Wgs vroegsignaal (payment arrears) received.',
  })
  async recordSchuldsignaal(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordSchuldsignaalInput,
  ): Promise<RecordSchuldsignaalPayload> {
    const signaalId = command.signaalId ?? randomUUID();
    const recorded = await this.commands.record(actor, householdId, {
      type: 'werk-inkomen.RecordSchuldsignaal',
      data: { ...command, signaalId },
    });
    return { ...recorded, signaalId };
  }

  @Mutation(() => RecordedPayload, { description: 'Werk & Inkomen: a follow-up step of a vroegsignaal.' })
  recordSchuldsignaalOpvolging(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordSchuldsignaalOpvolgingInput,
  ) {
    return this.commands.record(actor, householdId, {
      type: 'werk-inkomen.RecordSchuldsignaalOpvolging',
      data: command,
    });
  }

  @Mutation(() => RecordTrajectPayload, {
    description: 'Werk & Inkomen: start, phase change or end of a schuldhulp traject (Wgs).',
  })
  async recordSchuldhulpTraject(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordSchuldhulpTrajectInput,
  ): Promise<RecordTrajectPayload> {
    const newTrajectId = command.newTrajectId ?? randomUUID();
    const recorded = await this.commands.record(
      actor,
      householdId,
      { type: 'werk-inkomen.RecordSchuldhulpTraject', data: { ...command, newTrajectId } },
      {
        providerAgbCodes: [command.providerAgb],
        alternativesFor: startOf(command.action, TRAJECT_CATEGORIE.schuldhulp),
      },
    );
    return { ...recorded, trajectId: command.trajectId ?? newTrajectId };
  }

  @Mutation(() => RecordTrajectPayload, { description: 'Werk & Inkomen: start or end of a re-integratie traject.' })
  async recordReintegratieTraject(
    @CurrentActor() actor: Actor,
    @Args('input') { householdId, ...command }: RecordReintegratieTrajectInput,
  ): Promise<RecordTrajectPayload> {
    const newTrajectId = command.newTrajectId ?? randomUUID();
    const recorded = await this.commands.record(
      actor,
      householdId,
      { type: 'werk-inkomen.RecordReintegratieTraject', data: { ...command, newTrajectId } },
      {
        providerAgbCodes: [command.providerAgb],
        alternativesFor: startOf(command.action, TRAJECT_CATEGORIE.reintegratie),
      },
    );
    return { ...recorded, trajectId: command.trajectId ?? newTrajectId };
  }

  @Mutation(() => RecordedPayload, {
    description: 'Werk & Inkomen: a contact with a member; the note stays within Werk & Inkomen.',
  })
  recordWerkInkomenContactmoment(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordWerkInkomenContactmomentInput,
  ) {
    const { householdId, command, options } = contactmomentRecording('werk-inkomen.RecordContactmoment', input);
    return this.commands.record(actor, householdId, command, options);
  }
}
