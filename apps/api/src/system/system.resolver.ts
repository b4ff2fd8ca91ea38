import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '@regie/event-store';

@ObjectType({ description: 'What this Regie instance runs on.' })
export class SystemInfo {
  @Field({ description: 'Version of the api.' })
  version!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Position of the newest event in the store as a decimal string; null for an empty store.',
  })
  headPosition!: string | null;
}

@Resolver(() => SystemInfo)
export class SystemResolver {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Query(() => SystemInfo, { description: 'Version and event-store head: a cheap query to see that the api answers.' })
  async system(): Promise<SystemInfo> {
    const head = await this.store.headPosition();
    return { version: '0.1.0', headPosition: head?.toString() ?? null };
  }
}
