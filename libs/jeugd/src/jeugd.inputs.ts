import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { codeEnum, IsAgbCode, IsLocalDate } from '@regie/household';
import { JEUGD_CONTACTMOMENT_SOORT } from './jeugd.codes';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, IsUUID, MaxLength, ValidateNested } from 'class-validator';

const ContactmomentSoortEnum = codeEnum(
  'ContactmomentSoort',
  JEUGD_CONTACTMOMENT_SOORT,
  'How a Jeugd worker was in contact.',
);

// Shape checks only; the code lists (JZ020, JZ588, WJ756, WMO757, COD327) are checked by the deciders, so a bad
// code is a BAD_USER_INPUT that names the field and its list.

@InputType({ description: 'Omvang of a specific toewijzing: volume eenheid per frequentie.' })
export class JeugdOmvangInput {
  @Field(() => Int, { description: 'Positive whole number of units.' }) @IsInt() @IsPositive() volume!: number;
  @Field({ description: 'WJ756 Eenheid, e.g. "04" uur.' }) @MaxLength(10) eenheid!: string;
  @Field({ description: 'WMO757 Frequentie, e.g. "2" per week (needs an einddatum).' })
  @MaxLength(10)
  frequentie!: string;
}

@InputType({ description: 'As JW315 verzoek om toewijzing.' })
export class RecordJeugdVerzoekOmToewijzingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'AGB-code of the aanbieder (8 digits).' })
  @IsAgbCode()
  providerAgb!: string;
  @Field({ description: 'JZ020 Productcategorie, e.g. "45" ambulant.' }) @MaxLength(10) productcategorie!: string;
  @Field({ nullable: true, description: 'Productcode (5 characters).' })
  @IsOptional()
  @MaxLength(10)
  productcode?: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() gewensteIngangsdatum!: string;
  @Field({ description: 'COD327 Code verwijzer, e.g. "02" huisarts.' }) @MaxLength(10) verwijzer!: string;
  @Field({ nullable: true, description: 'Free text; visible to Jeugd only.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
}

@InputType({ description: 'As JW301 toewijzing: omvang (specific), budget, or neither (aspecific); never both.' })
export class RecordJeugdToewijzingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'AGB-code of the aanbieder (8 digits).' })
  @IsAgbCode()
  providerAgb!: string;
  @Field({ description: 'Unique within Jeugd for the household: 1 to 20 letters or digits.' })
  @MaxLength(20)
  toewijzingNummer!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsLocalDate()
  toewijzingsdatum!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() ingangsdatum!: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD, not before the ingangsdatum.' })
  @IsOptional()
  @IsLocalDate()
  einddatum?: string;
  @Field({ description: 'JZ020 Productcategorie, e.g. "45" ambulant.' }) @MaxLength(10) productcategorie!: string;
  @Field({ nullable: true, description: 'Productcode (5 characters).' })
  @IsOptional()
  @MaxLength(10)
  productcode?: string;
  @Field(() => JeugdOmvangInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JeugdOmvangInput)
  omvang?: JeugdOmvangInput;
  @Field(() => Int, { nullable: true, description: 'Budget in euro cents.' })
  @IsOptional()
  @IsInt()
  @IsPositive()
  budget?: number;
  @Field({ description: 'COD327 Code verwijzer, e.g. "01" gemeente.' }) @MaxLength(10) verwijzer!: string;
  @Field({ nullable: true, description: 'Free text; visible to Jeugd only.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
  @Field(() => Int, {
    nullable: true,
    description: "The contract's price per eenheid in euro cents; with an omvang (a budget is its own tariff basis).",
  })
  @IsOptional()
  @IsInt()
  @IsPositive()
  tariefPerEenheid?: number;
  @Field({
    nullable: true,
    description:
      "Why none of the voorliggend-veld catalogue's alternatives for this productcategorie fits (at least 10 " +
      'characters); required when the catalogue lists any. Free text; visible to Jeugd only.',
  })
  @IsOptional()
  @MaxLength(2000)
  redenGeenAlternatief?: string;
}

@InputType({ description: 'As JW305 start zorg: member, provider and product come from the toewijzing.' })
export class RecordJeugdZorgStartInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field() @MaxLength(20) toewijzingNummer!: string;
  @Field({ description: 'YYYY-MM-DD, within the toewijzing and not in the future.' })
  @IsLocalDate()
  begindatum!: string;
}

@InputType({ description: 'As JW307 stop zorg.' })
export class RecordJeugdZorgStopInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field() @MaxLength(20) toewijzingNummer!: string;
  @Field({ description: 'YYYY-MM-DD, not before the begindatum and not in the future.' })
  @IsLocalDate()
  einddatum!: string;
  @Field({ description: 'JZ588 Reden beëindiging, e.g. "19" volgens plan beëindigd.' })
  @MaxLength(10)
  redenBeeindiging!: string;
}

@InputType({ description: 'A contact of the Jeugd team with a member.' })
export class RecordJeugdContactmomentInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ nullable: true, description: 'AGB-code of the aanbieder involved (8 digits).' })
  @IsOptional()
  @IsAgbCode()
  providerAgb?: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @IsLocalDate() datum!: string;
  @Field(() => ContactmomentSoortEnum) soort!: string;
  @Field({ description: 'What was discussed; visible to Jeugd only.' }) @MaxLength(4000) note!: string;
}
