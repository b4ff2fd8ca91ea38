import { Module } from '@nestjs/common';
import { DomainRegistry } from '@regie/household';
import { jeugdDefinition } from './jeugd.definition';
import { JeugdResolver } from './jeugd.resolver';

/** The Jeugd (Jeugdwet) domain module: registers its definition with the household and adds its mutations. */
@Module({ providers: [JeugdResolver] })
export class JeugdModule {
  constructor(registry: DomainRegistry) {
    registry.register(jeugdDefinition);
  }
}
