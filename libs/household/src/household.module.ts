import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DomainRegistry } from './application/domain-registry';
import { HouseholdCommandExecutor } from './application/household-command-executor';
import { ProviderDirectory } from './application/provider-directory';
import { RecordInHouseholdHandler } from './application/record-in-household.command';
import { HouseholdResolver } from './graphql/household.resolver';

/** The household bounded context. Global so every domain module can register itself and record through it. */
@Global()
@Module({
  imports: [CqrsModule],
  providers: [DomainRegistry, ProviderDirectory, HouseholdCommandExecutor, RecordInHouseholdHandler, HouseholdResolver],
  exports: [DomainRegistry, ProviderDirectory, HouseholdCommandExecutor, CqrsModule],
})
export class HouseholdModule {}
