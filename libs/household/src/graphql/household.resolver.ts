import { Inject, Optional } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import { MEMBERS_ELSEWHERE, refuseBsnOfAnotherPerson, type MembersElsewhere } from '../application/members-elsewhere';
import { ProviderDirectory } from '../application/provider-directory';
import { HouseholdCommandExecutor } from '../application/household-command-executor';
import { HouseholdRecorder } from './household-recorder';
import { HOUSEHOLD_DECIDERS, type HouseholdCommands } from '../application/household-commands';
import {
  AddHouseholdMemberInput,
  AssignRegisseurInput,
  CorrectEntryInput,
  EndSharingBasisInput,
  EvaluatePlanGoalInput,
  HouseholdReasonInput,
  RecordHouseholdAddressInput,
  RecordPlanAgreementInput,
  RecordSharingBasisInput,
  RegisterHouseholdInput,
  RegisterProviderInput,
  RemoveHouseholdMemberInput,
  SetPlanGoalInput,
  WithdrawEntryInput,
} from './household.inputs';
import { changesOf } from './correction.inputs';
import { RequiresRole } from './requires-role';
import {
  AddHouseholdMemberPayload,
  RecordedPayload,
  RecordPlanAgreementPayload,
  RecordSharingBasisPayload,
  RegisterHouseholdPayload,
  SetPlanGoalPayload,
} from './recorded.payload';

/** Mutations of the household itself: members, regisseur, plan, legal bases, life cycle, corrections. */
@Resolver()
export class HouseholdResolver {
  private readonly commands: HouseholdRecorder<HouseholdCommands>;

  constructor(
    executor: HouseholdCommandExecutor,
    private readonly providers: ProviderDirectory,
    @Optional() @Inject(MEMBERS_ELSEWHERE) private readonly elsewhere?: MembersElsewhere,
  ) {
    this.commands = new HouseholdRecorder(executor, HOUSEHOLD_DECIDERS);
  }

  @Mutation(() => RegisterHouseholdPayload, { description: 'Register a household with its members.' })
  async registerHousehold(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterHouseholdInput,
  ): Promise<RegisterHouseholdPayload> {
    const householdId = input.householdId ?? randomUUID();
    const members = input.members.map((member) => ({ ...member, memberId: randomUUID() }));
    const recorded = await this.commands.record(
      actor,
      householdId,
      { type: 'household.Register', data: { ...input, householdId, members } },
      {
        scope: 'creates-household',
        beforeAppend: () =>
          refuseBsnOfAnotherPerson(
            this.elsewhere,
            input.gemeente,
            householdId,
            input.members.map((member, index) => ({ ...member, field: `members.${index}.bsn` })),
          ),
      },
    );
    return { ...recorded, memberIds: members.map((member) => member.memberId) };
  }

  @Mutation(() => AddHouseholdMemberPayload)
  async addHouseholdMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddHouseholdMemberInput,
  ): Promise<AddHouseholdMemberPayload> {
    const memberId = randomUUID();
    const { member } = input;
    const recorded = await this.commands.record(
      actor,
      input.householdId,
      { type: 'household.AddMember', data: { ...member, memberId } },
      {
        beforeAppend: () =>
          refuseBsnOfAnotherPerson(this.elsewhere, actor.gemeente, input.householdId, [
            { bsn: member.bsn, birthDate: member.birthDate, field: 'member.bsn' },
          ]),
      },
    );
    return { ...recorded, memberId };
  }

  @Mutation(() => RecordedPayload)
  removeHouseholdMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveHouseholdMemberInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.RemoveMember', data: input });
  }

  @Mutation(() => RecordedPayload, {
    description: 'Record the household’s woonadres, or a new one after a move (regisseur or functioneel beheerder).',
  })
  recordHouseholdAddress(@CurrentActor() actor: Actor, @Args('input') input: RecordHouseholdAddressInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.RecordAddress', data: input });
  }

  @Mutation(() => RecordedPayload, { description: 'Assign the one regisseur; when there is one, this is a handover.' })
  assignRegisseur(@CurrentActor() actor: Actor, @Args('input') input: AssignRegisseurInput) {
    const regisseur = { userId: input.regisseurUserId, name: input.regisseurName };
    return this.commands.record(actor, input.householdId, {
      type: 'household.AssignRegisseur',
      data: {
        regisseur,
        reason: input.reason,
        ...(input.expectedRegisseurUserId == null ? {} : { expectedRegisseurUserId: input.expectedRegisseurUserId }),
      },
    });
  }

  @Mutation(() => RecordedPayload, { description: 'The household no longer has a regisseur.' })
  releaseRegisseur(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.ReleaseRegisseur', data: input });
  }

  @Mutation(() => RecordedPayload)
  @RequiresRole('functioneel_beheerder')
  async registerProvider(@CurrentActor() actor: Actor, @Args('input') input: RegisterProviderInput) {
    return RecordedPayload.from(await this.providers.register(input, actor));
  }

  @Mutation(() => SetPlanGoalPayload, { description: 'Add a goal to the plan, or revise one (history stays).' })
  async setPlanGoal(@CurrentActor() actor: Actor, @Args('input') input: SetPlanGoalInput): Promise<SetPlanGoalPayload> {
    const goalId = input.goalId ?? randomUUID();
    const recorded = await this.commands.record(actor, input.householdId, {
      type: 'household.SetPlanGoal',
      data: { ...input, goalId },
    });
    return { ...recorded, goalId };
  }

  @Mutation(() => RecordedPayload)
  evaluatePlanGoal(@CurrentActor() actor: Actor, @Args('input') input: EvaluatePlanGoalInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.EvaluatePlanGoal', data: input });
  }

  @Mutation(() => RecordPlanAgreementPayload, {
    description: 'Who does what: the household, its network, a provider or a team.',
  })
  async recordPlanAgreement(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordPlanAgreementInput,
  ): Promise<RecordPlanAgreementPayload> {
    const agreementId = randomUUID();
    const recorded = await this.commands.record(
      actor,
      input.householdId,
      { type: 'household.RecordPlanAgreement', data: { ...input, agreementId } },
      {
        providerAgbCodes: input.providerAgb ? [input.providerAgb] : [],
      },
    );
    return { ...recorded, agreementId };
  }

  @Mutation(() => RecordSharingBasisPayload, { description: 'Record the legal basis for sharing one domain’s data.' })
  async recordSharingBasis(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordSharingBasisInput,
  ): Promise<RecordSharingBasisPayload> {
    const basisId = randomUUID();
    const recorded = await this.commands.record(actor, input.householdId, {
      type: 'household.RecordSharingBasis',
      data: { ...input, basisId },
    });
    return { ...recorded, basisId };
  }

  @Mutation(() => RecordedPayload)
  endSharingBasis(@CurrentActor() actor: Actor, @Args('input') input: EndSharingBasisInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.EndSharingBasis', data: input });
  }

  @Mutation(() => RecordedPayload, { description: 'Close the household: nothing can be posted until it is reopened.' })
  closeHousehold(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.Close', data: input });
  }

  @Mutation(() => RecordedPayload)
  reopenHousehold(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.commands.record(
      actor,
      input.householdId,
      { type: 'household.Reopen', data: input },
      {
        scope: 'reopens-household',
      },
    );
  }

  @Mutation(() => RecordedPayload, {
    description: 'Correct an earlier domain entry (StatusAanlevering 2): a new entry.',
  })
  correctEntry(@CurrentActor() actor: Actor, @Args('input') input: CorrectEntryInput) {
    const command = { entryId: input.entryId, reason: input.reason, changes: changesOf(input.changes) };
    return this.commands.record(actor, input.householdId, { type: 'household.CorrectEntry', data: command });
  }

  @Mutation(() => RecordedPayload, { description: 'Withdraw an earlier domain entry (StatusAanlevering 3).' })
  withdrawEntry(@CurrentActor() actor: Actor, @Args('input') input: WithdrawEntryInput) {
    return this.commands.record(actor, input.householdId, { type: 'household.WithdrawEntry', data: input });
  }
}
