import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { codeEnum, ContactmomentInputBase } from '@regie/household';
import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  AFSPRAAK_ACTIE,
  AFSPRAAK_SOORT,
  AFSPRAAK_UITKOMST,
  AFSPRAAK_VOORWAARDE,
  BEGELEIDING_ACTIE,
  BEGELEIDING_EINDE,
  BEGELEIDING_SOORT,
  ONTRUIMING_FASE,
  ONTRUIMING_UITKOMST,
  OPVOLGING_STAP,
  REGELING_ACTIE,
  URGENTIE_BESLUIT,
  URGENTIE_GROND,
  VERHUURDER_SOORT,
} from './wonen.codes';
import { MAANDEN_MAX, TEXT_MAX, VERHUURDER_MAX } from './wonen.rules';

// The code fields are GraphQL enums of the lists in wonen.codes.ts; the deciders check the same lists (and what each
// step needs), so a bad code is refused whichever way a command arrives. Enum names carry Wonen where another domain
// has a list of the same idea (Werk & Inkomen's OpvolgingStap).

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';
const AGB = /^[0-9]{8}$/;
const AGB_MESSAGE = '$property must be an AGB-code of 8 digits';
const VerhuurderSoortEnum = codeEnum('VerhuurderSoort', VERHUURDER_SOORT);
const OpvolgingStapEnum = codeEnum('HuurachterstandOpvolgingStap', OPVOLGING_STAP);
const OntruimingFaseEnum = codeEnum('OntruimingFase', ONTRUIMING_FASE);
const OntruimingUitkomstEnum = codeEnum('OntruimingUitkomst', ONTRUIMING_UITKOMST);
const UrgentieBesluitEnum = codeEnum('UrgentieBesluit', URGENTIE_BESLUIT);
const UrgentieGrondEnum = codeEnum('UrgentieGrond', URGENTIE_GROND);
const RegelingActieEnum = codeEnum('BetalingsregelingActie', REGELING_ACTIE);
const AfspraakUitkomstEnum = codeEnum('WonenAfspraakUitkomst', AFSPRAAK_UITKOMST);
const BegeleidingActieEnum = codeEnum('WoonbegeleidingActie', BEGELEIDING_ACTIE);
const BegeleidingSoortEnum = codeEnum('WoonbegeleidingSoort', BEGELEIDING_SOORT);
const BegeleidingEindeEnum = codeEnum('WoonbegeleidingEinde', BEGELEIDING_EINDE);
const AfspraakActieEnum = codeEnum('LaatsteKansActie', AFSPRAAK_ACTIE);
const AfspraakSoortEnum = codeEnum('LaatsteKansSoort', AFSPRAAK_SOORT);
const AfspraakVoorwaardeEnum = codeEnum('LaatsteKansVoorwaarde', AFSPRAAK_VOORWAARDE);

const FREE_TEXT = 'Free text; visible to Wonen only.';

@InputType({
  description:
    'Wgs vroegsignalering: the verhuurder signalled rent arrears (amount and months); Regie generates the signaalId.',
})
export class RecordHuurachterstandInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Client-chosen uuid for the new signal (so you can refer to it later); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  signaalId?: string | null;
  @Field(() => ID, { description: 'The huurder.' }) @IsUUID() memberId!: string;
  @Field({ description: 'Name of the woningcorporatie or landlord.' }) @MaxLength(VERHUURDER_MAX) verhuurder!: string;
  @Field(() => VerhuurderSoortEnum) verhuurderSoort!: string;
  @Field(() => Int, { description: 'The arrears in euro cents (positive).' })
  @IsInt()
  @Min(1)
  bedragAchterstandCents!: number;
  @Field(() => Int, { description: `Months of rent in arrears (1–${MAANDEN_MAX}).` })
  @IsInt()
  @Min(1)
  @Max(MAANDEN_MAX)
  maandenAchterstand!: number;
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  ontvangenOp!: string;
}

@InputType({ description: 'A follow-up step of a huurachterstand signal.' })
export class RecordHuurachterstandOpvolgingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() signaalId!: string;
  @Field(() => OpvolgingStapEnum) stap!: string;
  @Field({ description: 'YYYY-MM-DD; not before the signal was received, not in the future.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  datum!: string;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({
  description:
    'A step of a threatened eviction (dagvaarding, vonnis, aanzegging). Leave ontruimingId empty on the first step: Regie generates it.',
})
export class RecordOntruimingsdreigingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Client-chosen uuid for a new case (first step only); generated when absent.',
  })
  @IsOptional()
  @IsUUID()
  newOntruimingId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The case of a later step; empty on the first step.' })
  @IsOptional()
  @IsUUID()
  ontruimingId?: string | null;
  @Field(() => ID, { description: 'The huurder.' }) @IsUUID() memberId!: string;
  @Field(() => OntruimingFaseEnum) fase!: string;
  @Field({ description: 'YYYY-MM-DD of the step; not in the future.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  datum!: string;
  @Field({ description: 'Name of the woningcorporatie or landlord.' }) @MaxLength(VERHUURDER_MAX) verhuurder!: string;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD of the announced eviction; required for AANZEGGING. Within 14 days it is on the worklist.',
  })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  ontruimingsdatum?: string | null;
  @Field(() => ID, { nullable: true, description: 'The huurachterstand signal it grew from, when known.' })
  @IsOptional()
  @IsUUID()
  signaalId?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({
  description: 'The outcome of a threatened eviction: VOORKOMEN, UITGESTELD (maybe to a new date) or UITGEVOERD.',
})
export class RecordOntruimingUitkomstInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() ontruimingId!: string;
  @Field(() => OntruimingUitkomstEnum) uitkomst!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future, not before the last step.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  datum!: string;
  @Field(() => String, { nullable: true, description: 'UITGESTELD only: the new ontruimingsdatum, when known.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  nieuweOntruimingsdatum?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({
  description:
    'Huisvestingswet 2014: an urgentie request (AANGEVRAAGD, gets a new urgentieId) or the besluit on it (name its urgentieId).',
})
export class RecordUrgentieInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid for a new request; generated when absent.' })
  @IsOptional()
  @IsUUID()
  newUrgentieId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Empty for AANGEVRAAGD; required for TOEGEKEND and AFGEWEZEN.' })
  @IsOptional()
  @IsUUID()
  urgentieId?: string | null;
  @Field(() => ID, { description: 'The aanvrager.' }) @IsUUID() memberId!: string;
  @Field(() => UrgentieBesluitEnum) besluit!: string;
  @Field(() => UrgentieGrondEnum) grond!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @Matches(DATE, { message: DATE_MESSAGE }) datum!: string;
  @Field(() => String, { nullable: true, description: 'TOEGEKEND only: the last day the urgentie is valid.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  geldigTot?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) reden?:
    string | null;
}

@InputType({
  description: 'A betalingsregeling with the verhuurder (GETROFFEN, gets a new regelingId) or its end (BEEINDIGD).',
})
export class RecordBetalingsregelingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid for a new regeling; generated when absent.' })
  @IsOptional()
  @IsUUID()
  newRegelingId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Empty for GETROFFEN; required for BEEINDIGD.' })
  @IsOptional()
  @IsUUID()
  regelingId?: string | null;
  @Field(() => RegelingActieEnum) action!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @Matches(DATE, { message: DATE_MESSAGE }) datum!: string;
  @Field(() => String, { nullable: true, description: 'GETROFFEN only (required there).' })
  @IsOptional()
  @MaxLength(VERHUURDER_MAX)
  verhuurder?: string | null;
  @Field(() => Int, { nullable: true, description: 'GETROFFEN only: euro cents per month on top of the rent.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  bedragPerMaandCents?: number | null;
  @Field(() => ID, {
    nullable: true,
    description: 'GETROFFEN only: the huurachterstand signal it follows up (closes it).',
  })
  @IsOptional()
  @IsUUID()
  signaalId?: string | null;
  @Field(() => AfspraakUitkomstEnum, { nullable: true, description: 'BEEINDIGD only (required there).' })
  @IsOptional()
  uitkomst?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({
  description:
    'Woonbegeleiding, beschermd wonen or uitstroom with a provider registered for WONEN: start (GESTART, gets a new trajectId) or end.',
})
export class RecordWoonbegeleidingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid for a new traject; generated when absent.' })
  @IsOptional()
  @IsUUID()
  newTrajectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Empty for GESTART; required for BEEINDIGD.' })
  @IsOptional()
  @IsUUID()
  trajectId?: string | null;
  @Field(() => BegeleidingActieEnum) action!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'AGB-code (8 digits) of a provider registered for WONEN.' })
  @Matches(AGB, { message: AGB_MESSAGE })
  providerAgb!: string;
  @Field(() => BegeleidingSoortEnum, { nullable: true, description: 'Required for GESTART; optional for BEEINDIGD.' })
  @IsOptional()
  soort?: string | null;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @Matches(DATE, { message: DATE_MESSAGE }) datum!: string;
  @Field(() => BegeleidingEindeEnum, { nullable: true, description: 'BEEINDIGD only (required there).' })
  @IsOptional()
  einde?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({
  description:
    'An eviction-prevention agreement (Laatste kans / Tweede kans) with its conditions: GEMAAKT (gets a new afspraakId) or BEEINDIGD.',
})
export class RecordLaatsteKansAfspraakInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid for a new agreement; generated when absent.' })
  @IsOptional()
  @IsUUID()
  newAfspraakId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Empty for GEMAAKT; required for BEEINDIGD.' })
  @IsOptional()
  @IsUUID()
  afspraakId?: string | null;
  @Field(() => AfspraakActieEnum) action!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'YYYY-MM-DD (the ingangsdatum, or the end); not in the future.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  datum!: string;
  @Field(() => AfspraakSoortEnum, { nullable: true, description: 'GEMAAKT only (required there).' })
  @IsOptional()
  soort?: string | null;
  @Field(() => String, { nullable: true, description: 'GEMAAKT only (required there).' })
  @IsOptional()
  @MaxLength(VERHUURDER_MAX)
  verhuurder?: string | null;
  @Field(() => [AfspraakVoorwaardeEnum], { nullable: true, description: 'GEMAAKT only: at least one condition.' })
  @IsOptional()
  @ArrayMaxSize(20)
  voorwaarden?: string[] | null;
  @Field(() => String, { nullable: true, description: 'GEMAAKT only: the last day of the agreement.' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  einddatum?: string | null;
  @Field(() => ID, { nullable: true, description: 'GEMAAKT only: the threatened eviction it prevents, when known.' })
  @IsOptional()
  @IsUUID()
  ontruimingId?: string | null;
  @Field(() => AfspraakUitkomstEnum, { nullable: true, description: 'BEEINDIGD only (required there).' })
  @IsOptional()
  uitkomst?: string | null;
  @Field(() => String, { nullable: true, description: FREE_TEXT }) @IsOptional() @MaxLength(TEXT_MAX) note?:
    string | null;
}

@InputType({ description: 'A contact of the Wonen team with a member.' })
export class RecordWonenContactmomentInput extends ContactmomentInputBase {}
