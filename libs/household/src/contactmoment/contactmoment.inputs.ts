import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { codeEnum } from '../graphql/code-enums';
import { IsAgbCode, IsLocalDate } from '../graphql/validation';
import { CONTACTMOMENT_NOTE_MAX, CONTACTMOMENT_SOORT } from './contactmoment';

const ContactmomentSoortEnum = codeEnum('ContactmomentSoort', CONTACTMOMENT_SOORT, 'How a worker was in contact.');

/**
 * The fields of every domain's contactmoment input; a domain names its own input class after it
 * (`@InputType() class RecordWmoContactmomentInput extends ContactmomentInputBase {}`).
 */
@InputType({ isAbstract: true })
export abstract class ContactmomentInputBase {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID) @IsUUID() memberId!: string;
  @Field({ nullable: true, description: 'AGB-code of the aanbieder involved (8 digits).' })
  @IsOptional()
  @IsAgbCode()
  providerAgb?: string;
  @Field({ description: 'YYYY-MM-DD; not in the future.' }) @IsLocalDate() datum!: string;
  @Field(() => ContactmomentSoortEnum) soort!: string;
  @Field({ description: "What was discussed; visible to the recording domain's readers only." })
  @MaxLength(CONTACTMOMENT_NOTE_MAX)
  note!: string;
}

/** What a domain's contactmoment mutation hands its recorder: the household, the command and the AGB-code to load. */
export function contactmomentRecording<Type extends string>(type: Type, input: ContactmomentInputBase) {
  const { householdId, ...data } = input;
  return {
    householdId,
    command: { type, data },
    options: { providerAgbCodes: data.providerAgb ? [data.providerAgb] : [] },
  };
}
