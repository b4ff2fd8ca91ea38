import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { CommandResult } from '../application/household-command-executor';

@ObjectType({ description: 'What a mutation recorded: its events, the stream revision and the global position.' })
export class RecordedPayload {
  @Field(() => ID, { nullable: true, description: 'The household the events belong to (null for a provider).' })
  householdId!: string | null;

  @Field(() => [ID], { description: 'The recorded events; a timeline entry has the id of its event.' })
  eventIds!: string[];

  @Field({ description: 'Revision of the stream after the append, as a decimal string.' })
  streamRevision!: string;

  @Field({ description: 'Global position of the last event, as a decimal string (for read-your-writes).' })
  position!: string;

  static from(result: CommandResult): RecordedPayload {
    return {
      householdId: result.householdId ?? null,
      eventIds: [...result.eventIds],
      streamRevision: result.streamRevision.toString(),
      position: result.position.toString(),
    };
  }
}

// A mutation that creates something returns the ids it created, under the name the follow-up mutations take
// them by (a melding's `meldingId`, a traject's `trajectId`), whether the client chose them or Regie generated them.

@ObjectType({ description: 'registerHousehold: what was recorded and the ids of the new members.' })
export class RegisterHouseholdPayload extends RecordedPayload {
  @Field(() => [ID], { description: 'The new members’ ids, in the order of input.members.' })
  memberIds!: string[];
}

@ObjectType({ description: 'addHouseholdMember: what was recorded and the new member’s id.' })
export class AddHouseholdMemberPayload extends RecordedPayload {
  @Field(() => ID) memberId!: string;
}

@ObjectType({ description: 'setPlanGoal: what was recorded and the goal’s id (new or revised).' })
export class SetPlanGoalPayload extends RecordedPayload {
  @Field(() => ID) goalId!: string;
}

@ObjectType({ description: 'recordPlanAgreement: what was recorded and the new agreement’s id.' })
export class RecordPlanAgreementPayload extends RecordedPayload {
  @Field(() => ID) agreementId!: string;
}

@ObjectType({ description: 'recordSharingBasis: what was recorded and the basis id (endSharingBasis takes it).' })
export class RecordSharingBasisPayload extends RecordedPayload {
  @Field(() => ID) basisId!: string;
}

@ObjectType({ description: 'recordAfweging: what was recorded and the afweging’s id.' })
export class RecordAfwegingPayload extends RecordedPayload {
  @Field(() => ID) afwegingId!: string;
}

@ObjectType({ description: 'scoreZrm: what was recorded and the id of the scoring.' })
export class ScoreZrmPayload extends RecordedPayload {
  @Field(() => ID) zrmId!: string;
}
