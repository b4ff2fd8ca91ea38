import { Optional } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { ProcessingLog } from '@regie/audit';
import { FORBIDDEN_MESSAGE } from '@regie/household';
import { currentCorrelationId } from '@regie/observability';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLError } from 'graphql';
import { HouseholdSearch, SearchInputError, type SearchKind } from './household-search';
import { SearchIndexer } from './search-indexer';

export enum HouseholdSearchKind {
  BSN = 'BSN',
  NAAM = 'NAAM',
  GEBOORTEDATUM = 'GEBOORTEDATUM',
  NAAM_EN_GEBOORTEDATUM = 'NAAM_EN_GEBOORTEDATUM',
  POSTCODE_HUISNUMMER = 'POSTCODE_HUISNUMMER',
}
registerEnumType(HouseholdSearchKind, { name: 'HouseholdSearchKind', description: 'What a search was on.' });

@InputType({
  description:
    'Search by BSN alone, by (part of) a name and/or a birth date, or by postcode and huisnummer (with an optional toevoeging).',
})
export class HouseholdSearchInput {
  @Field(() => String, { nullable: true, description: '9 digits, elfproef checked.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  bsn?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of a member’s name, at least 2 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'With huisnummer: 1234 AB or 1234AB.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postcode?: string | null;

  @Field(() => Int, { nullable: true, description: 'With postcode: 1 to 99999.' })
  @IsOptional()
  @IsInt()
  huisnummer?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Huisletter and/or toevoeging (A, 2, A-2); without it every address with the huisnummer matches.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  toevoeging?: string | null;
}

@ObjectType()
export class HouseholdSearchMember {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate!: string | null;
  @Field(() => String, { nullable: true })
  relation!: string | null;
  @Field({ description: 'This member matched the search (by address: every member of the household found).' })
  matched!: boolean;
}

@ObjectType()
export class HouseholdSearchHit {
  @Field(() => ID)
  householdId!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => [HouseholdSearchMember])
  members!: HouseholdSearchMember[];
}

@ObjectType()
export class HouseholdSearchResult {
  @Field(() => HouseholdSearchKind)
  kind!: SearchKind;
  @Field(() => [HouseholdSearchHit], { description: 'Only households the caller may see.' })
  households!: HouseholdSearchHit[];
  @Field({ description: 'More than 50 households matched: search more precisely.' })
  truncated!: boolean;
}

/** Roles that look households up: the auditor reads no care content and has the verwerkingenlog instead. */
const SEARCHERS: readonly Actor['role'][] = ['regisseur', 'domeinmedewerker', 'functioneel_beheerder'];

@Resolver(() => HouseholdSearchResult)
export class HouseholdSearchResolver {
  constructor(
    private readonly search: HouseholdSearch,
    private readonly indexer: SearchIndexer,
    @Optional() private readonly log?: ProcessingLog,
  ) {}

  @Query(() => HouseholdSearchResult, {
    description:
      'Find households of your gemeente by BSN, name, birth date or postcode and huisnummer; only those you may see. Every search is a line ' +
      'in the verwerkingenlog (kind of search and number of results, never the terms).',
  })
  async searchHouseholds(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => HouseholdSearchInput }) input: HouseholdSearchInput,
  ): Promise<HouseholdSearchResult> {
    if (!actor.gemeente || !SEARCHERS.includes(actor.role)) {
      throw new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
    }
    await this.indexer.waitForHead();
    let outcome;
    try {
      outcome = await this.search.search(actor, input);
    } catch (error) {
      if (!(error instanceof SearchInputError)) throw error;
      throw new GraphQLError(error.message, {
        extensions: { code: 'BAD_USER_INPUT', fields: [`input.${error.field}`].filter((f) => f !== 'input.input') },
      });
    }
    // One line per household shown, naming every member whose name and birth date it shows (so the household's
    // "Wie keek mee" and a person's inzage find it); a search without results is one line without a household.
    const line = (householdId: string | null, personIds: readonly string[]) => ({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente!,
      householdId,
      personIds: [...personIds],
      operation: 'READ' as const,
      action: 'household.search',
      fields: [`search.${outcome.kind}`, `results.${outcome.hits.length}`],
      basis: actor.role === 'domeinmedewerker' ? `domeinmedewerker ${actor.domain}` : actor.role.replace('_', ' '),
      correlationId: currentCorrelationId() ?? null,
    });
    await this.log?.recordMany(
      outcome.hits.length === 0
        ? [line(null, [])]
        : outcome.hits.map((hit) =>
            line(
              hit.householdId,
              hit.members.map((member) => member.id),
            ),
          ),
    );
    return {
      kind: outcome.kind,
      truncated: outcome.truncated,
      households: outcome.hits.map((hit) => ({ ...hit, members: [...hit.members] })),
    };
  }
}
