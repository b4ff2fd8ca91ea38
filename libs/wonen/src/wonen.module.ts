import { Module } from '@nestjs/common';
import { DomainRegistry } from '@regie/household';
import { wonenDefinition } from './wonen.definition';
import { WonenResolver } from './wonen.resolver';

/** The Wonen domain module: registers its definition with the household and adds its mutations. */
@Module({ providers: [WonenResolver] })
export class WonenModule {
  constructor(registry: DomainRegistry) {
    registry.register(wonenDefinition);
  }
}
