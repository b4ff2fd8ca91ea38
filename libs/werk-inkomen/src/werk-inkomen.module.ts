import { Module } from '@nestjs/common';
import { DomainRegistry } from '@regie/household';
import { werkInkomenDefinition } from './werk-inkomen.definition';
import { WerkInkomenResolver } from './werk-inkomen.resolver';

/** The Werk & Inkomen domain module: registers its definition with the household and adds its mutations. */
@Module({ providers: [WerkInkomenResolver] })
export class WerkInkomenModule {
  constructor(registry: DomainRegistry) {
    registry.register(werkInkomenDefinition);
  }
}
