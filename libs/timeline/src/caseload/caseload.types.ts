import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo, type CountedConnection } from '../graphql/timeline.types';

@ObjectType({ description: 'A regisseur of the gemeente and the number of open households they coordinate.' })
export class RegisseurWorkload {
  @Field(() => ID, { description: 'User id (inlognaam) of the regisseur.' })
  userId!: string;
  @Field({ description: 'The name the latest assignment gave.' })
  name!: string;
  @Field(() => Int)
  openHouseholds!: number;
}

@ObjectType({ description: 'An open household in a regisseur’s caseload: its registration only, no care content.' })
export class CaseloadHousehold {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true })
  name!: string | null;
  @Field(() => Date, { nullable: true, description: 'Since when this regisseur coordinates the household.' })
  regisseurSince!: Date | null;
  @Field()
  lastActivity!: Date;
}

@ObjectType()
export class CaseloadEdge {
  @Field()
  cursor!: string;
  @Field(() => CaseloadHousehold)
  node!: CaseloadHousehold;
}

@ObjectType()
export class CaseloadConnection implements CountedConnection {
  @Field(() => [CaseloadEdge])
  edges!: CaseloadEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  countTotal!: () => Promise<number>;
}
