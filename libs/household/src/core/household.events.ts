import type { Address } from './address';
import type { LadderOutcome, LadderRung, LadderRungName, ZrmScore } from './facts';
import type { BerichtHerkomst } from './bericht-herkomst';
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
  afwegingRecorded: 'household.AfwegingVastgelegd',
  zrmScored: 'household.ZrmGescoord',
  maatwerkbudgetSpent: 'household.MaatwerkbudgetBesteed',
  maatwerkbudgetEvaluated: 'household.MaatwerkbudgetGeevalueerd',
  addressRecorded: 'household.AddressRecorded',
} as const;

export interface HouseholdRegistered {
  readonly householdId: string;
  readonly gemeente: string;
  readonly name: string;
  readonly members: readonly MemberData[];
  /** The woonadres, when known at registration (personal data of the household, sealed). */
  readonly address?: Address;
}
/** The household's woonadres, new or changed (personal data of the household, sealed). */
export interface AddressRecorded {
  readonly address: Address;
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
  /** By when it is to be done (YYYY-MM-DD). */
  readonly dueOn?: LocalDate;
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
  /** The iJw/iWmo message that made this correction (a new 301 version); absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}
/** iStandaarden StatusAanlevering 3: treat the earlier entry as never sent. */
export interface EntryWithdrawn {
  readonly entryId: string;
  readonly entryType: string;
  readonly domain: string;
  readonly reason: string;
  /** The member the withdrawn entry is about: its personal data is sealed as that person's. */
  readonly memberId?: string;
  /** The iJw/iWmo message that withdrew it (StatusAanlevering 3, or a 301 with RedenWijziging 13). */
  readonly bericht?: BerichtHerkomst;
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

/** One rung as recorded: what was found, and (own domain only) why. */
export interface RecordedLadderRung extends LadderRung {
  /** Free text; visible to the recording domain only. */
  readonly toelichting?: string;
}

/**
 * The afweging (ladder) for a request for individual support, recorded by the domain that handles the request
 * (Jeugd verzoek, bijstand or schuldhulp request; Wmo records it in its onderzoek). Maatwerk decisions of that
 * domain for that member cite the latest one.
 */
export interface AfwegingVastgelegd {
  readonly afwegingId: string;
  readonly domain: string;
  readonly memberId: string;
  /** The request it answers, e.g. a verzoek-, bijstand- or traject-id. */
  readonly requestKey?: string;
  readonly assessedOn: LocalDate;
  readonly rungs: Readonly<Record<LadderRungName, RecordedLadderRung>>;
  readonly outcome: LadderOutcome;
  /** The catalogue entry chosen; required when the outcome is ALGEMENE_VOORZIENING. */
  readonly voorzieningId?: string;
  /** Who in the network helps (e.g. "buurvrouw Els"): personal data of the member, sealed. */
  readonly netwerk?: string;
}

/** Zelfredzaamheid-Matrix scores of one member at one moment; only the domains that matter, linked to plan goals. */
export interface ZrmGescoord {
  readonly zrmId: string;
  readonly memberId: string;
  readonly scoredOn: LocalDate;
  readonly scores: readonly ZrmScore[];
  readonly goalIds: readonly string[];
  /** Free text; the regisseur's. */
  readonly note?: string;
}

/** What a maatwerkbudget spend is meant to prevent. */
export const PREVENTION_AIMS = [
  'HUISUITZETTING',
  'UITHUISPLAATSING',
  'ESCALATIE_SCHULDEN',
  'AFSLUITING_ENERGIE',
  'SCHOOLUITVAL',
  'OVERIG',
] as const;
export type PreventionAim = (typeof PREVENTION_AIMS)[number];

/**
 * A flexible spend from the maatwerkbudget by the regisseur (a month's rent, a cleared garden), within the
 * household's and the gemeente's budget for the year (the gemeente's budget stream reserved it first).
 */
export interface MaatwerkbudgetBesteed {
  readonly spendId: string;
  readonly amountCents: number;
  readonly spentOn: LocalDate;
  readonly budgetYear: number;
  /** Free text: what it pays for; the household's, sealed. */
  readonly purpose: string;
  readonly prevents: PreventionAim;
  readonly memberIds: readonly string[];
  /** The timeline entry (e.g. a Wgs signal) this spend answers, by its id. */
  readonly answersEntryId?: string;
  /** The plan goal this spend answers. */
  readonly answersGoalId?: string;
}

export const SPEND_RESULTS = ['JA', 'DEELS', 'NEE'] as const;
export type SpendResult = (typeof SPEND_RESULTS)[number];

/** Whether a spend did what it was meant to, looked at later. */
export interface MaatwerkbudgetGeevalueerd {
  readonly spendId: string;
  readonly evaluatedOn: LocalDate;
  readonly worked: SpendResult;
  /** Free text; the household's, sealed. */
  readonly note?: string;
}
