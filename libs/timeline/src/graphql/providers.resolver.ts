import { Args, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '@regie/access';
import { DomainEnum, FORBIDDEN_MESSAGE } from '@regie/household';
import { GraphQLError } from 'graphql';
import { TimelineReadModel } from '../query/timeline-read-model';

@ObjectType({ description: "A provider (zorgaanbieder) in the gemeente's register." })
export class RegisteredProvider {
  @Field({ description: 'AGB-code (8 digits, Vektis).' })
  agbCode!: string;
  @Field({ description: 'The name the gemeente registered it under.' })
  name!: string;
  @Field(() => [DomainEnum], { description: 'The domains it works in for the gemeente.' })
  domains!: string[];
}

/**
 * The provider register of the caller's gemeente. It holds organisations, no personal data, so every role of the
 * gemeente reads it (as the voorliggend veld); another gemeente's register is never shown, not even by AGB-code.
 */
@Resolver()
export class ProvidersResolver {
  constructor(private readonly readModel: TimelineReadModel) {}

  @Query(() => [RegisteredProvider], {
    description:
      'The provider register of your gemeente (AGB-code, name, domains), sorted by name; with domain: only those ' +
      'working in it. Any role; only your own gemeente’s register.',
  })
  async providers(
    @CurrentActor() actor: Actor,
    @Args('domain', { type: () => DomainEnum, nullable: true }) domain?: string | null,
  ): Promise<RegisteredProvider[]> {
    if (!actor.gemeente) throw new GraphQLError(FORBIDDEN_MESSAGE, { extensions: { code: 'FORBIDDEN' } });
    const rows = await this.readModel.providerRegister(actor.gemeente, domain ?? undefined);
    return rows.map((row) => ({ agbCode: row.agb_code, name: row.name, domains: row.domains }));
  }
}
