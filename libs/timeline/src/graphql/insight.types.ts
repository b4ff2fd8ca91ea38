import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

/**
 * Cents are whole numbers, as SafeInt: GraphQL Int is 32 bits (about € 21 million), too small for a gemeente's
 * totals; SafeInt is an integer up to 2^53 - 1, as inputs that can exceed Int take it (setMaatwerkbudget).
 */
const CENTS = 'Whole euro cents.';
import {
  codeEnum,
  DomainEnum,
  LadderOutcomeEnum,
  LadderRungEnum,
  LadderSufficiencyEnum,
  PreventionAimEnum,
  SpendResultEnum,
  ZrmDomainEnum,
} from '@regie/household';
import { WorklistKindEnum } from './worklist-kind.enum';
import { PageInfo, MemberRef } from './timeline.types';
import type { CountedConnection } from './timeline.types';

const ZrmDirectionEnum = codeEnum('ZrmDirection', ['BETER', 'SLECHTER', 'GELIJK'], 'How a ZRM score moved.');

@ObjectType({ description: 'What was found on one rung of the afwegingsladder.' })
export class LadderRungView {
  @Field(() => LadderRungEnum)
  rung!: string;
  @Field()
  considered!: boolean;
  @Field(() => LadderSufficiencyEnum, { nullable: true, description: 'Only when considered.' })
  sufficient!: string | null;
}

@ObjectType({ description: 'An afweging (ladder) for a request for individual support; no free text.' })
export class AfwegingView {
  @Field(() => ID)
  id!: string;
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => MemberRef)
  member!: MemberRef;
  @Field(() => String, { nullable: true, description: 'The request it answers (melding, verzoek, aanvraag).' })
  requestKey!: string | null;
  @Field()
  assessedOn!: string;
  @Field(() => [LadderRungView], { description: 'In the order of the ladder.' })
  rungs!: LadderRungView[];
  @Field({ description: 'True when every rung below maatwerk was considered.' })
  lowerRungsConsidered!: boolean;
  @Field(() => LadderOutcomeEnum)
  outcome!: string;
  @Field(() => String, { nullable: true, description: 'The catalogue entry chosen (algemene voorziening).' })
  voorzieningId!: string | null;
}

@ObjectType({ description: 'A maatwerk decision (toewijzing, besluit, traject) and what came before it.' })
export class MaatwerkDecisionView {
  @Field(() => ID, { description: 'toewijzingNummer, besluitId or trajectId' })
  id!: string;
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => MemberRef)
  member!: MemberRef;
  @Field()
  category!: string;
  @Field()
  decidedOn!: string;
  @Field()
  lowerRungsConsidered!: boolean;
  @Field(() => Int, { description: "The catalogue's alternatives for this category when it was decided." })
  alternativesOffered!: number;
  @Field({ description: 'Whether the domain recorded why none of the alternatives fits.' })
  reasonGiven!: boolean;
  @Field({ description: 'True when the lower rungs were not all considered.' })
  withoutLadder!: boolean;
}

@ObjectType()
export class DomainCost {
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  expectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  realisedCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents from declaraties (323), credit lines netted. ${CENTS}`,
  })
  declaredCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents estimated from start and stop of care, where no declaratie covers. ${CENTS}`,
  })
  estimatedCents!: number;
  @Field({ description: 'True when any part of realisedCents is an estimate rather than declared.' })
  estimated!: boolean;
}

@ObjectType()
export class MonthCost {
  @Field({ description: 'YYYY-MM' })
  month!: string;
  @Field(() => [DomainCost], { description: 'Only domains with cost this month.' })
  domains!: DomainCost[];
  @Field(() => GraphQLSafeInt, { description: CENTS })
  expectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  realisedCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents from declaraties (323), credit lines netted. ${CENTS}`,
  })
  declaredCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents estimated from start and stop of care, where no declaratie covers. ${CENTS}`,
  })
  estimatedCents!: number;
  @Field({ description: 'True when any part of realisedCents is an estimate rather than declared.' })
  estimated!: boolean;
}

@ObjectType({
  description:
    'Expected cost from the tariff over the validity; realised from declaraties (323) for the days they cover, ' +
    'elsewhere estimated from start/stop of care and the tariff (see estimated). Only domains the reader may see.',
})
export class CostOverview {
  @Field(() => [MonthCost])
  months!: MonthCost[];
  @Field(() => [DomainCost], { description: 'Per domain over the whole range.' })
  domains!: DomainCost[];
  @Field(() => GraphQLSafeInt, { description: CENTS })
  expectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  realisedCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents from declaraties (323), credit lines netted. ${CENTS}`,
  })
  declaredCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents estimated from start and stop of care, where no declaratie covers. ${CENTS}`,
  })
  estimatedCents!: number;
  @Field({ description: 'True when any part of realisedCents is an estimate rather than declared.' })
  estimated!: boolean;
}

@ObjectType()
export class ZrmPointView {
  @Field()
  scoredOn!: string;
  @Field(() => Int, { description: '1 acute problematiek … 5 volledig zelfredzaam' })
  score!: number;
  @Field(() => [ID])
  goalIds!: string[];
}

@ObjectType({ description: 'One member on one ZRM domain over time.' })
export class ZrmSeries {
  @Field(() => MemberRef)
  member!: MemberRef;
  @Field(() => ZrmDomainEnum)
  zrmDomain!: string;
  @Field(() => [ZrmPointView], { description: 'Oldest first.' })
  points!: ZrmPointView[];
  @Field(() => Int, { description: 'Last score minus first score.' })
  change!: number;
  @Field(() => ZrmDirectionEnum)
  direction!: string;
}

@ObjectType()
export class SpendEvaluationView {
  @Field(() => SpendResultEnum)
  worked!: string;
  @Field()
  evaluatedOn!: string;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class MaatwerkbudgetSpendView {
  @Field(() => ID)
  id!: string;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  amountCents!: number;
  @Field()
  spentOn!: string;
  @Field(() => Int)
  budgetYear!: number;
  @Field(() => String, { nullable: true, description: 'What it pays for (free text of the household).' })
  purpose!: string | null;
  @Field(() => PreventionAimEnum)
  prevents!: string;
  @Field(() => [ID])
  memberIds!: string[];
  @Field(() => SpendEvaluationView, { nullable: true, description: 'Null until evaluated.' })
  evaluation!: SpendEvaluationView | null;
  @Field(() => ID, { nullable: true, description: 'The timeline entry (e.g. a Wgs signal) this spend answers.' })
  answersEntryId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The plan goal this spend answers.' })
  answersGoalId!: string | null;
}

@ObjectType()
export class YearTotal {
  @Field(() => Int)
  year!: number;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  spentCents!: number;
}

@ObjectType()
export class MaatwerkbudgetView {
  @Field(() => [MaatwerkbudgetSpendView], { description: 'Oldest first.' })
  spends!: MaatwerkbudgetSpendView[];
  @Field(() => [YearTotal])
  totalsPerYear!: YearTotal[];
}

@ObjectType({ description: 'One line of the regisseur worklist.' })
export class WorklistItem {
  @Field(() => ID)
  householdId!: string;
  @Field(() => String, { nullable: true })
  householdName!: string | null;
  @Field(() => WorklistKindEnum)
  kind!: string;
  @Field({
    description: "What the line says, Dutch at B1 level: its kind's worklist text (as WorklistKind describes).",
  })
  label!: string;
  @Field(() => DomainEnum)
  domain!: string;
  @Field(() => ID, { nullable: true })
  memberId!: string | null;
  @Field({ description: 'signaalId, meldingId, toewijzingNummer or besluitId' })
  key!: string;
  @Field({
    description: 'Since when it waits (signal received; toegewezen, or the ingangsdatum when that is later; decided).',
  })
  since!: string;
  @Field(() => String, { nullable: true, description: 'The last day of the term, if there is one.' })
  dueOn!: string | null;
  @Field(() => Int, { description: 'Days past dueOn (0 for maatwerk without afweging: it has no term).' })
  daysOverdue!: number;
  @Field(() => ID, {
    nullable: true,
    description:
      'The timeline entry it is about (its id in household.timeline): the signal’s latest step, the melding, the ' +
      'toewijzing or the maatwerk decision.',
  })
  entryId!: string | null;
}

@ObjectType()
export class WorklistEdge {
  @Field()
  cursor!: string;
  @Field(() => WorklistItem)
  node!: WorklistItem;
}

@ObjectType()
export class WorklistConnection implements CountedConnection {
  @Field(() => [WorklistEdge])
  edges!: WorklistEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  countTotal!: () => Promise<number>;
}

@ObjectType({ description: 'Before/after the first regisseur assignment: a comparison, not a causal effect.' })
export class BeforeAfterRegisseurView {
  @Field(() => Int, { description: 'Households with whole months both before and after within the range.' })
  households!: number;
  @Field(() => GraphQLSafeInt, {
    description: 'Average realised cost per household per month before (whole euro cents).',
  })
  averageMonthlyBeforeCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: 'Average realised cost per household per month after (whole euro cents).',
  })
  averageMonthlyAfterCents!: number;
}

@ObjectType({ description: "The gemeente's cost across its households: aggregates only, no households or persons." })
export class GemeenteCostOverview {
  @Field(() => [MonthCost])
  months!: MonthCost[];
  @Field(() => GraphQLSafeInt, { description: CENTS })
  expectedCents!: number;
  @Field(() => GraphQLSafeInt, { description: CENTS })
  realisedCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents from declaraties (323), credit lines netted. ${CENTS}`,
  })
  declaredCents!: number;
  @Field(() => GraphQLSafeInt, {
    description: `Part of realisedCents estimated from start and stop of care, where no declaratie covers. ${CENTS}`,
  })
  estimatedCents!: number;
  @Field({ description: 'True when any part of realisedCents is an estimate rather than declared.' })
  estimated!: boolean;
  @Field(() => BeforeAfterRegisseurView)
  beforeAfterRegisseur!: BeforeAfterRegisseurView;
}
