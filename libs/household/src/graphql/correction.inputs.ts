import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsPositive, MaxLength, ValidateNested } from 'class-validator';
import { IsLocalDate } from './validation';

// The fields a correction (StatusAanlevering 2) may change, typed: the union of what the domains declare correctable
// (their `validateCorrection`). GraphQL refuses any other key, nested ones included, before anything runs; which
// of these fields a given entry takes is the domain's rule. Absent = unchanged, `null` = removed (optional fields).

const CODE_MAX = 20;

const dateField = (description: string) =>
  function (target: object, property: string) {
    Field(() => String, { nullable: true, description })(target, property);
    IsOptional()(target, property);
    IsLocalDate()(target, property);
  };

const codeField = (description: string) =>
  function (target: object, property: string) {
    Field(() => String, { nullable: true, description })(target, property);
    IsOptional()(target, property);
    MaxLength(CODE_MAX)(target, property);
  };

const centsField = (description: string) =>
  function (target: object, property: string) {
    Field(() => Int, { nullable: true, description })(target, property);
    IsOptional()(target, property);
    IsInt()(target, property);
  };

@InputType({ description: 'A corrected omvang of a toewijzing (Jeugd, Wmo): exactly these three fields.' })
export class OmvangCorrectionInput {
  @Field(() => Int, { description: 'Positive whole number of units.' }) @IsInt() @IsPositive() volume!: number;
  @Field({ description: 'WJ756 Eenheid.' }) @MaxLength(CODE_MAX) eenheid!: string;
  @Field({ description: 'WMO757 Frequentie.' }) @MaxLength(CODE_MAX) frequentie!: string;
}

@InputType({
  description:
    'Corrected field values. Which fields an entry takes depends on its domain and type (others are refused); ' +
    'absent = unchanged, null = removed (optional fields only).',
})
export class CorrectionChangesInput {
  @dateField('Toewijzing (Wmo).') toewijzingsdatum?: string | null;
  @dateField('Toewijzing (Jeugd, Wmo).') ingangsdatum?: string | null;
  @dateField('Toewijzing, stop zorg (Jeugd, Wmo); null removes it from a toewijzing.') einddatum?: string | null;
  @dateField('Start zorg (Jeugd, Wmo).') begindatum?: string | null;
  @dateField('Besluit (Wmo).') besluitdatum?: string | null;
  @dateField('Werk & Inkomen entries.') datum?: string | null;
  @dateField('Vroegsignaal (Werk & Inkomen).') ontvangenOp?: string | null;
  @codeField('Toewijzing (Jeugd, Wmo); null removes it.') productcode?: string | null;
  @codeField('Every Jeugd or Wmo correction (WMO002).') redenWijziging?: string | null;
  @codeField('Stop zorg (Jeugd, Wmo).') redenBeeindiging?: string | null;
  @codeField('Besluit (Wmo).') uitkomst?: string | null;
  @codeField('Vroegsignaal, re-integratie (Werk & Inkomen).') soort?: string | null;
  @codeField('Schuldhulp (Werk & Inkomen).') fase?: string | null;
  @Field(() => OmvangCorrectionInput, { nullable: true, description: 'Toewijzing (Jeugd, Wmo); null removes it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OmvangCorrectionInput)
  omvang?: OmvangCorrectionInput | null;
  @centsField('Toewijzing (Jeugd, Wmo), euro cents; null removes it.') budget?: number | null;
  @centsField('Vroegsignaal (Werk & Inkomen), euro cents; null removes it.') bedragAchterstand?: number | null;
  @Field(() => String, { nullable: true, description: 'Vroegsignaal (Werk & Inkomen).' })
  @IsOptional()
  @MaxLength(200)
  schuldeiser?: string | null;
}

/** The changes as the domain sees them: only the keys the client sent (null kept), as plain data. */
export function changesOf(input: CorrectionChangesInput): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}
