import type { DomainModuleDefinition } from '@regie/household';
import { LIFECYCLE_CORRECTABLE_FIELDS, LIFECYCLE_CORRECTION_FACTS } from '@regie/toewijzing';
import { validateJeugdCorrection } from './jeugd.correction';
import { describeJeugdEvent } from './jeugd.describe';
import { JEUGD_DOMAIN } from './jeugd.events';
import { jeugdPersonalData } from './jeugd.personal-data';
import { JEUGD_WACHTTIJD_NORM_DAYS } from './jeugd.wachttijd';
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
  waitingNorm: { days: JEUGD_WACHTTIJD_NORM_DAYS, source: 'Treeknorm jeugdhulp: zes weken van toewijzing tot start' },
  correctionFacts: LIFECYCLE_CORRECTION_FACTS,
  personalData: jeugdPersonalData,
  correctableFields: LIFECYCLE_CORRECTABLE_FIELDS,
};
