import type { DomainModuleDefinition } from '@regie/household';
import { validateJeugdCorrection } from './jeugd.correction';
import { describeJeugdEvent } from './jeugd.describe';
import { JEUGD_DOMAIN } from './jeugd.events';
import { jeugdPersonalData } from './jeugd.personal-data';
import { evolveJeugd, initialJeugdState, type JeugdState } from './jeugd.state';

/** The Jeugd (Jeugdwet) module as the household and the read side see it. */
export const jeugdDefinition: DomainModuleDefinition<JeugdState> = {
  code: JEUGD_DOMAIN,
  eventPrefix: 'jeugd.',
  label: 'Jeugd',
  /** Jeugdwet files are kept at least 20 years after the care ended. */
  retentionYears: 20,
  initialState: initialJeugdState,
  evolve: evolveJeugd,
  validateCorrection: validateJeugdCorrection,
  describe: describeJeugdEvent,
  personalData: jeugdPersonalData,
};
