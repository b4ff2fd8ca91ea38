import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROCESSING_OPERATIONS, type ProcessingOperation, type ProcessingOutcome } from '../types';

export const ProcessingOperationEnum = Object.fromEntries(PROCESSING_OPERATIONS.map((op) => [op, op])) as {
  [K in ProcessingOperation]: K;
};
export const ProcessingOutcomeEnum = { ALLOWED: 'ALLOWED', DENIED: 'DENIED' } as const;

registerEnumType(ProcessingOperationEnum, {
  name: 'ProcessingOperation',
  description: 'What was done with the data: READ, WRITE, EXPORT, ERASE, or DENIED (a refused attempt).',
});
registerEnumType(ProcessingOutcomeEnum, { name: 'ProcessingOutcome' });

@ObjectType('ProcessingLogEntry', {
  description:
    'One line of the verwerkingenlog (NEN 7513): who did what with whose data, when, on which basis. Ids only: no names of members, no BSN, no care content.',
})
export class ProcessingLogEntryView {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'Server time of the line.' })
  loggedAt!: Date;
  @Field(() => ID)
  userId!: string;
  @Field(() => String, { nullable: true, description: "The user's own name." })
  userName!: string | null;
  @Field()
  role!: string;
  @Field({ description: 'CBS code of the gemeente on whose behalf the user acted.' })
  gemeente!: string;
  @Field(() => String, { nullable: true, description: 'The actor on whose behalf the user acted, if delegated.' })
  onBehalfOf!: string | null;
  @Field(() => ID, { nullable: true })
  householdId!: string | null;
  @Field(() => [ID], { description: 'Ids of the household members concerned.' })
  personIds!: string[];
  @Field(() => ProcessingOperationEnum)
  operation!: ProcessingOperation;
  @Field({ description: 'What was done, e.g. household.timeline or jeugd.recordToewijzing.' })
  action!: string;
  @Field(() => [String], { description: 'Field names or data categories read or written.' })
  fields!: string[];
  @Field({ description: 'Why access was allowed (or refused): role and legal basis.' })
  basis!: string;
  @Field({ description: 'Noodprocedure (break the glass).' })
  emergency!: boolean;
  @Field(() => String, { nullable: true })
  emergencyReason!: string | null;
  @Field(() => String, { nullable: true, description: 'W3C trace id of the request (the correlation id).' })
  correlationId!: string | null;
  @Field(() => ProcessingOutcomeEnum)
  outcome!: ProcessingOutcome;
  @Field(() => String, { nullable: true, description: 'W3C span id of the action (Logboek Dataverwerkingen).' })
  spanId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The verwerkingsactiviteit (register version) of the action: urn:regie:verwerkingsactiviteit:<id>:<v>.',
  })
  processingActivity!: string | null;
}

@ObjectType()
export class ProcessingLogEdge {
  @Field()
  cursor!: string;
  @Field(() => ProcessingLogEntryView)
  node!: ProcessingLogEntryView;
}

@ObjectType({ description: 'Relay page info of a verwerkingenlog page.' })
export class ProcessingLogPageInfo {
  @Field()
  hasNextPage!: boolean;
  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class ProcessingLogConnection {
  @Field(() => [ProcessingLogEdge])
  edges!: ProcessingLogEdge[];
  @Field(() => ProcessingLogPageInfo)
  pageInfo!: ProcessingLogPageInfo;
}

@InputType({ description: "Search of the verwerkingenlog; always within the caller's own gemeente." })
export class ProcessingLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  householdId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lines concerning this household member.' })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  personId?: string | null;

  @Field(() => ProcessingOperationEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROCESSING_OPERATIONS)
  operation?: ProcessingOperation | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive start (loggedAt).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive end (loggedAt).' })
  @IsOptional()
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Only noodprocedure lines.' })
  @IsOptional()
  @IsBoolean()
  emergencyOnly?: boolean | null;
}

@ObjectType('PersonOnRecord', {
  description:
    'A member of a household of your gemeente found by BSN, for an inzageverzoek: name and birth date to check it is the person who asks, never other members or care content.',
})
export class PersonOnRecordView {
  @Field(() => ID, { description: "The person's id in this household: the id the verwerkingenlog names." })
  personId!: string;
  @Field(() => ID)
  householdId!: string;
  @Field(() => String, { nullable: true })
  householdName!: string | null;
  @Field({ description: 'The household was closed; its log stays until the retention term ends.' })
  householdClosed!: boolean;
  @Field()
  name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  birthDate!: string | null;
}

@ObjectType({ description: 'Who processed the data of the person with a BSN: the person as found, and the lines.' })
export class PersonAccessLog {
  @Field(() => [PersonOnRecordView], { description: 'Every current membership of the BSN in your gemeente.' })
  persons!: PersonOnRecordView[];
  @Field(() => ProcessingLogConnection, {
    description: 'Lines naming any of those persons, oldest first (refused attempts and reads of the log excluded).',
  })
  lines!: ProcessingLogConnection;
}
