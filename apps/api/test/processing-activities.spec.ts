import { currentProcessingActivities, processingActivityFor } from '@regie/audit';
import { DOMAINS } from '@regie/domains';

/** The register and the registered domains must agree: a domain's events, its code and its retention term. */
describe.each(DOMAINS.map((domain) => domain.definition))('register entry of $code', (definition) => {
  const activity = currentProcessingActivities().find((candidate) => candidate.domain === definition.code);

  it('exists and covers the domain event prefix', () => {
    expect(activity).toBeDefined();
    expect(activity!.actionPrefixes).toContain(definition.eventPrefix);
    expect(processingActivityFor(`${definition.eventPrefix}SomethingRecorded`)).toBe(activity);
  });

  it('states the retention term the domain module applies', () => {
    expect(activity!.retention.period).toBe(`P${definition.retentionYears}Y`);
  });
});
