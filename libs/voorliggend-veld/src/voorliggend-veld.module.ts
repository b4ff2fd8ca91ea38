import { Global, Module } from '@nestjs/common';
import { VOORLIGGEND_VELD_LOOKUP } from '@regie/household';
import { VoorliggendVeldResolver } from './graphql/voorliggend-veld.resolver';
import { VoorliggendVeldCatalogue } from './voorliggend-veld-catalogue';

/**
 * The voorliggend-veld catalogue. Global so the household's command executor (in the global HouseholdModule) finds
 * the `VOORLIGGEND_VELD_LOOKUP` it injects optionally, and the seed can reach the catalogue.
 */
@Global()
@Module({
  providers: [
    VoorliggendVeldCatalogue,
    { provide: VOORLIGGEND_VELD_LOOKUP, useExisting: VoorliggendVeldCatalogue },
    VoorliggendVeldResolver,
  ],
  exports: [VoorliggendVeldCatalogue, VOORLIGGEND_VELD_LOOKUP],
})
export class VoorliggendVeldModule {}
