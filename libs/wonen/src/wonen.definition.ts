import type { DomainModuleDefinition } from '@regie/household';
import { validateWonenCorrection, wonenCorrectableFields, wonenCorrectionFacts } from './wonen.correction';
import { describeWonenEvent } from './wonen.describe';
import { WONEN_DOMAIN, WONEN_EVENT_PREFIX } from './wonen.events';
import { WONEN_RETENTION_YEARS, wonenProcessingActivity } from './wonen.legal-basis';
import { wonenPersonalData } from './wonen.personal-data';
import { wonenSignalKinds } from './wonen.signals';
import { evolveWonen, initialWonenState, wonenOngoing, type WonenState } from './wonen.state';

/** The Wonen module (rent arrears, threatened eviction, urgentie, woonbegeleiding) as household and read side see it. */
export const wonenDefinition: DomainModuleDefinition<WonenState> = {
  code: WONEN_DOMAIN,
  eventPrefix: WONEN_EVENT_PREFIX,
  label: 'Wonen',
  /** See wonen.legal-basis.ts: no statutory term; 10 years like the Wgs files it rests on. */
  retentionYears: WONEN_RETENTION_YEARS,
  initialState: initialWonenState,
  evolve: evolveWonen,
  validateCorrection: validateWonenCorrection,
  describe: describeWonenEvent,
  personalData: wonenPersonalData,
  // The worklist reads `dueOn` as `describe` sets it: 28 days after a huurachterstand signal came in, 15 days before
  // an ontruimingsdatum (so it is listed from 14 days before). No waiting norm: Wonen has no toewijzingen.
  signalKinds: wonenSignalKinds.map(({ kind, worklistKind, worklistLabel, termDays }) => ({
    kind,
    worklistKind,
    worklistLabel,
    termDays,
  })),
  correctionFacts: {
    episodeDateFields: wonenCorrectionFacts.episodeDates,
    costBasisFields: wonenCorrectionFacts.costBasis,
  },
  correctableFields: wonenCorrectableFields,
  processingActivity: wonenProcessingActivity,
  /** An eviction case without outcome, a running regeling or agreement; woonbegeleiding counts through its episode. */
  careOngoing: wonenOngoing,
};
