import { currentProcessingActivities, processingActivityFor } from '@regie/audit';
import { jeugdDefinition } from '@regie/jeugd';
import { werkInkomenDefinition } from '@regie/werk-inkomen';
import { wmoDefinition } from '@regie/wmo';

/** The register and the domain modules must agree: a domain's events, its code and its retention term. */
describe.each([jeugdDefinition, wmoDefinition, werkInkomenDefinition])('register entry of $code', (definition) => {
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
