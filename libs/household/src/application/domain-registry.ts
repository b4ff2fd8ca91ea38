import { Injectable } from '@nestjs/common';
import type { DomainModuleDefinition } from '../core/domain-module';
import { domainCodeOf } from '../core/household-state';
import { personalDataProblems } from '../core/personal-data';
import { definitionProblems, domainCodesOf } from '../core/domain-catalogue';
import { showDomainsInSchema } from '../graphql/code-enums';
import { correctableFieldProblems, showCorrectableFieldsInSchema } from '../graphql/correction.inputs';
import type { DraftEvent } from '../core/event-envelope';

/** The domain modules of this instance. Each domain's Nest module registers its definition at start-up. */
@Injectable()
export class DomainRegistry {
  private readonly registered: DomainModuleDefinition[] = [];

  register(definition: DomainModuleDefinition): void {
    if (
      this.registered.some(
        (existing) => existing.code === definition.code || existing.eventPrefix === definition.eventPrefix,
      )
    ) {
      throw new Error(`Domain ${definition.code} (${definition.eventPrefix}) is registered twice`);
    }
    const problems = [
      ...definitionProblems(definition, this.registered),
      ...personalDataProblems(definition),
      ...correctableFieldProblems(definition, this.registered),
    ];
    if (problems.length > 0) throw new Error(problems.join('; '));
    this.registered.push(definition);
    showDomainsInSchema(this.registered);
    showCorrectableFieldsInSchema(this.registered);
  }

  /** The codes of the registered domains (a domeinmedewerker's token names one of them). */
  get codes(): readonly string[] {
    return domainCodesOf(this.registered);
  }

  get all(): readonly DomainModuleDefinition[] {
    return this.registered;
  }

  byCode(code: string): DomainModuleDefinition | undefined {
    return this.registered.find((domain) => domain.code === code);
  }

  /** The domain code an event of this type belongs to (corrections belong to the corrected entry's domain). */
  domainOf(draft: Pick<DraftEvent, 'type' | 'data'>): string {
    return domainCodeOf(draft, this.registered);
  }
}
