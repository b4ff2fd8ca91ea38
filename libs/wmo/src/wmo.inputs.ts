import { Field, ID, InputType } from '@nestjs/graphql';
import { codeEnum, ContactmomentInputBase, IsLocalDate, LadderSufficiencyEnum } from '@regie/household';
import { WMO_BESLUIT_UITKOMST, WMO_CONCLUSIE } from './wmo.codes';
import { Type } from 'class-transformer';
import {
  OmvangInputBase,
  ZorgStartInputBase,
  toewijzingInputBase,
  zorgStopInputBase,
  type InputTexts,
} from '@regie/toewijzing';
import { IsBoolean, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';

const WmoConclusieEnum = codeEnum('WmoConclusie', WMO_CONCLUSIE, 'What the Wmo onderzoek concluded.');
const WmoUitkomstEnum = codeEnum('WmoUitkomst', WMO_BESLUIT_UITKOMST, 'The outcome of a Wmo besluit.');

// Regie's own lists (sufficient, conclusie, uitkomst) are GraphQL enums. The iStandaarden's numeric codes (WMO020,
// WMO588, WJ756, WMO757: "01" cannot be an enum value) are Strings checked by the deciders, so a bad code is a
// BAD_USER_INPUT that names the field and its list.

@InputType({ description: 'Wmo: a melding of a hulpvraag; starts the onderzoek of at most six weeks.' })
export class RecordWmoMeldingInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid (makes a retry safe); generated when absent.' })
  @IsOptional()
  @IsUUID()
  meldingId?: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' })
  @IsLocalDate()
  meldingsdatum!: string;
  @Field({ description: 'The hulpvraag in the words of the person; visible to Wmo only.' })
  @MaxLength(4000)
  hulpvraag!: string;
}

@InputType({ description: 'What the onderzoek found on one rung of the ladder (Wmo 2015 art. 2.3.5 lid 3).' })
export class WmoTredeInput {
  @Field({ description: 'Was this rung weighed (overwogen)?' }) @IsBoolean() considered!: boolean;
  @Field(() => LadderSufficiencyEnum, {
    description: 'Does this rung meet the hulpvraag (toereikend)? Also when not considered.',
  })
  sufficient!: string;
  @Field({ nullable: true, description: 'Free text; visible to Wmo only.' })
  @IsOptional()
  @MaxLength(2000)
  toelichting?: string;
}

@InputType({ description: 'Wmo: the onderzoek of an open melding; every rung of the ladder is required.' })
export class RecordWmoOnderzoekInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() meldingId!: string;
  @Field({ description: 'YYYY-MM-DD; not before the meldingsdatum, not in the future.' })
  @IsLocalDate()
  afgerondOp!: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD, between the meldingsdatum and afgerondOp.' })
  @IsOptional()
  @IsLocalDate()
  keukentafelgesprekOp?: string;
  @Field(() => WmoTredeInput) @ValidateNested() @Type(() => WmoTredeInput) eigenKracht!: WmoTredeInput;
  @Field(() => WmoTredeInput) @ValidateNested() @Type(() => WmoTredeInput) gebruikelijkeHulp!: WmoTredeInput;
  @Field(() => WmoTredeInput) @ValidateNested() @Type(() => WmoTredeInput) mantelzorg!: WmoTredeInput;
  @Field(() => WmoTredeInput) @ValidateNested() @Type(() => WmoTredeInput) sociaalNetwerk!: WmoTredeInput;
  @Field(() => WmoTredeInput) @ValidateNested() @Type(() => WmoTredeInput) algemeneVoorziening!: WmoTredeInput;
  @Field(() => WmoConclusieEnum, {
    description: 'MAATWERKVOORZIENING_NODIG needs every rung considered and none sufficient JA.',
  })
  conclusie!: string;
}

@InputType({ description: 'Wmo: the besluit (beschikking) on a melding whose onderzoek is done.' })
export class RecordWmoBesluitInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Client-chosen uuid; generated when absent. A toewijzing refers to it.',
  })
  @IsOptional()
  @IsUUID()
  besluitId?: string;
  @Field(() => ID) @IsUUID() meldingId!: string;
  @Field({ description: 'YYYY-MM-DD; not before the onderzoek was done, not in the future.' })
  @IsLocalDate()
  besluitdatum!: string;
  @Field(() => WmoUitkomstEnum) uitkomst!: string;
  @Field({ nullable: true, description: 'WMO020 Productcategorie, e.g. "02" begeleiding; required when TOEGEKEND.' })
  @IsOptional()
  @MaxLength(2)
  productcategorie?: string;
  @Field({
    nullable: true,
    description: 'Name of the algemene voorziening; required when VERWEZEN_NAAR_ALGEMENE_VOORZIENING.',
  })
  @IsOptional()
  @MaxLength(200)
  algemeneVoorziening?: string;
  @Field({ description: 'Why (Awb 3:46); visible to Wmo only.' }) @MaxLength(4000) motivering!: string;
  @Field({
    nullable: true,
    description:
      "TOEGEKEND: why none of the voorliggend-veld catalogue's alternatives for the productcategorie fits (at least " +
      '10 characters); required when the catalogue lists any. Free text; visible to Wmo only.',
  })
  @IsOptional()
  @MaxLength(2000)
  redenGeenAlternatief?: string;
}

const TEXTS: InputTexts = {
  domain: 'Wmo',
  productcategorie: 'WMO020 Productcategorie, e.g. "01" hulp bij het huishouden.',
  redenBeeindiging: 'WMO588 Reden beëindiging, e.g. "19" volgens plan beëindigd.',
};

@InputType({ description: 'Omvang of a specific toewijzing: volume eenheid per frequentie.' })
export class WmoOmvangInput extends OmvangInputBase {}

@InputType({ description: 'As WMO301 toewijzing: omvang (specific), budget, or neither (aspecific); never both.' })
export class RecordWmoToewijzingInput extends toewijzingInputBase(TEXTS, WmoOmvangInput) {
  @Field(() => ID, { nullable: true, description: 'The TOEGEKEND besluit this toewijzing carries out.' })
  @IsOptional()
  @IsUUID()
  besluitId?: string;
}

@InputType({ description: 'As WMO305 start zorg: member, provider and product come from the toewijzing.' })
export class RecordWmoZorgStartInput extends ZorgStartInputBase {}

@InputType({ description: 'As WMO307 stop zorg.' })
export class RecordWmoZorgStopInput extends zorgStopInputBase(TEXTS) {}

@InputType({ description: 'A contact of the Wmo team with a member.' })
export class RecordWmoContactmomentInput extends ContactmomentInputBase {}
