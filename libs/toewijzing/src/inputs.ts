import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

// The GraphQL inputs of the life cycle, as abstract bases: each domain declares its own named input types (e.g.
// RecordJeugdZorgStartInput) on top of them, so the schema keeps its names. Shape checks only; the code lists are
// checked by the deciders, so a bad code is a BAD_USER_INPUT that names the field and its list.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';
const AGB = /^[0-9]{8}$/;
const AGB_MESSAGE = '$property must be an AGB-code of 8 digits';

/** How a domain's inputs describe their codes, e.g. `JZ020 Productcategorie, e.g. "45" ambulant.`. */
export interface InputTexts {
  readonly domain: string;
  readonly productcategorie: string;
  readonly redenBeeindiging: string;
}

@InputType({ isAbstract: true })
export abstract class OmvangInputBase {
  @Field(() => Int, { description: 'Positive whole number of units.' }) @IsInt() @IsPositive() volume!: number;
  @Field({ description: 'WJ756 Eenheid, e.g. "04" uur.' }) @MaxLength(10) eenheid!: string;
  @Field({ description: 'WMO757 Frequentie, e.g. "2" per week (needs an einddatum).' })
  @MaxLength(10)
  frequentie!: string;
}

/** The fields every 301 has; `Omvang` is the domain's named omvang input. */
export function toewijzingInputBase(texts: InputTexts, Omvang: new () => OmvangInputBase) {
  @InputType({ isAbstract: true })
  abstract class ToewijzingInputBase {
    @Field(() => ID) @IsUUID() householdId!: string;
    @Field(() => ID) @IsUUID() memberId!: string;
    @Field({ description: 'AGB-code of the aanbieder (8 digits).' })
    @Matches(AGB, { message: AGB_MESSAGE })
    providerAgb!: string;
    @Field({ description: `Unique within ${texts.domain} for the household: 1 to 20 letters or digits.` })
    @MaxLength(20)
    toewijzingNummer!: string;
    @Field({ description: 'YYYY-MM-DD; not in the future.' })
    @Matches(DATE, { message: DATE_MESSAGE })
    toewijzingsdatum!: string;
    @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: DATE_MESSAGE }) ingangsdatum!: string;
    @Field({ nullable: true, description: 'YYYY-MM-DD, not before the ingangsdatum; required with a weekly omvang.' })
    @IsOptional()
    @Matches(DATE, { message: DATE_MESSAGE })
    einddatum?: string;
    @Field({ description: texts.productcategorie }) @MaxLength(10) productcategorie!: string;
    @Field({ nullable: true, description: 'Productcode (5 characters).' })
    @IsOptional()
    @MaxLength(10)
    productcode?: string;
    @Field(() => Omvang, { nullable: true })
    @IsOptional()
    @ValidateNested()
    @Type(() => Omvang)
    omvang?: OmvangInputBase;
    @Field(() => Int, { nullable: true, description: 'Budget in euro cents.' })
    @IsOptional()
    @IsInt()
    @IsPositive()
    budget?: number;
    @Field(() => Int, {
      nullable: true,
      description: "The contract's price per eenheid in euro cents; with an omvang (a budget is its own tariff basis).",
    })
    @IsOptional()
    @IsInt()
    @IsPositive()
    tariefPerEenheid?: number;
  }
  return ToewijzingInputBase;
}

@InputType({ isAbstract: true })
export abstract class ZorgStartInputBase {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field() @MaxLength(20) toewijzingNummer!: string;
  @Field({ description: 'YYYY-MM-DD, within the toewijzing and not in the future.' })
  @Matches(DATE, { message: DATE_MESSAGE })
  begindatum!: string;
}

export function zorgStopInputBase(texts: InputTexts) {
  @InputType({ isAbstract: true })
  abstract class ZorgStopInputBase {
    @Field(() => ID) @IsUUID() householdId!: string;
    @Field() @MaxLength(20) toewijzingNummer!: string;
    @Field({ description: 'YYYY-MM-DD, not before the begindatum and not in the future.' })
    @Matches(DATE, { message: DATE_MESSAGE })
    einddatum!: string;
    @Field({ description: texts.redenBeeindiging }) @MaxLength(10) redenBeeindiging!: string;
  }
  return ZorgStopInputBase;
}
