import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CurrentActor, type Actor } from '@regie/access';
import { randomUUID } from 'node:crypto';
import type { CommandScope, Decider } from '../core/decide-context';
import * as decide from '../core/household.decide';
import { ProviderDirectory } from '../application/provider-directory';
import { RecordInHousehold } from '../application/record-in-household.command';
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
  constructor(
    private readonly commandBus: CommandBus,
    private readonly providers: ProviderDirectory,
  ) {}

  private async record(
    actor: Actor,
    householdId: string,
    decider: Decider,
    options: { scope?: CommandScope; providerAgbCodes?: string[] } = {},
  ): Promise<RecordedPayload> {
    const result = await this.commandBus.execute(
      new RecordInHousehold({ householdId, actor, decide: decider, ...options }),
    );
    return RecordedPayload.from(result);
  }

  @Mutation(() => RegisterHouseholdPayload, { description: 'Register a household with its members.' })
  async registerHousehold(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterHouseholdInput,
  ): Promise<RegisterHouseholdPayload> {
    const householdId = input.householdId ?? randomUUID();
    const members = input.members.map((member) => ({ ...member, memberId: randomUUID() }));
    const recorded = await this.record(
      actor,
      householdId,
      (context) => decide.registerHousehold({ ...input, householdId, members }, context),
      { scope: 'creates-household' },
    );
    return { ...recorded, memberIds: members.map((member) => member.memberId) };
  }

  @Mutation(() => AddHouseholdMemberPayload)
  async addHouseholdMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: AddHouseholdMemberInput,
  ): Promise<AddHouseholdMemberPayload> {
    const memberId = randomUUID();
    const recorded = await this.record(actor, input.householdId, (context) =>
      decide.addMember({ ...input.member, memberId }, context),
    );
    return { ...recorded, memberId };
  }

  @Mutation(() => RecordedPayload)
  removeHouseholdMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveHouseholdMemberInput) {
    return this.record(actor, input.householdId, (context) => decide.removeMember(input, context));
  }

  @Mutation(() => RecordedPayload, {
    description: 'Record the household’s woonadres, or a new one after a move (regisseur or functioneel beheerder).',
  })
  recordHouseholdAddress(@CurrentActor() actor: Actor, @Args('input') input: RecordHouseholdAddressInput) {
    return this.record(actor, input.householdId, (context) => decide.recordAddress(input, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Assign the one regisseur; when there is one, this is a handover.' })
  assignRegisseur(@CurrentActor() actor: Actor, @Args('input') input: AssignRegisseurInput) {
    const regisseur = { userId: input.regisseurUserId, name: input.regisseurName };
    return this.record(actor, input.householdId, (context) =>
      decide.assignRegisseur({ regisseur, reason: input.reason }, context),
    );
  }

  @Mutation(() => RecordedPayload, { description: 'The household no longer has a regisseur.' })
  releaseRegisseur(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.record(actor, input.householdId, (context) => decide.releaseRegisseur(input, context));
  }

  @Mutation(() => RecordedPayload)
  @RequiresRole('functioneel_beheerder')
  async registerProvider(@CurrentActor() actor: Actor, @Args('input') input: RegisterProviderInput) {
    return RecordedPayload.from(await this.providers.register(input, actor));
  }

  @Mutation(() => SetPlanGoalPayload, { description: 'Add a goal to the plan, or revise one (history stays).' })
  async setPlanGoal(@CurrentActor() actor: Actor, @Args('input') input: SetPlanGoalInput): Promise<SetPlanGoalPayload> {
    const goalId = input.goalId ?? randomUUID();
    const recorded = await this.record(actor, input.householdId, (context) =>
      decide.setPlanGoal({ ...input, goalId }, context),
    );
    return { ...recorded, goalId };
  }

  @Mutation(() => RecordedPayload)
  evaluatePlanGoal(@CurrentActor() actor: Actor, @Args('input') input: EvaluatePlanGoalInput) {
    return this.record(actor, input.householdId, (context) => decide.evaluatePlanGoal(input, context));
  }

  @Mutation(() => RecordPlanAgreementPayload, {
    description: 'Who does what: the household, its network, a provider or a team.',
  })
  async recordPlanAgreement(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordPlanAgreementInput,
  ): Promise<RecordPlanAgreementPayload> {
    const agreementId = randomUUID();
    const recorded = await this.record(
      actor,
      input.householdId,
      (context) => decide.recordPlanAgreement({ ...input, agreementId }, context),
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
    const recorded = await this.record(actor, input.householdId, (context) =>
      decide.recordSharingBasis({ ...input, basisId }, context),
    );
    return { ...recorded, basisId };
  }

  @Mutation(() => RecordedPayload)
  endSharingBasis(@CurrentActor() actor: Actor, @Args('input') input: EndSharingBasisInput) {
    return this.record(actor, input.householdId, (context) => decide.endSharingBasis(input, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Close the household: nothing can be posted until it is reopened.' })
  closeHousehold(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.record(actor, input.householdId, () => decide.closeHousehold(input));
  }

  @Mutation(() => RecordedPayload)
  reopenHousehold(@CurrentActor() actor: Actor, @Args('input') input: HouseholdReasonInput) {
    return this.record(actor, input.householdId, (context) => decide.reopenHousehold(input, context), {
      scope: 'reopens-household',
    });
  }

  @Mutation(() => RecordedPayload, {
    description: 'Correct an earlier domain entry (StatusAanlevering 2): a new entry.',
  })
  correctEntry(@CurrentActor() actor: Actor, @Args('input') input: CorrectEntryInput) {
    const command = { entryId: input.entryId, reason: input.reason, changes: changesOf(input.changes) };
    return this.record(actor, input.householdId, (context) => decide.correctEntry(command, context));
  }

  @Mutation(() => RecordedPayload, { description: 'Withdraw an earlier domain entry (StatusAanlevering 3).' })
  withdrawEntry(@CurrentActor() actor: Actor, @Args('input') input: WithdrawEntryInput) {
    return this.record(actor, input.householdId, (context) => decide.withdrawEntry(input, context));
  }
}
