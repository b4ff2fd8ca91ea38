import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MyHouseholdConnection, TimelineConnection, type CountedConnection } from './timeline.types';

const TOTAL_COUNT = {
  description: 'All entries matching the filter; costs a count query, so select it only when needed.',
};

@Resolver(() => TimelineConnection)
export class TimelineConnectionResolver {
  @ResolveField(() => Int, TOTAL_COUNT)
  totalCount(@Parent() connection: CountedConnection): Promise<number> {
    return connection.countTotal();
  }
}

@Resolver(() => MyHouseholdConnection)
export class MyHouseholdConnectionResolver {
  @ResolveField(() => Int, TOTAL_COUNT)
  totalCount(@Parent() connection: CountedConnection): Promise<number> {
    return connection.countTotal();
  }
}
