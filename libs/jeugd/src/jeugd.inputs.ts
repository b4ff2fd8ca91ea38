import { Field, ID, InputType } from '@nestjs/graphql';
import { ContactmomentInputBase, IsAgbCode, IsLocalDate } from '@regie/household';
import {
  OmvangInputBase,
  ZorgStartInputBase,
  toewijzingInputBase,
  zorgStopInputBase,
  type InputTexts,
} from '@regie/toewijzing';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';

// Shape checks only; the code lists (JZ020, JZ588, WJ756, WMO757, COD327) are checked by the deciders, so a bad
// code is a BAD_USER_INPUT that names the field and its list.

const TEXTS: InputTexts = {
  domain: 'Jeugd',
  productcategorie: 'JZ020 Productcategorie, e.g. "45" ambulant.',
  redenBeeindiging: 'JZ588 Reden beëindiging, e.g. "31" volgens plan beëindigd.',
};

@InputType({ description: 'Omvang of a specific toewijzing: volume eenheid per frequentie.' })
export class JeugdOmvangInput extends OmvangInputBase {}

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
export class RecordJeugdToewijzingInput extends toewijzingInputBase(TEXTS, JeugdOmvangInput) {
  @Field({ description: 'COD327 Code verwijzer, e.g. "01" gemeente.' }) @MaxLength(10) verwijzer!: string;
  @Field({ nullable: true, description: 'Free text; visible to Jeugd only.' })
  @IsOptional()
  @MaxLength(4000)
  note?: string;
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
export class RecordJeugdZorgStartInput extends ZorgStartInputBase {}

@InputType({ description: 'As JW307 stop zorg.' })
export class RecordJeugdZorgStopInput extends zorgStopInputBase(TEXTS) {}

@InputType({ description: 'A contact of the Jeugd team with a member.' })
export class RecordJeugdContactmomentInput extends ContactmomentInputBase {}
