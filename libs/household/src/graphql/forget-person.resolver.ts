import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { PersonErasure } from '../application/person-erasure';
import { RecordedPayload } from './recorded.payload';

@InputType()
export class ForgetPersonInput {
  @Field(() => ID) @IsUUID() householdId!: string;
  @Field(() => ID, { description: 'The member to erase; also a former member.' }) @IsUUID() memberId!: string;
  @Field({ description: 'Why, e.g. "verzoek tot verwijdering (AVG art. 17)"; stored as the household’s text.' })
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

/** Erasure of a person (AVG art. 17) by crypto-shredding: through the household's one write path. */
@Resolver()
export class ForgetPersonResolver {
  constructor(private readonly erasure: PersonErasure) {}

  @Mutation(() => RecordedPayload, {
    description:
      'Erase a person: their BSN, name, birth date and the free text about them become unreadable everywhere ' +
      '(their key is destroyed) and the timeline shows their entries as "gegevens verwijderd"; messages waiting in ' +
      "the gemeente's berichten queue for their BSN are destroyed. Cannot be undone.",
  })
  async forgetPerson(@CurrentActor() actor: Actor, @Args('input') input: ForgetPersonInput) {
    return RecordedPayload.from(await this.erasure.forget(input, actor));
  }
}
