import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { DomainEnum, DomainRegistry } from '@regie/household';

@ObjectType({ description: 'A domain module this instance runs, as its definition registers it.' })
export class RegisteredDomain {
  @Field(() => DomainEnum)
  code!: string;

  @Field({ description: 'Its name for people, e.g. "Werk & Inkomen".' })
  label!: string;
}

@ObjectType({ description: 'What this Regie instance runs on.' })
export class SystemInfo {
  @Field({ description: 'Version of the api.' })
  version!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Position of the newest event in the store as a decimal string; null for an empty store.',
  })
  headPosition!: string | null;

  @Field(() => [RegisteredDomain], {
    description: 'The domain modules of this instance, in registration order (e.g. for a domain filter).',
  })
  domains!: RegisteredDomain[];
}

@Resolver(() => SystemInfo)
export class SystemResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: DomainRegistry,
  ) {}

  @Query(() => SystemInfo, { description: 'Version and event-store head: a cheap query to see that the api answers.' })
  async system(): Promise<SystemInfo> {
    const head = await this.store.headPosition();
    const domains = this.registry.all.map(({ code, label }) => ({ code, label }));
    return { version: '0.1.0', headPosition: head?.toString() ?? null, domains };
  }
}
