import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DomainEnum, LadderOutcomeEnum, LadderSufficiencyEnum, ZrmDomainEnum } from './code-enums';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from './validation';

// The lists are GraphQL enums; their coherence (and the lists, for a command from outside GraphQL) is checked by the
// deciders, so a bad value is a BAD_USER_INPUT that names the field.

@InputType({ description: 'What was found on one rung of the afwegingsladder.' })
export class AfwegingRungInput {
  @Field({ description: 'Whether this rung was considered.' }) @IsBoolean() considered!: boolean;
  @Field(() => LadderSufficiencyEnum, { nullable: true, description: 'Required when considered, absent when not.' })
  @IsOptional()
  sufficient?: string;
  @Field({ nullable: true, description: 'Free text; the member’s personal data, visible to the recording domain.' })
  @IsOptional()
  @MaxLength(2000)
  toelichting?: string;
}

@InputType({ description: 'The afweging (ladder) of a Jeugd or Werk & Inkomen request. Wmo: recordWmoOnderzoek.' })
export class RecordAfwegingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Omit for a new id.' }) @IsOptional() @IsUUID() afwegingId?: string;
  @Field(() => DomainEnum, { description: 'The domain handling the request: JEUGD or WERK_EN_INKOMEN (not WMO).' })
  domain!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ nullable: true, description: 'The request it answers, e.g. a verzoek-, bijstand- or traject-id.' })
  @IsOptional()
  @MaxLength(100)
  requestKey?: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsLocalDate()
  assessedOn!: string;
  @Field(() => AfwegingRungInput) @ValidateNested() @Type(() => AfwegingRungInput) eigenKracht!: AfwegingRungInput;
  @Field(() => AfwegingRungInput)
  @ValidateNested()
  @Type(() => AfwegingRungInput)
  gebruikelijkeHulp!: AfwegingRungInput;
  @Field(() => AfwegingRungInput) @ValidateNested() @Type(() => AfwegingRungInput) mantelzorg!: AfwegingRungInput;
  @Field(() => AfwegingRungInput)
  @ValidateNested()
  @Type(() => AfwegingRungInput)
  sociaalNetwerk!: AfwegingRungInput;
  @Field(() => AfwegingRungInput)
  @ValidateNested()
  @Type(() => AfwegingRungInput)
  algemeneVoorziening!: AfwegingRungInput;
  @Field(() => LadderOutcomeEnum, { description: 'The lowest rung that suffices (JA), else MAATWERK.' })
  outcome!: string;
  @Field({ nullable: true, description: 'The catalogue entry chosen; required with outcome ALGEMENE_VOORZIENING.' })
  @IsOptional()
  @MaxLength(100)
  voorzieningId?: string;
  @Field({ nullable: true, description: 'Who in the network helps, e.g. "buurvrouw Els"; the member’s personal data.' })
  @IsOptional()
  @MaxLength(200)
  netwerk?: string;
}

@InputType({ description: 'One ZRM domain and its score.' })
export class ZrmScoreInput {
  @Field(() => ZrmDomainEnum) domain!: string;
  @Field(() => Int, { description: '1 acute problematiek … 5 volledig zelfredzaam (last 30 days).' })
  @IsInt()
  score!: number;
}

@InputType({ description: 'Zelfredzaamheid-Matrix scores of one member: only the domains that matter.' })
export class ScoreZrmInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @IsLocalDate() scoredOn!: string;
  @Field(() => [ZrmScoreInput], { description: '1 to 13 domains, each at most once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => ZrmScoreInput)
  scores!: ZrmScoreInput[];
  @Field(() => [ID], { nullable: true, description: 'Plan goals these scores measure.' })
  @IsOptional()
  @IsUUID('all', { each: true })
  goalIds?: string[];
  @Field({ nullable: true, description: 'Free text; the member’s personal data.' })
  @IsOptional()
  @MaxLength(2000)
  note?: string;
}
