import type { CorrectableField, CorrectionFacts } from '@regie/household';

/** What a correction of a 301, 305 or 307 changes on the read side: episode dates, validity end, cost basis. */
export const LIFECYCLE_CORRECTION_FACTS: CorrectionFacts = {
  episodeDateFields: {
    TOEGEWEZEN: ['toewijzingsdatum', 'ingangsdatum'],
    GESTART: ['begindatum'],
    GESTOPT: ['einddatum'],
  },
  validityEndField: 'einddatum',
  costBasisFields: ['ingangsdatum', 'productcode', 'omvang', 'budget'],
};

/** The fields a correction of the life cycle's entries may change (`lifecycleCorrections` checks them). */
export const LIFECYCLE_CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  { name: 'toewijzingsdatum', kind: 'date', description: 'Toewijzing' },
  { name: 'ingangsdatum', kind: 'date', description: 'Toewijzing' },
  { name: 'einddatum', kind: 'date', description: 'Toewijzing, stop zorg; null removes it from a toewijzing' },
  { name: 'begindatum', kind: 'date', description: 'Start zorg' },
  { name: 'productcode', kind: 'code', description: 'Toewijzing; null removes it' },
  { name: 'redenWijziging', kind: 'code', description: 'Every correction; WMO002' },
  { name: 'redenBeeindiging', kind: 'code', description: 'Stop zorg' },
  { name: 'omvang', kind: 'omvang', description: 'Toewijzing; null removes it' },
  { name: 'budget', kind: 'cents', description: 'Toewijzing, euro cents; null removes it' },
];
