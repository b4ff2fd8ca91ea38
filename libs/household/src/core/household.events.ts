import type { LocalDate } from './local-date';

export const HOUSEHOLD_DOMAIN = 'HOUSEHOLD';

export type MemberRelation = 'OUDER_VERZORGER' | 'KIND' | 'PARTNER' | 'OVERIG';
export const MEMBER_RELATIONS: readonly MemberRelation[] = ['OUDER_VERZORGER', 'KIND', 'PARTNER', 'OVERIG'];

export interface MemberData {
  readonly memberId: string;
  readonly bsn: string;
  readonly name: string;
  readonly birthDate: LocalDate;
  readonly relation: MemberRelation;
}

export interface PersonRef {
  readonly userId: string;
  readonly name: string;
}

export type GoalOutcome = 'BEREIKT' | 'DEELS_BEREIKT' | 'NIET_BEREIKT';
export const GOAL_OUTCOMES: readonly GoalOutcome[] = ['BEREIKT', 'DEELS_BEREIKT', 'NIET_BEREIKT'];

export type AgreementParty = 'HUISHOUDEN' | 'NETWERK' | 'AANBIEDER' | 'DOMEINTEAM';
export const AGREEMENT_PARTIES: readonly AgreementParty[] = ['HUISHOUDEN', 'NETWERK', 'AANBIEDER', 'DOMEINTEAM'];

/**
 * The legal basis for processing a domain's data in the household's coordination (AVG art. 6 lid 1).
 * Consent is deliberately not a basis here: in the social domain it can only accompany one.
 */
export type Grondslag = 'WETTELIJKE_TAAK' | 'WETTELIJKE_VERPLICHTING' | 'VITAAL_BELANG';
export const GRONDSLAGEN: readonly Grondslag[] = ['WETTELIJKE_TAAK', 'WETTELIJKE_VERPLICHTING', 'VITAAL_BELANG'];

export const HouseholdEventType = {
  registered: 'household.HouseholdRegistered',
  memberAdded: 'household.MemberAdded',
  memberRemoved: 'household.MemberRemoved',
  regisseurAssigned: 'household.RegisseurAssigned',
  regisseurReleased: 'household.RegisseurReleased',
  planGoalSet: 'household.PlanGoalSet',
  planGoalEvaluated: 'household.PlanGoalEvaluated',
  planAgreementRecorded: 'household.PlanAgreementRecorded',
  sharingBasisRecorded: 'household.SharingBasisRecorded',
  sharingBasisEnded: 'household.SharingBasisEnded',
  closed: 'household.HouseholdClosed',
  reopened: 'household.HouseholdReopened',
  entryCorrected: 'household.EntryCorrected',
  entryWithdrawn: 'household.EntryWithdrawn',
  personErased: 'household.PersonErased',
  retentionExpired: 'household.RetentionExpired',
} as const;

export interface HouseholdRegistered {
  readonly householdId: string;
  readonly gemeente: string;
  readonly name: string;
  readonly members: readonly MemberData[];
}
export interface MemberAdded {
  readonly member: MemberData;
}
export interface MemberRemoved {
  readonly memberId: string;
  readonly reason: string;
}
export interface RegisseurAssigned {
  readonly regisseur: PersonRef;
  /** Set on a handover: who coordinated before. */
  readonly previous?: PersonRef;
  readonly reason: string;
}
export interface RegisseurReleased {
  readonly regisseur: PersonRef;
  readonly reason: string;
}
export interface PlanGoalSet {
  readonly goalId: string;
  /** 1 for a new goal, +1 for each revision; earlier versions stay in the stream. */
  readonly version: number;
  readonly title: string;
  readonly description?: string;
  readonly domains: readonly string[];
  readonly memberIds: readonly string[];
  readonly targetDate?: LocalDate;
  readonly revisionReason?: string;
}
export interface PlanGoalEvaluated {
  readonly goalId: string;
  readonly outcome: GoalOutcome;
  readonly evaluatedOn: LocalDate;
  readonly note?: string;
}
export interface PlanAgreementRecorded {
  readonly agreementId: string;
  readonly goalId?: string;
  readonly description: string;
  readonly party: AgreementParty;
  /** Who exactly: a network member's name, the domain team, ... */
  readonly partyName?: string;
  readonly providerAgb?: string;
  readonly domain?: string;
  readonly memberIds: readonly string[];
}
export interface SharingBasisRecorded {
  readonly basisId: string;
  readonly domain: string;
  readonly grondslag: Grondslag;
  /** The statutory provision, e.g. "art. 2.3 lid 1 Jeugdwet" or "art. 2.3.2 Wmo 2015". */
  readonly wettelijkeBepaling: string;
  /** Recorded consent accompanying the basis (never a basis on its own). */
  readonly toestemmingVastgelegdOp?: LocalDate;
  readonly memberIds: readonly string[];
  readonly validFrom: LocalDate;
  readonly validUntil: LocalDate;
  readonly note?: string;
}
export interface SharingBasisEnded {
  readonly basisId: string;
  readonly endedOn: LocalDate;
  readonly reason: string;
}
export interface HouseholdClosed {
  readonly reason: string;
}
export interface HouseholdReopened {
  readonly reason: string;
}
/** iStandaarden StatusAanlevering 2: the entry stays, this one says what it should have said. */
export interface EntryCorrected {
  readonly entryId: string;
  readonly entryType: string;
  readonly domain: string;
  readonly reason: string;
  /** Fields of the corrected entry's data with their corrected values. */
  readonly changes: Readonly<Record<string, unknown>>;
  /** The member the corrected entry is about: its personal data is sealed as that person's. */
  readonly memberId?: string;
}
/** iStandaarden StatusAanlevering 3: treat the earlier entry as never sent. */
export interface EntryWithdrawn {
  readonly entryId: string;
  readonly entryType: string;
  readonly domain: string;
  readonly reason: string;
  /** The member the withdrawn entry is about: its personal data is sealed as that person's. */
  readonly memberId?: string;
}

/**
 * AVG art. 17: a person's personal data is erased. The keys of `member:<memberId>` (and every domain's subject of
 * that member) are destroyed after this is appended; read models purge what they rendered from it. No personal
 * data in it (the reason is sealed as the household's).
 */
export interface PersonErased {
  readonly memberId: string;
  readonly reason: string;
}

/** One domain whose retention term is over in this household. */
export interface ExpiredDomain {
  readonly domain: string;
  /** When the domain's care ended (last stop, last record, or the household's closing while care ran). */
  readonly careEndedOn: LocalDate;
  /** careEndedOn + the domain's retentionYears. */
  readonly termEndedOn: LocalDate;
}

/**
 * The retention term of these domains is over: the keys of their personal data in this household (the
 * household's and every member's subject of each domain) are destroyed. With `wholeHousehold` (closed, and every
 * domain it involved past its term) the members' identity and the household's own text go too.
 */
export interface RetentionExpired {
  readonly domains: readonly ExpiredDomain[];
  readonly wholeHousehold: boolean;
  /** Every member the household ever had (ids only), so their keys of these domains can be found. */
  readonly memberIds: readonly string[];
}
