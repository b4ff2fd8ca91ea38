import type { DomainModuleDefinition } from '@regie/household';
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
  correctionFacts: {
    episodeDateFields: { TOEGEWEZEN: ['toewijzingsdatum'], GESTART: ['begindatum'], GESTOPT: ['einddatum'] },
    validityEndField: 'einddatum',
    costBasisFields: ['ingangsdatum', 'productcode', 'omvang', 'budget'],
  },
  personalData: jeugdPersonalData,
  correctableFields: [
    { name: 'ingangsdatum', kind: 'date', description: 'Toewijzing' },
    { name: 'einddatum', kind: 'date', description: 'Toewijzing, stop zorg; null removes it from a toewijzing' },
    { name: 'begindatum', kind: 'date', description: 'Start zorg' },
    { name: 'productcode', kind: 'code', description: 'Toewijzing; null removes it' },
    { name: 'redenWijziging', kind: 'code', description: 'Every correction; WMO002' },
    { name: 'redenBeeindiging', kind: 'code', description: 'Stop zorg' },
    { name: 'omvang', kind: 'omvang', description: 'Toewijzing; null removes it' },
    { name: 'budget', kind: 'cents', description: 'Toewijzing, euro cents; null removes it' },
  ],
};
