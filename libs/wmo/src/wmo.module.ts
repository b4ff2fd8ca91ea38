import { Module } from '@nestjs/common';
import { DomainRegistry } from '@regie/household';
import { wmoDefinition } from './wmo.definition';
import { WmoResolver } from './wmo.resolver';

/** The Wmo 2015 domain module: registers its definition with the household and adds its mutations. */
@Module({ providers: [WmoResolver] })
export class WmoModule {
  constructor(registry: DomainRegistry) {
    registry.register(wmoDefinition);
  }
}
