import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { codeEnum, ContactmomentInputBase } from '@regie/household';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsAgbCode, IsLocalDate } from '@regie/household';
import {
  BIJSTAND_BESLUIT,
  BIJSTANDSVORM,
  OPVOLGING_STAP,
  REINTEGRATIE_ACTIE,
  REINTEGRATIE_RESULTAAT,
  REINTEGRATIE_SOORT,
  SCHULDHULP_ACTIE,
  SCHULDHULP_FASE,
  VROEGSIGNAAL_SOORT,
} from './werk-inkomen.codes';

// The code fields are GraphQL enums of the lists in werk-inkomen.codes.ts; the deciders check the same lists (and
// what each step needs), so a bad code is refused whichever way a command arrives.

const BijstandBesluitEnum = codeEnum('BijstandBesluit', BIJSTAND_BESLUIT);
const BijstandsvormEnum = codeEnum('Bijstandsvorm', BIJSTANDSVORM);
const OpvolgingStapEnum = codeEnum('OpvolgingStap', OPVOLGING_STAP);
const ReintegratieActieEnum = codeEnum('ReintegratieActie', REINTEGRATIE_ACTIE);
const ReintegratieResultaatEnum = codeEnum('ReintegratieResultaat', REINTEGRATIE_RESULTAAT);
const ReintegratieSoortEnum = codeEnum('ReintegratieSoort', REINTEGRATIE_SOORT);
const SchuldhulpActieEnum = codeEnum('SchuldhulpActie', SCHULDHULP_ACTIE);
const SchuldhulpFaseEnum = codeEnum('SchuldhulpFase', SCHULDHULP_FASE);
const VroegsignaalSoortEnum = codeEnum('VroegsignaalSoort', VROEGSIGNAAL_SOORT);

@InputType({
  description:
    'Participatiewet: a bijstand aanvraag (AANGEVRAAGD, gets a new bijstandId) or a step on it (TOEGEKEND, AFGEWEZEN, BEEINDIGD: name its bijstandId).',
})
export class RecordBijstandBesluitInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Client-chosen uuid for the new aanvraag (AANGEVRAAGD only) (so you can refer to it later); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  newBijstandId?: string | null;
  @Field(() => ID, { description: 'The aanvrager.' }) @IsUUID() memberId!: string;
  @Field(() => BijstandBesluitEnum) besluit!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The aanvraag this step is about: leave empty for AANGEVRAAGD (Regie generates it), required otherwise.',
  })
  @IsOptional()
  @IsUUID()
  bijstandId?: string | null;
  @Field(() => BijstandsvormEnum) bijstandsvorm!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @IsLocalDate() datum!: string;
  @Field(() => String, { nullable: true, description: 'Free text; visible to Werk & Inkomen only.' })
  @IsOptional()
  @MaxLength(4000)
  reden?: string | null;
  @Field(() => Int, { nullable: true, description: 'TOEGEKEND only: the monthly amount in euro cents (positive).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  bedragPerMaand?: number | null;
}

@InputType({ description: 'Wgs vroegsignalering: a creditor reported payment arrears; Regie generates the signaalId.' })
export class RecordSchuldsignaalInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Client-chosen uuid for the new signal (so you can refer to it later); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  signaalId?: string | null;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field(() => VroegsignaalSoortEnum) soort!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsLocalDate()
  ontvangenOp!: string;
  @Field({ description: 'Name of the reporting creditor, e.g. the housing corporation.' })
  @MaxLength(200)
  schuldeiser!: string;
  @Field(() => Int, { nullable: true, description: 'Arrears in euro cents (positive).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  bedragAchterstand?: number | null;
}

@InputType({ description: 'A follow-up step of a vroegsignaal.' })
export class RecordSchuldsignaalOpvolgingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() signaalId!: string;
  @Field(() => OpvolgingStapEnum) stap!: string;
  @Field({ description: 'YYYY-MM-DD; not before the signal was received, not in the future.' })
  @IsLocalDate()
  datum!: string;
  @Field(() => String, { nullable: true, description: 'Free text; visible to Werk & Inkomen only.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string | null;
}

@InputType({ description: 'The tariff basis of a traject: exactly one of an amount per month or a budget.' })
export class TrajectTariefInput {
  @Field(() => Int, { nullable: true, description: 'Euro cents per month (positive).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  perMaandCents?: number | null;
  @Field(() => Int, { nullable: true, description: 'Euro cents for the whole traject (positive).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  budgetCents?: number | null;
}

/** What a maatwerk trajectory's start records besides its facts: the tariff basis and why no alternative fits. */
@InputType({ isAbstract: true })
abstract class MaatwerkTrajectFields {
  @Field(() => TrajectTariefInput, { nullable: true, description: 'GESTART only: the tariff basis from the contract.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrajectTariefInput)
  tarief?: TrajectTariefInput | null;
  @Field(() => String, {
    nullable: true,
    description:
      "GESTART only: why none of the voorliggend-veld catalogue's alternatives fits (at least 10 characters); " +
      'required when the catalogue lists any. Free text; visible to Werk & Inkomen only.',
  })
  @IsOptional()
  @MaxLength(2000)
  redenGeenAlternatief?: string | null;
}

@InputType({
  description:
    'Wgs schuldhulp: start (GESTART, gets a new trajectId), phase change (FASE_GEWIJZIGD) or end (BEEINDIGD) of a traject.',
})
export class RecordSchuldhulpTrajectInput extends MaatwerkTrajectFields {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Client-chosen uuid for the new traject (GESTART only) (so you can refer to it later); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  newTrajectId?: string | null;
  @Field(() => SchuldhulpActieEnum) action!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'AGB-code (8 digits) of a provider registered for WERK_EN_INKOMEN.' })
  @IsAgbCode()
  providerAgb!: string;
  @Field(() => ID, { nullable: true, description: 'Leave empty for GESTART (Regie generates it); required otherwise.' })
  @IsOptional()
  @IsUUID()
  trajectId?: string | null;
  @Field(() => SchuldhulpFaseEnum, {
    nullable: true,
    description: 'Required for GESTART and FASE_GEWIJZIGD (the new phase); optional for BEEINDIGD.',
  })
  @IsOptional()
  fase?: string | null;
  @Field({ description: 'YYYY-MM-DD; not in the future, not before the previous step.' })
  @IsLocalDate()
  datum!: string;
  @Field(() => String, { nullable: true, description: 'Free text; visible to Werk & Inkomen only.' })
  @IsOptional()
  @MaxLength(4000)
  reden?: string | null;
}

@InputType({
  description: 'Participatiewet re-integratie: start (GESTART, gets a new trajectId) or end (BEEINDIGD) of a traject.',
})
export class RecordReintegratieTrajectInput extends MaatwerkTrajectFields {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Client-chosen uuid for the new traject (GESTART only) (so you can refer to it later); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  newTrajectId?: string | null;
  @Field(() => ReintegratieActieEnum) action!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'AGB-code (8 digits) of a provider registered for WERK_EN_INKOMEN.' })
  @IsAgbCode()
  providerAgb!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Leave empty for GESTART (Regie generates it); required for BEEINDIGD.',
  })
  @IsOptional()
  @IsUUID()
  trajectId?: string | null;
  @Field(() => ReintegratieSoortEnum, {
    nullable: true,
    description: 'Required for GESTART; optional for BEEINDIGD.',
  })
  @IsOptional()
  soort?: string | null;
  @Field({ description: 'YYYY-MM-DD; not in the future, not before the start.' })
  @IsLocalDate()
  datum!: string;
  @Field(() => ReintegratieResultaatEnum, {
    nullable: true,
    description: 'Required for BEEINDIGD.',
  })
  @IsOptional()
  resultaat?: string | null;
}

@InputType({ description: 'A contact of the Werk & Inkomen team with a member.' })
export class RecordWerkInkomenContactmomentInput extends ContactmomentInputBase {}
