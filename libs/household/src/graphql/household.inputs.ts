import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsAgbCode, IsLocalDate } from './validation';
import type { AgreementParty, GoalOutcome, Grondslag, MemberRelation } from '../core/household.events';
import { correctionChangesInput, type CorrectionChangesInput } from './correction.inputs';
import { DomainEnum } from './code-enums';

export enum MemberRelationEnum {
  OUDER_VERZORGER = 'OUDER_VERZORGER',
  KIND = 'KIND',
  PARTNER = 'PARTNER',
  OVERIG = 'OVERIG',
}
export enum GoalOutcomeEnum {
  BEREIKT = 'BEREIKT',
  DEELS_BEREIKT = 'DEELS_BEREIKT',
  NIET_BEREIKT = 'NIET_BEREIKT',
}
export enum AgreementPartyEnum {
  HUISHOUDEN = 'HUISHOUDEN',
  NETWERK = 'NETWERK',
  AANBIEDER = 'AANBIEDER',
  DOMEINTEAM = 'DOMEINTEAM',
}
export enum GrondslagEnum {
  WETTELIJKE_TAAK = 'WETTELIJKE_TAAK',
  WETTELIJKE_VERPLICHTING = 'WETTELIJKE_VERPLICHTING',
  VITAAL_BELANG = 'VITAAL_BELANG',
}
registerEnumType(MemberRelationEnum, { name: 'MemberRelation', description: 'Relation of a member in the household.' });
registerEnumType(GoalOutcomeEnum, { name: 'GoalOutcome' });
registerEnumType(AgreementPartyEnum, { name: 'AgreementParty', description: 'Who carries out an agreement.' });
registerEnumType(GrondslagEnum, {
  name: 'Grondslag',
  description: 'AVG art. 6 lid 1 basis (c, e, d). Consent is recorded next to a basis, never as one.',
});

@InputType()
export class MemberInput {
  @Field({ description: 'Burgerservicenummer (9 digits, elfproef).' })
  @Matches(/^[0-9]{9}$/, { message: 'bsn must be 9 digits' })
  bsn!: string;
  @Field() @MaxLength(200) name!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsLocalDate() birthDate!: string;
  @Field(() => MemberRelationEnum) relation!: MemberRelation;
}

@InputType({ description: 'A woonadres: postcode and huisnummer, optionally a huisletter and a toevoeging.' })
export class AddressInput {
  @Field({ description: 'Four digits and two letters, with or without a space: 1234 AB.' })
  @MaxLength(20)
  postcode!: string;
  @Field(() => Int, { description: '1 to 99999.' }) @IsInt() huisnummer!: number;
  @Field(() => String, { nullable: true, description: 'One letter, e.g. A in 12A.' })
  @IsOptional()
  @MaxLength(20)
  huisletter?: string | null;
  @Field(() => String, { nullable: true, description: 'One to four letters or digits, e.g. 2 in 12-2.' })
  @IsOptional()
  @MaxLength(20)
  huisnummertoevoeging?: string | null;
}

@InputType()
export class RegisterHouseholdInput {
  @Field(() => ID, { nullable: true, description: 'Client-chosen uuid (makes a retry safe); generated when absent.' })
  @IsOptional()
  @IsUUID()
  householdId?: string;
  @Field({ description: 'CBS gemeentecode (4 digits).' })
  @Matches(/^[0-9]{4}$/, { message: 'gemeente must be 4 digits' })
  gemeente!: string;
  @Field({ description: 'How the team refers to the household, e.g. "Familie Jansen".' }) @MaxLength(200) name!: string;
  @Field(() => [MemberInput]) @ValidateNested({ each: true }) @Type(() => MemberInput) members!: MemberInput[];
  @Field(() => AddressInput, { nullable: true, description: 'The woonadres, when known.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AddressInput)
  address?: AddressInput | null;
}

@InputType()
export class RecordHouseholdAddressInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => AddressInput) @ValidateNested() @Type(() => AddressInput) address!: AddressInput;
}

@InputType()
export class AddHouseholdMemberInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => MemberInput) @ValidateNested() @Type(() => MemberInput) member!: MemberInput;
}

@InputType()
export class RemoveHouseholdMemberInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field() @MaxLength(1000) reason!: string;
}

@InputType()
export class AssignRegisseurInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field({ description: 'User id of the regisseur.' }) @MaxLength(200) regisseurUserId!: string;
  @Field() @MaxLength(200) regisseurName!: string;
  @Field({ description: 'Why this regisseur (or why the handover).' }) @MaxLength(1000) reason!: string;
  @Field({
    nullable: true,
    description:
      'Hand over only while this user id is still the regisseur (REGISSEUR_CHANGED otherwise, nothing recorded): ' +
      'for a handover chosen from a list, such as regisseurCaseload, that may be out of date.',
  })
  @IsOptional()
  @MaxLength(200)
  expectedRegisseurUserId?: string;
}

@InputType()
export class HouseholdReasonInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field() @MaxLength(1000) reason!: string;
}

@InputType()
export class RegisterProviderInput {
  @Field({ description: 'AGB-code, 8 digits.' })
  @IsAgbCode()
  agbCode!: string;
  @Field() @MaxLength(200) name!: string;
  @Field(() => [DomainEnum], { description: 'The domains the provider works in.' })
  domains!: string[];
}

@InputType()
export class SetPlanGoalInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true, description: 'Omit for a new goal; give an existing id to revise it.' })
  @IsOptional()
  @IsUUID()
  goalId?: string;
  @Field({ description: 'What the household wants to reach, in their words.' }) @MaxLength(500) title!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) description?: string;
  @Field(() => [DomainEnum]) domains!: string[];
  @Field(() => [ID]) memberIds!: string[];
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() targetDate?: string;
  @Field({ nullable: true, description: 'Required when revising.' })
  @IsOptional()
  @MaxLength(1000)
  revisionReason?: string;
}

@InputType()
export class EvaluatePlanGoalInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() goalId!: string;
  @Field(() => GoalOutcomeEnum) outcome!: GoalOutcome;
  @Field() @IsLocalDate() evaluatedOn!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(4000) note?: string;
}

@InputType()
export class RecordPlanAgreementInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() goalId?: string;
  @Field() @MaxLength(1000) description!: string;
  @Field(() => AgreementPartyEnum) party!: AgreementParty;
  @Field({ nullable: true }) @IsOptional() @MaxLength(200) partyName?: string;
  @Field({ nullable: true })
  @IsOptional()
  @IsAgbCode()
  providerAgb?: string;
  @Field(() => DomainEnum, { nullable: true }) @IsOptional() domain?: string;
  @Field(() => [ID], { defaultValue: [] }) memberIds!: string[];
  @Field({ nullable: true, description: 'By when it is to be done (YYYY-MM-DD).' })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string;
}

@InputType()
export class RecordSharingBasisInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => DomainEnum, { description: 'Domain whose data may be shared in the coordination.' }) domain!: string;
  @Field(() => GrondslagEnum) grondslag!: Grondslag;
  @Field({ description: 'e.g. "art. 7.1.1 Jeugdwet" or "art. 5.1 Wmo 2015".' })
  @MaxLength(300)
  wettelijkeBepaling!: string;
  @Field({ nullable: true, description: 'Date consent was recorded as well (an extra, not a basis).' })
  @IsOptional()
  @IsLocalDate()
  toestemmingVastgelegdOp?: string;
  @Field(() => [ID], { description: 'Members covered; empty = the whole household.' }) memberIds!: string[];
  @Field() @IsLocalDate() validFrom!: string;
  @Field() @IsLocalDate() validUntil!: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(1000) note?: string;
}

@InputType()
export class EndSharingBasisInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() basisId!: string;
  @Field() @IsLocalDate() endedOn!: string;
  @Field() @MaxLength(1000) reason!: string;
}

@InputType()
export class CorrectEntryInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { description: 'Event id of the entry to correct.' }) @IsUUID() entryId!: string;
  @Field() @MaxLength(1000) reason!: string;
  @Field(() => correctionChangesInput(), {
    description: 'Corrected field values, e.g. {ingangsdatum: "2026-02-01"}.',
  })
  @ValidateNested()
  @Type(() => correctionChangesInput())
  changes!: CorrectionChangesInput;
}

@InputType()
export class WithdrawEntryInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() entryId!: string;
  @Field() @MaxLength(1000) reason!: string;
}
