import { Field, ID, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor, type Role } from '@regie/access';
import { DomainEnum } from '@regie/household';

export enum ViewerRole {
  regisseur = 'regisseur',
  domeinmedewerker = 'domeinmedewerker',
  functioneel_beheerder = 'functioneel_beheerder',
  auditor = 'auditor',
}
registerEnumType(ViewerRole, { name: 'Role', description: 'What a user does in Regie (from the token or sign-in).' });

@ObjectType({ description: 'The signed-in user, as Regie knows them from their token or session.' })
export class Viewer {
  @Field(() => ID)
  userId!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => ViewerRole)
  role!: Role;
  @Field(() => String, { nullable: true, description: 'CBS code of the gemeente (4 digits).' })
  gemeente!: string | null;
  @Field(() => DomainEnum, { nullable: true, description: 'For a domeinmedewerker: their domain.' })
  domain!: string | null;
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, { description: 'Who is calling: UNAUTHENTICATED without a valid token or session.' })
  viewer(@CurrentActor() actor: Actor): Viewer {
    return {
      userId: actor.userId,
      name: actor.name ?? null,
      role: actor.role,
      gemeente: actor.gemeente ?? null,
      domain: actor.domain ?? null,
    };
  }
}
