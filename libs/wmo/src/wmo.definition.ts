import type { DomainModuleDefinition } from '@regie/household';
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
  correctionFacts: {
    episodeDateFields: { TOEGEWEZEN: ['toewijzingsdatum'], GESTART: ['begindatum'], GESTOPT: ['einddatum'] },
    validityEndField: 'einddatum',
    costBasisFields: ['ingangsdatum', 'productcode', 'omvang', 'budget'],
  },
  personalData: wmoPersonalData,
  correctableFields: [
    { name: 'toewijzingsdatum', kind: 'date', description: 'Toewijzing' },
    { name: 'ingangsdatum', kind: 'date', description: 'Toewijzing' },
    { name: 'einddatum', kind: 'date', description: 'Toewijzing, stop zorg; null removes it from a toewijzing' },
    { name: 'begindatum', kind: 'date', description: 'Start zorg' },
    { name: 'besluitdatum', kind: 'date', description: 'Besluit' },
    { name: 'productcode', kind: 'code', description: 'Toewijzing; null removes it' },
    { name: 'redenWijziging', kind: 'code', description: 'Every correction; WMO002' },
    { name: 'redenBeeindiging', kind: 'code', description: 'Stop zorg' },
    { name: 'uitkomst', kind: 'code', description: 'Besluit' },
    { name: 'omvang', kind: 'omvang', description: 'Toewijzing; null removes it' },
    { name: 'budget', kind: 'cents', description: 'Toewijzing, euro cents; null removes it' },
  ],
};
