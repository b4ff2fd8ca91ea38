import type { PersonalDataKind } from '@regie/privacy';
import { LADDER_RUNGS } from './facts';
import type { DomainModuleDefinition } from './domain-module';
import type { RegieEventMetadata } from './event-envelope';
import { HOUSEHOLD_DOMAIN, HouseholdEventType as T, type EntryCorrected } from './household.events';
import { householdIdOfStream } from './household-stream';

export type { PersonalDataKind } from '@regie/privacy';

/**
 * Personal-data fields of one event type that belong to one person, or to the household. Declared, never guessed:
 * the household for its own events (`HOUSEHOLD_PERSONAL_DATA`), every domain module for its own
 * (`DomainModuleDefinition.personalData`). Declared fields are sealed with the key of their subject before an
 * event is stored; destroying that key erases them everywhere the event is kept.
 */
export interface PersonalDataFields {
  /** Where the fields are: omitted = the event data itself; `member` an object in it; `members.*` each element. */
  readonly at?: string;
  /** Field (relative to `at`) holding the member id the fields are about; omitted (or absent) = the household. */
  readonly memberId?: string;
  /** Field path relative to `at` (dots for nesting) → what kind of personal data it holds. */
  readonly fields: Readonly<Record<string, PersonalDataKind>>;
}

/** Event type → its personal-data fields. */
export type PersonalDataSpec = Readonly<Record<string, readonly PersonalDataFields[]>>;

/**
 * Key subjects. A person's identity (BSN, name, birth date) and what the household lib records about them:
 * `member:<memberId>`; what a domain records about them: `member:<memberId>:<DOMAIN>`; household-level text (its
 * name, the plan): `household:<householdId>`; a domain's text not about one member: `household:<householdId>:<DOMAIN>`.
 * Forgetting a person destroys `member:<id>` and everything below it; a domain's retention destroys the
 * `:<DOMAIN>` subjects of the household and its members.
 */
export const memberSubject = (memberId: string, domain?: string) =>
  domain && domain !== HOUSEHOLD_DOMAIN ? `member:${memberId}:${domain}` : `member:${memberId}`;
export const householdSubject = (householdId: string, domain?: string) =>
  domain && domain !== HOUSEHOLD_DOMAIN ? `household:${householdId}:${domain}` : `household:${householdId}`;

const member = { bsn: 'bsn', name: 'name', birthDate: 'date' } as const;
const reason = { reason: 'text' } as const;
/** The woonadres is the household's (all its members live there); the huisnummer is left out once erased. */
const address = {
  'address.postcode': 'text',
  'address.huisnummer': 'amount',
  'address.huisletter': 'text',
  'address.huisnummertoevoeging': 'text',
} as const;

/** The personal data of the household's own events. Names of employees (regisseur, actor) are not subject data. */
export const HOUSEHOLD_PERSONAL_DATA: PersonalDataSpec = {
  [T.registered]: [{ fields: { name: 'name', ...address } }, { at: 'members.*', memberId: 'memberId', fields: member }],
  [T.addressRecorded]: [{ fields: address }],
  [T.memberAdded]: [{ at: 'member', memberId: 'memberId', fields: member }],
  [T.memberRemoved]: [{ memberId: 'memberId', fields: reason }],
  [T.regisseurAssigned]: [{ fields: reason }],
  [T.regisseurReleased]: [{ fields: reason }],
  [T.planGoalSet]: [{ fields: { title: 'text', description: 'text', revisionReason: 'text' } }],
  [T.planGoalEvaluated]: [{ fields: { note: 'text' } }],
  // partyName: a person of the network (not a member), recorded as the household's.
  [T.planAgreementRecorded]: [{ fields: { description: 'text', partyName: 'name' } }],
  [T.sharingBasisRecorded]: [{ fields: { note: 'text' } }],
  [T.sharingBasisEnded]: [{ fields: reason }],
  [T.closed]: [{ fields: reason }],
  [T.reopened]: [{ fields: reason }],
  // The corrected values (`changes`) are sealed as the corrected entry type declares them: see locatePersonalData.
  [T.entryCorrected]: [{ memberId: 'memberId', fields: reason }],
  [T.entryWithdrawn]: [{ memberId: 'memberId', fields: reason }],
  [T.personErased]: [{ fields: reason }],
  // The afweging's findings, who in the network helps and the request it answers (free text, so it may name the
  // member): the member's (sealed as the household lib's, like the plan).
  [T.afwegingRecorded]: [
    {
      memberId: 'memberId',
      fields: {
        ...Object.fromEntries(LADDER_RUNGS.map((rung) => [`rungs.${rung}.toelichting`, 'text' as const])),
        netwerk: 'name',
        requestKey: 'text',
      },
    },
  ],
  // ZRM scores are figures about a person's health and life: the member's, like the note.
  [T.zrmScored]: [{ memberId: 'memberId', fields: { 'scores.*.score': 'amount', note: 'text' } }],
  [T.maatwerkbudgetSpent]: [{ fields: { purpose: 'text' } }],
  [T.maatwerkbudgetEvaluated]: [{ fields: { note: 'text' } }],
};

/** An event to seal, as `locatePersonalData` needs it. */
export interface PersonalDataEvent {
  readonly type: string;
  readonly data: unknown;
  readonly metadata?: Partial<RegieEventMetadata> | Readonly<Record<string, unknown>>;
  readonly streamId?: string;
}

export interface LocatedPersonalData {
  readonly path: readonly (string | number)[];
  readonly subject: string;
  readonly kind: PersonalDataKind;
}

/** The declared personal-data fields of an event type: the household's, or those of the domain it belongs to. */
export function personalDataFieldsOf(
  type: string,
  domains: readonly Pick<DomainModuleDefinition, 'eventPrefix' | 'personalData'>[],
): readonly PersonalDataFields[] | undefined {
  return (
    HOUSEHOLD_PERSONAL_DATA[type] ?? domains.find((domain) => type.startsWith(domain.eventPrefix))?.personalData?.[type]
  );
}

const householdIdOf = (event: PersonalDataEvent): string | undefined => {
  const fromMetadata = (event.metadata as Partial<RegieEventMetadata> | undefined)?.householdId;
  if (typeof fromMetadata === 'string' && fromMetadata) return fromMetadata;
  return householdIdOfStream(event.streamId);
};

/**
 * Pure: where the declared personal data of an event is and whose it is. A value that is absent or null is not
 * listed. Throws when a field belongs to the household but the event names no household (fail closed).
 */
export function locatePersonalData(
  event: PersonalDataEvent,
  fieldsOf: (type: string) => readonly PersonalDataFields[] | undefined,
): LocatedPersonalData[] {
  const groups = fieldsOf(event.type);
  if (!groups?.length) return [];
  const domain = (event.metadata as Partial<RegieEventMetadata> | undefined)?.domain ?? HOUSEHOLD_DOMAIN;
  const found: LocatedPersonalData[] = [];
  const subjectOf = (memberId: unknown): string => {
    if (typeof memberId === 'string' && memberId) return memberSubject(memberId, domain);
    const householdId = householdIdOf(event);
    if (!householdId) throw new Error(`${event.type}: personal data without a household to seal it for`);
    return householdSubject(householdId, domain);
  };
  for (const group of groups) {
    for (const { node, path } of nodesAt(event.data, group.at)) {
      const subject = subjectOf(group.memberId ? valueAt(node, group.memberId) : undefined);
      found.push(...fieldsIn(node, path, group.fields, subject));
    }
  }
  if (event.type === T.entryCorrected) {
    // A correction's new values are as personal as the corrected entry's: seal them as its type declares them.
    const data = event.data as Partial<EntryCorrected>;
    const subject = subjectOf(data.memberId);
    for (const group of (data.entryType && fieldsOf(data.entryType)) || []) {
      if (group.at) continue;
      found.push(...fieldsIn(data.changes, ['changes'], group.fields, subject));
    }
  }
  return found;
}

function fieldsIn(
  node: unknown,
  path: readonly (string | number)[],
  fields: Readonly<Record<string, PersonalDataKind>>,
  subject: string,
): LocatedPersonalData[] {
  const found: LocatedPersonalData[] = [];
  for (const [field, kind] of Object.entries(fields)) {
    for (const target of nodesAt(node, field, path)) {
      if (target.node !== undefined && target.node !== null) found.push({ path: target.path, subject, kind });
    }
  }
  return found;
}

/** The values at a dotted path (`*` = every element of an array), with their full paths. */
function nodesAt(
  root: unknown,
  dotted: string | undefined,
  prefix: readonly (string | number)[] = [],
): { node: unknown; path: readonly (string | number)[] }[] {
  let current: { node: unknown; path: readonly (string | number)[] }[] = [{ node: root, path: prefix }];
  for (const step of dotted ? dotted.split('.') : []) {
    const next: typeof current = [];
    for (const { node, path } of current) {
      if (typeof node !== 'object' || node === null) continue;
      if (step === '*') {
        if (Array.isArray(node)) node.forEach((item, index) => next.push({ node: item, path: [...path, index] }));
      } else if (!Array.isArray(node)) {
        next.push({ node: (node as Record<string, unknown>)[step], path: [...path, step] });
      }
    }
    current = next;
  }
  return current;
}

const valueAt = (node: unknown, dotted: string) => nodesAt(node, dotted)[0]?.node;

/** Problems with a domain's declaration: types outside its prefix, fields without a kind. Empty when fine. */
export function personalDataProblems(
  definition: Pick<DomainModuleDefinition, 'code' | 'eventPrefix' | 'personalData'>,
) {
  const problems: string[] = [];
  for (const [type, groups] of Object.entries(definition.personalData ?? {})) {
    if (!type.startsWith(definition.eventPrefix)) {
      problems.push(`${definition.code}: personal data declared for ${type}, which is not one of its event types`);
    }
    for (const group of groups) {
      if (Object.keys(group.fields).length === 0) problems.push(`${definition.code}: ${type} declares no fields`);
    }
  }
  return problems;
}

export { ERASED_TEXT } from '@regie/privacy';
