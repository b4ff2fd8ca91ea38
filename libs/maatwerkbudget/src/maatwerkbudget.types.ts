import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecordedPayload } from '@regie/household';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType({ description: "The gemeente's maatwerkbudget for a year: totals only, no households or persons." })
export class MaatwerkbudgetOverview {
  @Field(() => Int) year!: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'In cents; null when no budget is set for the year.' })
  totalCents!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'The limit per household for the year, in cents.' })
  perHouseholdCents!: number | null;
  @Field(() => GraphQLSafeInt, { description: 'Reserved by spends (released reservations not counted), in cents.' })
  reservedCents!: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Total minus reserved, in cents.' })
  remainingCents!: number | null;
  @Field(() => Int, { description: 'How many spends hold a reservation in the year.' })
  spendCount!: number;
}

@ObjectType({ description: 'What spendMaatwerkbudget recorded in the household stream, and the id of the spend.' })
export class MaatwerkbudgetSpendPayload extends RecordedPayload {
  @Field(() => ID, { description: 'Refer to the spend with this id when evaluating it.' })
  spendId!: string;
}
