import type { DomainModuleDefinition } from '@regie/household';
import { LIFECYCLE_CORRECTABLE_FIELDS, LIFECYCLE_CORRECTION_FACTS } from '@regie/toewijzing';
import { validateWmoCorrection } from './wmo.correction';
import { describeWmoEvent } from './wmo.describe';
import { WMO_DOMAIN } from './wmo.events';
import { wmoPersonalData } from './wmo.personal-data';
import { WMO_ONDERZOEK_TERMIJN_DAYS } from './wmo.termijn';
import { evolveWmo, initialWmoState, type WmoState } from './wmo.state';

/** The Wmo 2015 module as the household and the read side see it. */
export const wmoDefinition: DomainModuleDefinition<WmoState> = {
  code: WMO_DOMAIN,
  eventPrefix: 'wmo.',
  label: 'Wmo',
  /** Wmo support plans and files are kept 15 years. */
  retentionYears: 15,
  initialState: initialWmoState,
  evolve: evolveWmo,
  validateCorrection: validateWmoCorrection,
  describe: describeWmoEvent,
  signalKinds: [
    {
      kind: 'WMO_ONDERZOEK',
      worklistKind: 'WMO_ONDERZOEK_TE_LAAT',
      worklistLabel: 'Wmo-onderzoek niet op tijd',
      termDays: WMO_ONDERZOEK_TERMIJN_DAYS,
    },
  ],
  correctionFacts: LIFECYCLE_CORRECTION_FACTS,
  personalData: wmoPersonalData,
  correctableFields: [
    ...LIFECYCLE_CORRECTABLE_FIELDS,
    { name: 'besluitdatum', kind: 'date', description: 'Besluit' },
    { name: 'uitkomst', kind: 'code', description: 'Besluit' },
  ],
};
