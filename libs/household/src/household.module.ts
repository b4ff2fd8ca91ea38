import { Global, Module } from '@nestjs/common';
import { EVENT_STORE_DECORATOR } from '@regie/event-store';
import { DomainRegistry } from './application/domain-registry';
import { HouseholdCommandExecutor } from './application/household-command-executor';
import { PersonErasure } from './application/person-erasure';
import { ProviderDirectory } from './application/provider-directory';
import { personalDataProtection } from './application/erasure';
import { RetentionService } from './application/retention.service';
import { StreamCommandHandler } from './application/stream-command';
import { AfwegingResolver } from './graphql/afweging.resolver';
import { ForgetPersonResolver } from './graphql/forget-person.resolver';
import { HouseholdResolver } from './graphql/household.resolver';
import { ZrmResolver } from './graphql/zrm.resolver';

/** The household bounded context. Global so every domain module can register itself and record through it. */
@Global()
@Module({
  providers: [
    StreamCommandHandler,
    DomainRegistry,
    ProviderDirectory,
    HouseholdCommandExecutor,
    HouseholdResolver,
    AfwegingResolver,
    ZrmResolver,
    // Personal data: sealed in the event store (EventStoreModule applies it), erasure and retention.
    personalDataProtection,
    ForgetPersonResolver,
    PersonErasure,
    RetentionService,
  ],
  exports: [
    StreamCommandHandler,
    DomainRegistry,
    ProviderDirectory,
    HouseholdCommandExecutor,
    EVENT_STORE_DECORATOR,
    PersonErasure,
    RetentionService,
  ],
})
export class HouseholdModule {}
