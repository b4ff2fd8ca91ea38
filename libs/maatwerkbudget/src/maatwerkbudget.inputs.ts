import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsLocalDate } from '@regie/household';
import { GraphQLSafeInt } from 'graphql-scalars';
import { MAX_SPEND_CENTS, PREVENTION_AIMS, PreventionAimEnum, SPEND_RESULTS, SpendResultEnum } from '@regie/household';
import { MAX_BUDGET_CENTS } from './budget.decide';

// Shape checks; the rules (limits of the budget, dates against today and the spend) are the deciders'.

@InputType({ description: "The gemeente's maatwerkbudget for a year (functioneel beheerder)." })
export class SetMaatwerkbudgetInput {
  @Field(() => Int) @IsInt() @Min(2015) @Max(2100) year!: number;
  @Field(() => GraphQLSafeInt, { description: 'The whole budget of the year, in cents; not below what is reserved.' })
  @IsInt()
  @Min(0)
  @Max(MAX_BUDGET_CENTS)
  totalCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'What one household may get in the year, in cents; at most the total.' })
  @IsInt()
  @Min(0)
  @Max(MAX_BUDGET_CENTS)
  perHouseholdCents!: number;
}

@InputType({ description: 'A flexible spend from the maatwerkbudget by the regisseur of the household.' })
export class SpendMaatwerkbudgetInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => Int, { description: 'In cents, more than 0.' })
  @IsInt()
  @Min(1)
  @Max(MAX_SPEND_CENTS)
  amountCents!: number;
  @Field({ description: 'YYYY-MM-DD; not in the future. Its year is the budget year.' })
  @IsLocalDate()
  spentOn!: string;
  @Field({ description: 'What it pays for, 10 to 500 characters; personal data of the household.' })
  @MaxLength(500)
  purpose!: string;
  @Field(() => PreventionAimEnum, { description: 'What it is meant to prevent.' })
  @IsIn(PREVENTION_AIMS)
  prevents!: string;
  @Field(() => [ID], { description: 'The members it is for.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  memberIds!: string[];
  @Field(() => ID, { nullable: true, description: 'The timeline entry (e.g. a Wgs signal) this spend answers.' })
  @IsOptional()
  @IsUUID()
  answersEntryId?: string;
  @Field(() => ID, { nullable: true, description: 'The plan goal this spend answers.' })
  @IsOptional()
  @IsUUID()
  answersGoalId?: string;
}

@InputType({ description: 'Whether a maatwerkbudget spend did what it was meant to (may be evaluated again later).' })
export class EvaluateMaatwerkbudgetInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() spendId!: string;
  @Field({ description: 'YYYY-MM-DD; not before the spend nor the previous evaluation, not in the future.' })
  @IsLocalDate()
  evaluatedOn!: string;
  @Field(() => SpendResultEnum) @IsIn(SPEND_RESULTS) worked!: string;
  @Field({ nullable: true, description: 'Free text; personal data of the household.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
