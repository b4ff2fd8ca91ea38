import type { DomainModuleDefinition } from '@regie/household';
import { validateWerkInkomenCorrection } from './werk-inkomen.correction';
import { describeWerkInkomenEvent } from './werk-inkomen.describe';
import { WERK_EN_INKOMEN_DOMAIN, WERK_EN_INKOMEN_EVENT_PREFIX } from './werk-inkomen.events';
import { werkInkomenPersonalData } from './werk-inkomen.personal-data';
import { WGS_OPVOLGING_TERMIJN_DAYS } from './werk-inkomen.signals';
import { bijstandCases, evolveWerkInkomen, initialWerkInkomenState, type WerkInkomenState } from './werk-inkomen.state';

/** The Werk & Inkomen (Participatiewet, Wgs) module as the household and the read side see it. */
export const werkInkomenDefinition: DomainModuleDefinition<WerkInkomenState> = {
  code: WERK_EN_INKOMEN_DOMAIN,
  eventPrefix: WERK_EN_INKOMEN_EVENT_PREFIX,
  label: 'Werk & Inkomen',
  /** Participatiewet client files are kept 10 years. */
  retentionYears: 10,
  initialState: initialWerkInkomenState,
  evolve: evolveWerkInkomen,
  validateCorrection: validateWerkInkomenCorrection,
  describe: describeWerkInkomenEvent,
  signalKinds: [
    {
      kind: 'WGS_VROEGSIGNAAL',
      worklistKind: 'WGS_SIGNAAL_ZONDER_OPVOLGING',
      worklistLabel: 'Betalingsachterstand zonder opvolging',
      termDays: WGS_OPVOLGING_TERMIJN_DAYS,
    },
  ],
  // Trajecten start and stop on `datum`; their cost (and bijstand's) is recomputed on every correction.
  correctionFacts: { episodeDateFields: { GESTART: ['datum'], GESTOPT: ['datum'] } },
  personalData: werkInkomenPersonalData,
  correctableFields: [
    { name: 'datum', kind: 'date', description: 'Entries' },
    { name: 'ontvangenOp', kind: 'date', description: 'Vroegsignaal' },
    { name: 'soort', kind: 'code', description: 'Vroegsignaal, re-integratie' },
    { name: 'fase', kind: 'code', description: 'Schuldhulp' },
    { name: 'bedragAchterstand', kind: 'cents', description: 'Vroegsignaal, euro cents; null removes it' },
    { name: 'schuldeiser', kind: 'text', description: 'Vroegsignaal' },
  ],
  /** Granted bijstand runs until its beëindiging; trajecten count through their episodes. */
  careOngoing: (state) => bijstandCases(state).some((bijstand) => bijstand.status === 'TOEGEKEND'),
};
