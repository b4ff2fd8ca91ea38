import type { EventAddress, ErasureStep, PersonalDataLocation, PersonalDataPolicy } from '@regie/privacy';
import type { DomainModuleDefinition } from '../core/domain-module';
import { HouseholdEventType as T, type PersonErased, type RetentionExpired } from '../core/household.events';
import { householdSubject, locatePersonalData, memberSubject, personalDataFieldsOf } from '../core/personal-data';
import { householdIdOfStream } from '../core/household-stream';

/**
 * The household's declaration of personal data for the sealing event store: its own events
 * (`HOUSEHOLD_PERSONAL_DATA`) and those of every registered domain module (`DomainModuleDefinition.personalData`),
 * and which keys its erasure events destroy.
 */
export class HouseholdPersonalDataPolicy implements PersonalDataPolicy {
  constructor(private readonly registry: { readonly all: readonly DomainModuleDefinition[] }) {}

  locate(event: EventAddress): readonly PersonalDataLocation[] {
    return locatePersonalData(event, (type) => personalDataFieldsOf(type, this.registry.all));
  }

  erasureOf(event: EventAddress): readonly ErasureStep[] {
    if (event.type === T.personErased) {
      return [{ subjects: [memberSubject((event.data as PersonErased).memberId)], final: true }];
    }
    if (event.type !== T.retentionExpired) return [];
    const data = event.data as RetentionExpired;
    const householdId = (event.metadata?.householdId as string | undefined) ?? householdIdOfStream(event.streamId);
    if (!householdId) return [];
    const steps: ErasureStep[] = [
      {
        subjects: data.domains.flatMap(({ domain }) => [
          householdSubject(householdId, domain),
          ...data.memberIds.map((memberId) => memberSubject(memberId, domain)),
        ]),
        final: false,
      },
    ];
    if (data.wholeHousehold) {
      steps.push({ subjects: [householdSubject(householdId)], final: false });
      steps.push({ subjects: data.memberIds.map((memberId) => memberSubject(memberId)), final: true });
    }
    return steps.filter((step) => step.subjects.length > 0);
  }
}
