import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DomainEnum } from '@regie/household';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate } from '@regie/household';
import { CAPACITEIT_PERIODES, type CapaciteitPeriode } from '../voorziening.events';

export enum CapaciteitPeriodeEnum {
  DAG = 'DAG',
  WEEK = 'WEEK',
  MAAND = 'MAAND',
  JAAR = 'JAAR',
}
registerEnumType(CapaciteitPeriodeEnum, { name: 'CapaciteitPeriode', description: 'Capaciteit is counted per …' });

const GEMEENTE = /^[0-9]{4}$/;
const GEMEENTE_MESSAGE = 'gemeente must be 4 digits';

@InputType({ description: 'Individual support: a domain code and its category.' })
export class ReplaceableSupportInput {
  @Field(() => DomainEnum) domain!: string;
  @Field({ description: 'JZ020 / WMO020 productcategorie (e.g. "45", "01"), or SCHULDHULP / REINTEGRATIE.' })
  @MaxLength(40)
  category!: string;
}

@InputType({ description: "The provision's own contact details (no personal data); at least one." })
export class VoorzieningContactInput {
  @Field({ nullable: true }) @IsOptional() @MaxLength(40) telefoon?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) email?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(400) adres?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(400) website?: string;
}

@InputType({ description: 'How many people the provision takes, e.g. 12 plaatsen per WEEK.' })
export class CapaciteitInput {
  @Field(() => Int) @IsInt() @Min(1) plaatsen!: number;
  @Field(() => CapaciteitPeriodeEnum) @IsIn(CAPACITEIT_PERIODES) per!: CapaciteitPeriode;
}

@InputType()
export class RegisterAlgemeneVoorzieningInput {
  @Field({ nullable: true, description: "CBS gemeentecode of the catalogue; default: the caller's gemeente." })
  @IsOptional()
  @Matches(GEMEENTE, { message: GEMEENTE_MESSAGE })
  gemeente?: string;
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid; generated when absent.' })
  @IsOptional()
  @IsUUID()
  voorzieningId?: string;
  @Field() @MaxLength(200) naam!: string;
  @Field() @MaxLength(4000) omschrijving!: string;
  @Field({ description: 'The organisation that offers it.' }) @MaxLength(200) organisatie!: string;
  @Field(() => [ReplaceableSupportInput], { description: 'The individual support it can replace.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReplaceableSupportInput)
  replaces!: ReplaceableSupportInput[];
  @Field({ description: 'Who can use it and how: conditions, costs, how to sign up.' })
  @MaxLength(4000)
  voorwaarden!: string;
  @Field(() => VoorzieningContactInput)
  @ValidateNested()
  @Type(() => VoorzieningContactInput)
  contact!: VoorzieningContactInput;
  @Field(() => CapaciteitInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapaciteitInput)
  capaciteit?: CapaciteitInput;
  @Field(() => Int, { nullable: true, description: 'Usual waiting time in days.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  wachttijdDagen?: number;
  @Field({ description: 'YYYY-MM-DD: from when it is offered.' })
  @IsLocalDate()
  geldigVanaf!: string;
}

@InputType({ description: 'Only the fields given change; capaciteit or wachttijdDagen null clears it.' })
export class UpdateAlgemeneVoorzieningInput {
  @Field({ nullable: true, description: "CBS gemeentecode of the catalogue; default: the caller's gemeente." })
  @IsOptional()
  @Matches(GEMEENTE, { message: GEMEENTE_MESSAGE })
  gemeente?: string;
  @Field(() => ID) @IsUUID() voorzieningId!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) naam?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) omschrijving?: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) organisatie?: string;
  @Field(() => [ReplaceableSupportInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ReplaceableSupportInput)
  replaces?: ReplaceableSupportInput[];
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) voorwaarden?: string;
  @Field(() => VoorzieningContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VoorzieningContactInput)
  contact?: VoorzieningContactInput;
  @Field(() => CapaciteitInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapaciteitInput)
  capaciteit?: CapaciteitInput | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  wachttijdDagen?: number | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsLocalDate()
  geldigVanaf?: string;
}

@InputType()
export class EndAlgemeneVoorzieningInput {
  @Field({ nullable: true, description: "CBS gemeentecode of the catalogue; default: the caller's gemeente." })
  @IsOptional()
  @Matches(GEMEENTE, { message: GEMEENTE_MESSAGE })
  gemeente?: string;
  @Field(() => ID) @IsUUID() voorzieningId!: string;
  @Field({ description: 'YYYY-MM-DD: the first day it is no longer offered.' })
  @IsLocalDate()
  beeindigdPer!: string;
  @Field() @MaxLength(4000) reden!: string;
}
