import {
  currentProcessingActivities,
  PROCESSING_ACTIVITIES,
  processingActivityFor,
  processingActivityUri,
} from './register';

const DPV_LEGAL_BASES = [
  'OfficialAuthorityOfController',
  'LegalObligation',
  'PublicInterest',
  'VitalInterest',
  'Consent',
];

describe('the register of verwerkingsactiviteiten', () => {
  it('has each version once, complete, with an ISO date and an ISO duration', () => {
    const keys = PROCESSING_ACTIVITIES.map((activity) => `${activity.id}:${activity.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const activity of PROCESSING_ACTIVITIES) {
      expect(activity.id).toMatch(/^[a-z][a-z-]*$/);
      expect(Number.isInteger(activity.version) && activity.version >= 1).toBe(true);
      expect(activity.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(activity.retention.period).toMatch(/^P\d+[YMD]$/);
      expect(DPV_LEGAL_BASES).toContain(activity.legalBasis.gdpr);
      for (const text of [activity.name, activity.purpose, activity.legalBasis.article, activity.legalBasis.law]) {
        expect(text.length).toBeGreaterThan(10);
      }
      expect(activity.dataSubjects.length).toBeGreaterThan(0);
      expect(activity.personalDataCategories.length).toBeGreaterThan(0);
    }
  });

  it('gives every action prefix to one activity', () => {
    const prefixes = currentProcessingActivities().flatMap((activity) => activity.actionPrefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('maps actions to activities: domain events to their domain, reads of the log to the log, the rest to regie', () => {
    expect(processingActivityFor('jeugd.ToewijzingVastgelegd').id).toBe('jeugd');
    expect(processingActivityFor('wmo.MeldingOntvangen').id).toBe('wmo');
    expect(processingActivityFor('werk-inkomen.BijstandBesluit').id).toBe('werk-inkomen');
    expect(processingActivityFor('audit.processingLog').id).toBe('verwerkingenlog');
    expect(processingActivityFor('household.read').id).toBe('regie');
    expect(processingActivityFor('something.new').id).toBe('regie');
    expect(processingActivityUri({ id: 'jeugd', version: 1 })).toBe('urn:regie:verwerkingsactiviteit:jeugd:1');
  });

  it('before an activity is valid it is not current', () => {
    expect(currentProcessingActivities('2025-12-31')).toEqual([]);
  });
});
