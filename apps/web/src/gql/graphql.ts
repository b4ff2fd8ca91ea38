/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddHouseholdMemberInput = {
  householdId: string | number;
  member: MemberInput;
};

/** A woonadres: postcode and huisnummer, optionally a huisletter and a toevoeging. */
export type AddressInput = {
  /** One letter, e.g. A in 12A. */
  huisletter?: string | null | undefined;
  /** 1 to 99999. */
  huisnummer: number;
  /** One to four letters or digits, e.g. 2 in 12-2. */
  huisnummertoevoeging?: string | null | undefined;
  /** Four digits and two letters, with or without a space: 1234 AB. */
  postcode: string;
};

/** Who carries out an agreement. */
export type AgreementParty =
  | 'AANBIEDER'
  | 'DOMEINTEAM'
  | 'HUISHOUDEN'
  | 'NETWERK';

export type AssignRegisseurInput = {
  /** Hand over only while this user id is still the regisseur (REGISSEUR_CHANGED otherwise, nothing recorded): for a handover chosen from a list, such as regisseurCaseload, that may be out of date. */
  expectedRegisseurUserId?: string | null | undefined;
  householdId: string | number;
  /** Why this regisseur (or why the handover). */
  reason: string;
  regisseurName: string;
  /** User id of the regisseur. */
  regisseurUserId: string;
};

/** How many people the provision takes, e.g. 12 plaatsen per WEEK. */
export type CapaciteitInput = {
  per: CapaciteitPeriode;
  plaatsen: number;
};

/** Capaciteit is counted per … */
export type CapaciteitPeriode =
  | 'DAG'
  | 'JAAR'
  | 'MAAND'
  | 'WEEK';

/** A toewijzing or a traject. */
export type CareEpisodeKind =
  | 'TOEWIJZING'
  | 'TRAJECT';

/** How a worker was in contact. */
export type ContactmomentSoort =
  /** gesprek */
  | 'GESPREK'
  /** huisbezoek */
  | 'HUISBEZOEK'
  /** overleg */
  | 'OVERLEG'
  /** telefonisch contact */
  | 'TELEFONISCH';

export type DiscardBerichtInput = {
  berichtId: string | number;
  /** Why the message is not recorded; required (an empty one is refused). */
  reason: string;
};

/** A domain of the social domain: its law, its team, its data. The registered domain modules define its values. */
export type Domain =
  | 'JEUGD'
  | 'WERK_EN_INKOMEN'
  | 'WMO'
  | 'WONEN';

export type EndAlgemeneVoorzieningInput = {
  /** YYYY-MM-DD: the first day it is no longer offered. */
  beeindigdPer: string;
  /** CBS gemeentecode of the catalogue; default: the caller's gemeente. */
  gemeente?: string | null | undefined;
  reden: string;
  voorzieningId: string | number;
};

export type EndSharingBasisInput = {
  basisId: string | number;
  endedOn: string;
  householdId: string | number;
  reason: string;
};

/** Whose entry it is: the household itself (HOUSEHOLD: members, regisseur, plan, legal bases) or a domain. */
export type EntryDomain =
  | 'HOUSEHOLD'
  | 'JEUGD'
  | 'WERK_EN_INKOMEN'
  | 'WMO'
  | 'WONEN';

/** Whether a maatwerkbudget spend did what it was meant to (may be evaluated again later). */
export type EvaluateMaatwerkbudgetInput = {
  /** YYYY-MM-DD; not before the spend nor the previous evaluation, not in the future. */
  evaluatedOn: string;
  householdId: string | number;
  /** Free text; personal data of the household. */
  note?: string | null | undefined;
  spendId: string | number;
  worked: SpendResult;
};

export type EvaluatePlanGoalInput = {
  evaluatedOn: string;
  goalId: string | number;
  householdId: string | number;
  note?: string | null | undefined;
  outcome: GoalOutcome;
};

export type GoalOutcome =
  | 'BEREIKT'
  | 'DEELS_BEREIKT'
  | 'NIET_BEREIKT';

/** OPEN until evaluated, then the outcome of the latest evaluation. */
export type GoalStatus =
  | 'BEREIKT'
  | 'DEELS_BEREIKT'
  | 'NIET_BEREIKT'
  | 'OPEN';

/** AVG art. 6 lid 1 basis (c, e, d). Consent is recorded next to a basis, never as one. */
export type Grondslag =
  | 'VITAAL_BELANG'
  | 'WETTELIJKE_TAAK'
  | 'WETTELIJKE_VERPLICHTING';

export type HouseholdReasonInput = {
  householdId: string | number;
  reason: string;
};

/** Search by BSN alone, by (part of) a name and/or a birth date, or by postcode and huisnummer (with an optional toevoeging). */
export type HouseholdSearchInput = {
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  /** 9 digits, elfproef checked. */
  bsn?: string | null | undefined;
  /** With postcode: 1 to 99999. */
  huisnummer?: number | null | undefined;
  /** Part of a member’s name, at least 2 characters. */
  name?: string | null | undefined;
  /** With huisnummer: 1234 AB or 1234AB. */
  postcode?: string | null | undefined;
  /** Huisletter and/or toevoeging (A, 2, A-2); without it every address with the huisnummer matches. */
  toevoeging?: string | null | undefined;
};

/** What a search was on. */
export type HouseholdSearchKind =
  | 'BSN'
  | 'GEBOORTEDATUM'
  | 'NAAM'
  | 'NAAM_EN_GEBOORTEDATUM'
  | 'POSTCODE_HUISNUMMER';

/** How an afweging ended: the lowest rung that suffices, or MAATWERK when none does. */
export type LadderOutcome =
  | 'ALGEMENE_VOORZIENING'
  | 'EIGEN_KRACHT'
  | 'MAATWERK'
  | 'NETWERK';

/** A rung of the afwegingsladder, lowest first. */
export type LadderRung =
  | 'ALGEMENE_VOORZIENING'
  | 'EIGEN_KRACHT'
  | 'GEBRUIKELIJKE_HULP'
  | 'MANTELZORG'
  | 'SOCIAAL_NETWERK';

/** Whether what was found on a rung solves the question: JA fully, DEELS in part, NEE not (toereikend). */
export type LadderSufficiency =
  | 'DEELS'
  | 'JA'
  | 'NEE';

export type LinkBerichtInput = {
  berichtId: string | number;
  /** The household that has (now) a member with the message’s BSN. */
  householdId: string | number;
};

export type MemberInput = {
  /** YYYY-MM-DD */
  birthDate: string;
  /** Burgerservicenummer (9 digits, elfproef). */
  bsn: string;
  name: string;
  relation: MemberRelation;
};

/** Relation of a member in the household. */
export type MemberRelation =
  | 'KIND'
  | 'OUDER_VERZORGER'
  | 'OVERIG'
  | 'PARTNER';

/** What a maatwerkbudget spend prevents. */
export type PreventionAim =
  | 'AFSLUITING_ENERGIE'
  | 'ESCALATIE_SCHULDEN'
  | 'HUISUITZETTING'
  | 'OVERIG'
  | 'SCHOOLUITVAL'
  | 'UITHUISPLAATSING';

/** EXCEL: CSV with ";" between cells and a UTF-8 byte order mark (Dutch Excel opens it in columns). JSON_LINES: one JSON object per line. */
export type ProcessingLogExportFormat =
  | 'EXCEL'
  | 'JSON_LINES';

/** Search of the verwerkingenlog; always within the caller's own gemeente. */
export type ProcessingLogFilter = {
  /** Only noodprocedure lines. */
  emergencyOnly?: boolean | null | undefined;
  /** Inclusive start (loggedAt). */
  from?: string | null | undefined;
  householdId?: string | number | null | undefined;
  operation?: ProcessingOperation | null | undefined;
  /** Lines concerning this household member. */
  personId?: string | number | null | undefined;
  /** Exclusive end (loggedAt). */
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** What was done with the data: READ, WRITE, EXPORT, ERASE, or DENIED (a refused attempt). */
export type ProcessingOperation =
  | 'DENIED'
  | 'ERASE'
  | 'EXPORT'
  | 'READ'
  | 'WRITE';

export type ProcessingOutcome =
  | 'ALLOWED'
  | 'DENIED';

export type RecordHouseholdAddressInput = {
  address: AddressInput;
  householdId: string | number;
};

/** A contact of the Jeugd team with a member. */
export type RecordJeugdContactmomentInput = {
  /** YYYY-MM-DD; not in the future. */
  datum: string;
  householdId: string | number;
  memberId: string | number;
  /** What was discussed; visible to the recording domain's readers only. */
  note: string;
  /** AGB-code of the aanbieder involved (8 digits). */
  providerAgb?: string | null | undefined;
  soort: ContactmomentSoort;
};

export type RecordPlanAgreementInput = {
  description: string;
  domain?: Domain | null | undefined;
  /** By when it is to be done (YYYY-MM-DD). */
  dueOn?: string | null | undefined;
  goalId?: string | number | null | undefined;
  householdId: string | number;
  memberIds?: Array<string | number>;
  party: AgreementParty;
  partyName?: string | null | undefined;
  providerAgb?: string | null | undefined;
};

export type RecordSharingBasisInput = {
  /** Domain whose data may be shared in the coordination. */
  domain: Domain;
  grondslag: Grondslag;
  householdId: string | number;
  /** Members covered; empty = the whole household. */
  memberIds: Array<string | number>;
  note?: string | null | undefined;
  /** Date consent was recorded as well (an extra, not a basis). */
  toestemmingVastgelegdOp?: string | null | undefined;
  validFrom: string;
  validUntil: string;
  /** e.g. "art. 7.1.1 Jeugdwet" or "art. 5.1 Wmo 2015". */
  wettelijkeBepaling: string;
};

/** A contact of the Werk & Inkomen team with a member. */
export type RecordWerkInkomenContactmomentInput = {
  /** YYYY-MM-DD; not in the future. */
  datum: string;
  householdId: string | number;
  memberId: string | number;
  /** What was discussed; visible to the recording domain's readers only. */
  note: string;
  /** AGB-code of the aanbieder involved (8 digits). */
  providerAgb?: string | null | undefined;
  soort: ContactmomentSoort;
};

/** A contact of the Wmo team with a member. */
export type RecordWmoContactmomentInput = {
  /** YYYY-MM-DD; not in the future. */
  datum: string;
  householdId: string | number;
  memberId: string | number;
  /** What was discussed; visible to the recording domain's readers only. */
  note: string;
  /** AGB-code of the aanbieder involved (8 digits). */
  providerAgb?: string | null | undefined;
  soort: ContactmomentSoort;
};

/** A contact of the Wonen team with a member. */
export type RecordWonenContactmomentInput = {
  /** YYYY-MM-DD; not in the future. */
  datum: string;
  householdId: string | number;
  memberId: string | number;
  /** What was discussed; visible to the recording domain's readers only. */
  note: string;
  /** AGB-code of the aanbieder involved (8 digits). */
  providerAgb?: string | null | undefined;
  soort: ContactmomentSoort;
};

export type RegisterAlgemeneVoorzieningInput = {
  capaciteit?: CapaciteitInput | null | undefined;
  contact: VoorzieningContactInput;
  /** YYYY-MM-DD: from when it is offered. */
  geldigVanaf: string;
  /** CBS gemeentecode of the catalogue; default: the caller's gemeente. */
  gemeente?: string | null | undefined;
  naam: string;
  omschrijving: string;
  /** The organisation that offers it. */
  organisatie: string;
  /** The individual support it can replace. */
  replaces: Array<ReplaceableSupportInput>;
  /** Who can use it and how: conditions, costs, how to sign up. */
  voorwaarden: string;
  /** Client-chosen uuid; generated when absent. */
  voorzieningId?: string | number | null | undefined;
  /** Usual waiting time in days. */
  wachttijdDagen?: number | null | undefined;
};

export type RegisterHouseholdInput = {
  /** The woonadres, when known. */
  address?: AddressInput | null | undefined;
  /** CBS gemeentecode (4 digits). */
  gemeente: string;
  /** Client-chosen uuid (makes a retry safe); generated when absent. */
  householdId?: string | number | null | undefined;
  members: Array<MemberInput>;
  /** How the team refers to the household, e.g. "Familie Jansen". */
  name: string;
};

export type RegisterProviderInput = {
  /** AGB-code, 8 digits. */
  agbCode: string;
  /** The domains the provider works in. */
  domains: Array<Domain>;
  name: string;
};

export type RemoveHouseholdMemberInput = {
  householdId: string | number;
  memberId: string | number;
  reason: string;
};

/** Individual support: a domain code and its category. */
export type ReplaceableSupportInput = {
  /** JZ020 / WMO020 productcategorie (e.g. "45", "01"), or SCHULDHULP / REINTEGRATIE. */
  category: string;
  domain: Domain;
};

/** What a user does in Regie (from the token or sign-in). */
export type Role =
  | 'auditor'
  | 'domeinmedewerker'
  | 'functioneel_beheerder'
  | 'regisseur';

/** The gemeente's maatwerkbudget for a year (functioneel beheerder). */
export type SetMaatwerkbudgetInput = {
  /** What one household may get in the year, in cents; at most the total. */
  perHouseholdCents: number;
  /** The whole budget of the year, in cents; not below what is reserved. */
  totalCents: number;
  year: number;
};

export type SetPlanGoalInput = {
  description?: string | null | undefined;
  domains: Array<Domain>;
  /** Omit for a new goal; give an existing id to revise it. */
  goalId?: string | number | null | undefined;
  householdId: string | number;
  memberIds: Array<string | number>;
  /** Required when revising. */
  revisionReason?: string | null | undefined;
  targetDate?: string | null | undefined;
  /** What the household wants to reach, in their words. */
  title: string;
};

/** A flexible spend from the maatwerkbudget by the regisseur of the household. */
export type SpendMaatwerkbudgetInput = {
  /** In cents, more than 0. */
  amountCents: number;
  /** The timeline entry (e.g. a Wgs signal) this spend answers. */
  answersEntryId?: string | number | null | undefined;
  /** The plan goal this spend answers. */
  answersGoalId?: string | number | null | undefined;
  householdId: string | number;
  /** The members it is for. */
  memberIds: Array<string | number>;
  /** What it is meant to prevent. */
  prevents: PreventionAim;
  /** What it pays for, 10 to 500 characters; personal data of the household. */
  purpose: string;
  /** YYYY-MM-DD; not in the future. Its year is the budget year. */
  spentOn: string;
};

/** Whether a maatwerkbudget spend did what it was meant to. */
export type SpendResult =
  | 'DEELS'
  | 'JA'
  | 'NEE';

export type TimelineFilter = {
  domains?: Array<EntryDomain> | null | undefined;
  /** Inclusive start of the period (occurredAt). */
  from?: string | null | undefined;
  memberId?: string | number | null | undefined;
  providerAgb?: string | null | undefined;
  /** Inclusive end of the period (occurredAt). */
  to?: string | null | undefined;
  types?: Array<string> | null | undefined;
};

/** The provision's own contact details (no personal data); at least one. */
export type VoorzieningContactInput = {
  adres?: string | null | undefined;
  email?: string | null | undefined;
  telefoon?: string | null | undefined;
  website?: string | null | undefined;
};

/** What a worklist line is about (the registered domains add their signal kinds); each value describes its line. */
export type WorklistKind =
  /** Maatwerk zonder afweging */
  | 'MAATWERK_ZONDER_AFWEGING'
  /** Zorg wacht langer dan de norm */
  | 'TOEWIJZING_WACHT_TE_LANG'
  /** Betalingsachterstand zonder opvolging */
  | 'WGS_SIGNAAL_ZONDER_OPVOLGING'
  /** Wmo-onderzoek niet op tijd */
  | 'WMO_ONDERZOEK_TE_LAAT'
  /** Huurachterstand niet op tijd opgevolgd */
  | 'WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING'
  /** Ontruiming binnen 14 dagen, nog geen uitkomst */
  | 'WONEN_ONTRUIMING_DREIGT';

/** How a ZRM score moved. */
export type ZrmDirection =
  | 'BETER'
  | 'GELIJK'
  | 'SLECHTER';

/** One of the 13 domains of the Zelfredzaamheid-Matrix. */
export type ZrmDomain =
  | 'DAGELIJKSE_ACTIVITEITEN'
  | 'FINANCIEN'
  | 'GEESTELIJKE_GEZONDHEID'
  | 'HUISELIJKE_RELATIES'
  | 'HUISVESTING'
  | 'JUSTITIE'
  | 'LICHAMELIJKE_GEZONDHEID'
  | 'MAATSCHAPPELIJKE_PARTICIPATIE'
  | 'MIDDELENGEBRUIK'
  | 'SOCIAAL_NETWERK'
  | 'TIJDSBESTEDING'
  | 'WERK_OPLEIDING'
  | 'ZELFZORG';

export type RegisteredDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisteredDomainsQuery = { system: { domains: Array<{ code: Domain, label: string }> } };

export type EmergencyAccessesQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type EmergencyAccessesQuery = { emergencyAccesses: Array<{ id: string, loggedAt: string, userId: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean, emergencyReason: string | null, householdId: string | null, outcome: ProcessingOutcome }> };

export type ProcessingLogExportQueryVariables = Exact<{
  from: string;
  to: string;
  format: ProcessingLogExportFormat;
}>;


export type ProcessingLogExportQuery = { processingLogExport: string };

export type AuditHouseholdAccessQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type AuditHouseholdAccessQuery = { householdAccessLog: { edges: Array<{ node: { id: string, loggedAt: string, userId: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean, emergencyReason: string | null, householdId: string | null, outcome: ProcessingOutcome } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditPersonAccessQueryVariables = Exact<{
  bsn: string;
  after?: string | null | undefined;
}>;


export type AuditPersonAccessQuery = { personAccessLog: { persons: Array<{ personId: string, householdId: string, householdName: string | null, householdClosed: boolean, name: string, birthDate: string | null }>, lines: { edges: Array<{ node: { id: string, loggedAt: string, userId: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean, emergencyReason: string | null, householdId: string | null, outcome: ProcessingOutcome } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type AuditProcessingLogQueryVariables = Exact<{
  filter?: ProcessingLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditProcessingLogQuery = { processingLog: { edges: Array<{ node: { id: string, loggedAt: string, userId: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean, emergencyReason: string | null, householdId: string | null, outcome: ProcessingOutcome } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LogLineFieldsFragment = { id: string, loggedAt: string, userId: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean, emergencyReason: string | null, householdId: string | null, outcome: ProcessingOutcome };

export type AddHouseholdMemberMutationVariables = Exact<{
  input: AddHouseholdMemberInput;
}>;


export type AddHouseholdMemberMutation = { addHouseholdMember: { memberId: string } };

export type RecordHouseholdAddressMutationVariables = Exact<{
  input: RecordHouseholdAddressInput;
}>;


export type RecordHouseholdAddressMutation = { recordHouseholdAddress: { position: string } };

export type HouseholdRegisseurQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdRegisseurQuery = { regisseurs: Array<{ userId: string, name: string, openHouseholds: number }>, household: { id: string, name: string | null, regisseur: { userId: string, name: string, since: string | null } | null, regisseurHistory: Array<{ at: string, reason: string | null, from: { name: string } | null, to: { name: string } | null }> } };

export type MaatwerkbudgetQueryVariables = Exact<{
  year: number;
}>;


export type MaatwerkbudgetQuery = { maatwerkbudget: { year: number, totalCents: number | null, perHouseholdCents: number | null, reservedCents: number, remainingCents: number | null, spendCount: number } };

export type SetMaatwerkbudgetMutationVariables = Exact<{
  input: SetMaatwerkbudgetInput;
}>;


export type SetMaatwerkbudgetMutation = { setMaatwerkbudget: { year: number, totalCents: number | null } };

export type GemeenteCostsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type GemeenteCostsQuery = { gemeenteCosts: { expectedCents: number, realisedCents: number, months: Array<{ month: string, expectedCents: number, realisedCents: number, domains: Array<{ domain: Domain, realisedCents: number }> }>, beforeAfterRegisseur: { households: number, averageMonthlyBeforeCents: number, averageMonthlyAfterCents: number } } };

export type VoorliggendVeldQueryVariables = Exact<{ [key: string]: never; }>;


export type VoorliggendVeldQuery = { voorliggendVeld: Array<{ voorzieningId: string, naam: string, organisatie: string, geldigVanaf: string, beeindigdPer: string | null, wachttijdDagen: number | null, replaces: Array<{ domain: Domain, category: string }> }> };

export type RegisterAlgemeneVoorzieningMutationVariables = Exact<{
  input: RegisterAlgemeneVoorzieningInput;
}>;


export type RegisterAlgemeneVoorzieningMutation = { registerAlgemeneVoorziening: { voorzieningId: string } };

export type CloseHouseholdMutationVariables = Exact<{
  input: HouseholdReasonInput;
}>;


export type CloseHouseholdMutation = { closeHousehold: { position: string } };

export type ReopenHouseholdMutationVariables = Exact<{
  input: HouseholdReasonInput;
}>;


export type ReopenHouseholdMutation = { reopenHousehold: { position: string } };

export type EndAlgemeneVoorzieningMutationVariables = Exact<{
  input: EndAlgemeneVoorzieningInput;
}>;


export type EndAlgemeneVoorzieningMutation = { endAlgemeneVoorziening: { voorzieningId: string } };

export type CaseloadQueryVariables = Exact<{
  regisseurUserId: string | number;
}>;


export type CaseloadQuery = { regisseurs: Array<{ userId: string, name: string, openHouseholds: number }>, regisseurCaseload: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, regisseurSince: string | null, lastActivity: string } }>, pageInfo: { hasNextPage: boolean } } };

export type ManageHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type ManageHouseholdQuery = { household: { id: string, name: string | null, closed: boolean, address: { postcode: string, huisnummer: number, huisletter: string | null, huisnummertoevoeging: string | null } | null, members: Array<{ id: string, name: string, birthDate: string | null, relation: MemberRelation | null }>, regisseur: { name: string, since: string | null } | null } };

export type RemoveHouseholdMemberMutationVariables = Exact<{
  input: RemoveHouseholdMemberInput;
}>;


export type RemoveHouseholdMemberMutation = { removeHouseholdMember: { position: string } };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ agbCode: string, name: string, domains: Array<Domain> }> };

export type RegisterProviderMutationVariables = Exact<{
  input: RegisterProviderInput;
}>;


export type RegisterProviderMutation = { registerProvider: { position: string } };

export type AssignRegisseurMutationVariables = Exact<{
  input: AssignRegisseurInput;
}>;


export type AssignRegisseurMutation = { assignRegisseur: { position: string } };

export type ReleaseRegisseurMutationVariables = Exact<{
  input: HouseholdReasonInput;
}>;


export type ReleaseRegisseurMutation = { releaseRegisseur: { position: string } };

export type RegisseursQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisseursQuery = { regisseurs: Array<{ userId: string, name: string, openHouseholds: number }> };

export type RegisterHouseholdMutationVariables = Exact<{
  input: RegisterHouseholdInput;
}>;


export type RegisterHouseholdMutation = { registerHousehold: { householdId: string | null } };

export type BerichtenQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BerichtenQueueQuery = { berichtenQueue: Array<{ id: string, berichtType: string, afzender: string, identificatie: string, dagtekening: string, bsn: string, receivedAt: string, linkRefusals: Array<{ reason: string }> }> };

export type HouseholdsWithBsnQueryVariables = Exact<{
  input: HouseholdSearchInput;
}>;


export type HouseholdsWithBsnQuery = { searchHouseholds: { households: Array<{ householdId: string, name: string | null, members: Array<{ id: string, name: string, matched: boolean }> }> } };

export type LinkBerichtMutationVariables = Exact<{
  input: LinkBerichtInput;
}>;


export type LinkBerichtMutation = { linkBericht: { together: Array<{ outcome: string }> } };

export type DiscardBerichtMutationVariables = Exact<{
  input: DiscardBerichtInput;
}>;


export type DiscardBerichtMutation = { discardBericht: boolean };

export type FindHouseholdByBsnQueryVariables = Exact<{
  input: HouseholdSearchInput;
}>;


export type FindHouseholdByBsnQuery = { searchHouseholds: { households: Array<{ householdId: string, name: string | null }> } };

export type DomainProvidersQueryVariables = Exact<{
  domain: Domain;
}>;


export type DomainProvidersQuery = { providers: Array<{ agbCode: string, name: string }> };

export type RecordJeugdContactmomentMutationVariables = Exact<{
  input: RecordJeugdContactmomentInput;
}>;


export type RecordJeugdContactmomentMutation = { recordJeugdContactmoment: { position: string } };

export type RecordWmoContactmomentMutationVariables = Exact<{
  input: RecordWmoContactmomentInput;
}>;


export type RecordWmoContactmomentMutation = { recordWmoContactmoment: { position: string } };

export type RecordWerkInkomenContactmomentMutationVariables = Exact<{
  input: RecordWerkInkomenContactmomentInput;
}>;


export type RecordWerkInkomenContactmomentMutation = { recordWerkInkomenContactmoment: { position: string } };

export type RecordWonenContactmomentMutationVariables = Exact<{
  input: RecordWonenContactmomentInput;
}>;


export type RecordWonenContactmomentMutation = { recordWonenContactmoment: { position: string } };

export type DomainHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type DomainHouseholdQuery = { household: { id: string, name: string | null, careAccess: boolean, regisseur: { name: string } | null, members: Array<{ id: string, name: string, birthDate: string | null, relation: MemberRelation | null }> }, system: { domains: Array<{ code: Domain, label: string }> } };

export type DomainHouseholdCareQueryVariables = Exact<{
  id: string | number;
}>;


export type DomainHouseholdCareQuery = { household: { id: string, sharingBases: Array<{ id: string, domain: Domain, grondslag: Grondslag, wettelijkeBepaling: string, memberIds: Array<string>, validFrom: string, validUntil: string, endedOn: string | null, currentlyValid: boolean }>, providers: Array<{ agbCode: string, name: string }> } };

export type EndSharingBasisMutationVariables = Exact<{
  input: EndSharingBasisInput;
}>;


export type EndSharingBasisMutation = { endSharingBasis: { position: string } };

export type RecordSharingBasisMutationVariables = Exact<{
  input: RecordSharingBasisInput;
}>;


export type RecordSharingBasisMutation = { recordSharingBasis: { basisId: string } };

export type HouseholdAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdAccessLogQuery = { householdAccessLog: { edges: Array<{ node: { id: string, loggedAt: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean } }>, pageInfo: { hasNextPage: boolean } } };

export type HouseholdCostsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  emergencyReason?: string | null | undefined;
}>;


export type HouseholdCostsQuery = { household: { id: string, costs: { expectedCents: number, realisedCents: number, months: Array<{ month: string, expectedCents: number, realisedCents: number, domains: Array<{ domain: Domain, realisedCents: number }> }>, domains: Array<{ domain: Domain, expectedCents: number, realisedCents: number }> } } };

export type HouseholdQueryVariables = Exact<{
  id: string | number;
  emergencyReason?: string | null | undefined;
}>;


export type HouseholdQuery = { household: { id: string, name: string | null, closed: boolean, emergencyAccess: boolean, regisseur: { userId: string, name: string, since: string | null } | null, address: { postcode: string, huisnummer: number, huisletter: string | null, huisnummertoevoeging: string | null } | null, regisseurHistory: Array<{ at: string, reason: string | null, from: { name: string } | null, to: { name: string } | null }>, members: Array<{ id: string, name: string, birthDate: string | null, relation: MemberRelation | null }>, sharingBases: Array<{ id: string, domain: Domain, grondslag: Grondslag, wettelijkeBepaling: string, memberIds: Array<string>, validFrom: string, validUntil: string, endedOn: string | null, currentlyValid: boolean }>, providers: Array<{ agbCode: string, name: string, domains: Array<EntryDomain>, firstActivity: string, lastActivity: string, active: Array<{ key: string, domain: Domain, kind: CareEpisodeKind, label: string | null, toegewezenOp: string | null, ingangsdatum: string | null, gestartOp: string | null, restartedOn: string | null, wachttijdDays: number | null, normDays: number | null, overNorm: boolean, stillWaiting: boolean, startsLater: boolean, member: { id: string, name: string | null } | null }> }>, plan: { goals: Array<{ id: string, status: GoalStatus, current: { title: string, description: string | null, domains: Array<Domain>, memberIds: Array<string>, targetDate: string | null, revisionReason: string | null }, versions: Array<{ version: number, title: string, revisionReason: string | null, setAt: string }>, evaluations: Array<{ outcome: GoalOutcome, evaluatedOn: string, recordedAt: string | null, note: string | null }> }>, agreements: Array<{ id: string, goalId: string | null, description: string, party: AgreementParty, partyName: string | null, domain: Domain | null, memberIds: Array<string>, recordedAt: string, dueOn: string | null, provider: { name: string } | null }> }, afwegingen: Array<{ id: string, domain: Domain, assessedOn: string, outcome: LadderOutcome, lowerRungsConsidered: boolean, member: { id: string, name: string | null }, rungs: Array<{ rung: LadderRung, considered: boolean, sufficient: LadderSufficiency | null }> }>, maatwerkDecisions: Array<{ id: string, domain: Domain, category: string, decidedOn: string, alternativesOffered: number, reasonGiven: boolean, lowerRungsConsidered: boolean, withoutLadder: boolean, member: { id: string, name: string | null } }>, maatwerkbudget: { spends: Array<{ id: string, amountCents: number, spentOn: string, budgetYear: number, purpose: string | null, prevents: PreventionAim, memberIds: Array<string>, answersEntryId: string | null, answersGoalId: string | null, evaluation: { worked: SpendResult, evaluatedOn: string, note: string | null } | null }>, totalsPerYear: Array<{ year: number, spentCents: number }> } }, system: { domains: Array<{ code: Domain, label: string }> } };

export type HouseholdViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type HouseholdViewerQuery = { viewer: { userId: string } };

export type TimelineEntryFieldsFragment = { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null };

export type TimelinePageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: TimelineFilter | null | undefined;
  emergencyReason?: string | null | undefined;
}>;


export type TimelinePageQuery = { household: { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null } }> } } };

export type TimelineUpdatedSubscriptionVariables = Exact<{
  householdId: string | number;
}>;


export type TimelineUpdatedSubscription = { timelineUpdated: { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null } };

export type HouseholdZrmQueryVariables = Exact<{
  id: string | number;
  emergencyReason?: string | null | undefined;
}>;


export type HouseholdZrmQuery = { household: { id: string, zrm: Array<{ zrmDomain: ZrmDomain, change: number, direction: ZrmDirection, member: { id: string, name: string | null }, points: Array<{ scoredOn: string, score: number }> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { userId: string, name: string | null, role: Role, gemeente: string | null, domain: Domain | null } };

export type MyHouseholdsQueryVariables = Exact<{
  first: number;
}>;


export type MyHouseholdsQuery = { myHouseholds: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, lastActivity: string, activeProviders: number, openSignals: number, overdueWaits: number, overdueSignals: number, maatwerkWithoutLadder: number, overdueSignalsByKind: Array<{ kind: WorklistKind, label: string, count: number }> } }> } };

export type SearchHouseholdsQueryVariables = Exact<{
  input: HouseholdSearchInput;
}>;


export type SearchHouseholdsQuery = { searchHouseholds: { kind: HouseholdSearchKind, truncated: boolean, households: Array<{ householdId: string, name: string | null, members: Array<{ id: string, name: string, birthDate: string | null, relation: string | null, matched: boolean }> }> } };

export type WorklistQueryVariables = Exact<{ [key: string]: never; }>;


export type WorklistQuery = { signals: { totalCount: number, edges: Array<{ node: { kind: WorklistKind, label: string, key: string, domain: Domain, householdId: string, householdName: string | null, since: string, dueOn: string | null, daysOverdue: number, entryId: string | null } }> } };

export type CatalogueAlternativesQueryVariables = Exact<{
  activeOn: string;
  replaces: ReplaceableSupportInput;
}>;


export type CatalogueAlternativesQuery = { voorliggendVeld: Array<{ voorzieningId: string, naam: string, organisatie: string }> };

export type RecordPlanAgreementMutationVariables = Exact<{
  input: RecordPlanAgreementInput;
}>;


export type RecordPlanAgreementMutation = { recordPlanAgreement: { agreementId: string, position: string } };

export type GemeenteProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type GemeenteProvidersQuery = { providers: Array<{ agbCode: string, name: string }> };

export type EvaluatePlanGoalMutationVariables = Exact<{
  input: EvaluatePlanGoalInput;
}>;


export type EvaluatePlanGoalMutation = { evaluatePlanGoal: { position: string } };

export type SetPlanGoalMutationVariables = Exact<{
  input: SetPlanGoalInput;
}>;


export type SetPlanGoalMutation = { setPlanGoal: { goalId: string, position: string } };

export type BudgetRoomQueryVariables = Exact<{
  year: number;
}>;


export type BudgetRoomQuery = { maatwerkbudget: { year: number, totalCents: number | null, perHouseholdCents: number | null, remainingCents: number | null } };

export type EvaluateMaatwerkbudgetMutationVariables = Exact<{
  input: EvaluateMaatwerkbudgetInput;
}>;


export type EvaluateMaatwerkbudgetMutation = { evaluateMaatwerkbudget: { position: string } };

export type SpendMaatwerkbudgetMutationVariables = Exact<{
  input: SpendMaatwerkbudgetInput;
}>;


export type SpendMaatwerkbudgetMutation = { spendMaatwerkbudget: { spendId: string, position: string } };

export type SignalEntriesQueryVariables = Exact<{
  id: string | number;
}>;


export type SignalEntriesQuery = { household: { id: string, timeline: { edges: Array<{ node: { id: string, summary: string, occurredAt: string, occurredOn: string | null } }> } } };

export const LogLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<LogLineFieldsFragment, unknown>;
export const TimelineEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineEntryFieldsFragment, unknown>;
export const RegisteredDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisteredDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<RegisteredDomainsQuery, RegisteredDomainsQueryVariables>;
export const EmergencyAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyAccesses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogLineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<EmergencyAccessesQuery, EmergencyAccessesQueryVariables>;
export const ProcessingLogExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcessingLogExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processingLogExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<ProcessingLogExportQuery, ProcessingLogExportQueryVariables>;
export const AuditHouseholdAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditHouseholdAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<AuditHouseholdAccessQuery, AuditHouseholdAccessQueryVariables>;
export const AuditPersonAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditPersonAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bsn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bsn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdName"}},{"kind":"Field","name":{"kind":"Name","value":"householdClosed"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<AuditPersonAccessQuery, AuditPersonAccessQueryVariables>;
export const AuditProcessingLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditProcessingLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processingLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogLineFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcessingLogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyReason"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<AuditProcessingLogQuery, AuditProcessingLogQueryVariables>;
export const AddHouseholdMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHouseholdMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddHouseholdMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addHouseholdMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<AddHouseholdMemberMutation, AddHouseholdMemberMutationVariables>;
export const RecordHouseholdAddressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHouseholdAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHouseholdAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHouseholdAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordHouseholdAddressMutation, RecordHouseholdAddressMutationVariables>;
export const HouseholdRegisseurDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdRegisseur"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regisseurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openHouseholds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regisseurHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdRegisseurQuery, HouseholdRegisseurQueryVariables>;
export const MaatwerkbudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Maatwerkbudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maatwerkbudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"perHouseholdCents"}},{"kind":"Field","name":{"kind":"Name","value":"reservedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"spendCount"}}]}}]}}]} as unknown as DocumentNode<MaatwerkbudgetQuery, MaatwerkbudgetQueryVariables>;
export const SetMaatwerkbudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaatwerkbudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaatwerkbudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaatwerkbudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]} as unknown as DocumentNode<SetMaatwerkbudgetMutation, SetMaatwerkbudgetMutationVariables>;
export const GemeenteCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GemeenteCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gemeenteCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeAfterRegisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"averageMonthlyBeforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"averageMonthlyAfterCents"}}]}}]}}]}}]} as unknown as DocumentNode<GemeenteCostsQuery, GemeenteCostsQueryVariables>;
export const VoorliggendVeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoorliggendVeld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorliggendVeld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorzieningId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}},{"kind":"Field","name":{"kind":"Name","value":"geldigVanaf"}},{"kind":"Field","name":{"kind":"Name","value":"beeindigdPer"}},{"kind":"Field","name":{"kind":"Name","value":"wachttijdDagen"}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<VoorliggendVeldQuery, VoorliggendVeldQueryVariables>;
export const RegisterAlgemeneVoorzieningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterAlgemeneVoorziening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAlgemeneVoorzieningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerAlgemeneVoorziening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorzieningId"}}]}}]}}]} as unknown as DocumentNode<RegisterAlgemeneVoorzieningMutation, RegisterAlgemeneVoorzieningMutationVariables>;
export const CloseHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<CloseHouseholdMutation, CloseHouseholdMutationVariables>;
export const ReopenHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReopenHouseholdMutation, ReopenHouseholdMutationVariables>;
export const EndAlgemeneVoorzieningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAlgemeneVoorziening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndAlgemeneVoorzieningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAlgemeneVoorziening"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorzieningId"}}]}}]}}]} as unknown as DocumentNode<EndAlgemeneVoorzieningMutation, EndAlgemeneVoorzieningMutationVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regisseurUserId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regisseurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openHouseholds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regisseurCaseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regisseurUserId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regisseurUserId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regisseurSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const ManageHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManageHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"huisletter"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummertoevoeging"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<ManageHouseholdQuery, ManageHouseholdQueryVariables>;
export const RemoveHouseholdMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveHouseholdMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveHouseholdMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeHouseholdMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RemoveHouseholdMemberMutation, RemoveHouseholdMemberMutationVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const RegisterProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RegisterProviderMutation, RegisterProviderMutationVariables>;
export const AssignRegisseurDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRegisseur"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRegisseurInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRegisseur"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<AssignRegisseurMutation, AssignRegisseurMutationVariables>;
export const ReleaseRegisseurDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseRegisseur"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseRegisseur"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<ReleaseRegisseurMutation, ReleaseRegisseurMutationVariables>;
export const RegisseursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regisseurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regisseurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openHouseholds"}}]}}]}}]} as unknown as DocumentNode<RegisseursQuery, RegisseursQueryVariables>;
export const RegisterHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}}]}}]}}]} as unknown as DocumentNode<RegisterHouseholdMutation, RegisterHouseholdMutationVariables>;
export const BerichtenQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BerichtenQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"berichtenQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"berichtType"}},{"kind":"Field","name":{"kind":"Name","value":"afzender"}},{"kind":"Field","name":{"kind":"Name","value":"identificatie"}},{"kind":"Field","name":{"kind":"Name","value":"dagtekening"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkRefusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<BerichtenQueueQuery, BerichtenQueueQueryVariables>;
export const HouseholdsWithBsnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithBsn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithBsnQuery, HouseholdsWithBsnQueryVariables>;
export const LinkBerichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkBericht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBerichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkBericht"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"together"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<LinkBerichtMutation, LinkBerichtMutationVariables>;
export const DiscardBerichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardBericht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardBerichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardBericht"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DiscardBerichtMutation, DiscardBerichtMutationVariables>;
export const FindHouseholdByBsnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindHouseholdByBsn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FindHouseholdByBsnQuery, FindHouseholdByBsnQueryVariables>;
export const DomainProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"domain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"domain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"domain"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DomainProvidersQuery, DomainProvidersQueryVariables>;
export const RecordJeugdContactmomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJeugdContactmoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJeugdContactmomentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJeugdContactmoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordJeugdContactmomentMutation, RecordJeugdContactmomentMutationVariables>;
export const RecordWmoContactmomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWmoContactmoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWmoContactmomentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWmoContactmoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordWmoContactmomentMutation, RecordWmoContactmomentMutationVariables>;
export const RecordWerkInkomenContactmomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWerkInkomenContactmoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWerkInkomenContactmomentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWerkInkomenContactmoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordWerkInkomenContactmomentMutation, RecordWerkInkomenContactmomentMutationVariables>;
export const RecordWonenContactmomentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWonenContactmoment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordWonenContactmomentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWonenContactmoment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordWonenContactmomentMutation, RecordWonenContactmomentMutationVariables>;
export const DomainHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"careAccess"}},{"kind":"Field","name":{"kind":"Name","value":"regisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<DomainHouseholdQuery, DomainHouseholdQueryVariables>;
export const DomainHouseholdCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainHouseholdCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sharingBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"wettelijkeBepaling"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentlyValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DomainHouseholdCareQuery, DomainHouseholdCareQueryVariables>;
export const EndSharingBasisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSharingBasis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSharingBasisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSharingBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<EndSharingBasisMutation, EndSharingBasisMutationVariables>;
export const RecordSharingBasisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSharingBasis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSharingBasisInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSharingBasis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basisId"}}]}}]}}]} as unknown as DocumentNode<RecordSharingBasisMutation, RecordSharingBasisMutationVariables>;
export const HouseholdAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdAccessLogQuery, HouseholdAccessLogQueryVariables>;
export const HouseholdCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"emergencyReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdCostsQuery, HouseholdCostsQueryVariables>;
export const HouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Household"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"emergencyReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccess"}},{"kind":"Field","name":{"kind":"Name","value":"regisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"huisletter"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummertoevoeging"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regisseurHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharingBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"wettelijkeBepaling"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentlyValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivity"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}},{"kind":"Field","name":{"kind":"Name","value":"active"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toegewezenOp"}},{"kind":"Field","name":{"kind":"Name","value":"ingangsdatum"}},{"kind":"Field","name":{"kind":"Name","value":"gestartOp"}},{"kind":"Field","name":{"kind":"Name","value":"restartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"wachttijdDays"}},{"kind":"Field","name":{"kind":"Name","value":"normDays"}},{"kind":"Field","name":{"kind":"Name","value":"overNorm"}},{"kind":"Field","name":{"kind":"Name","value":"stillWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"startsLater"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"revisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"afwegingen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"lowerRungsConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rungs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rung"}},{"kind":"Field","name":{"kind":"Name","value":"considered"}},{"kind":"Field","name":{"kind":"Name","value":"sufficient"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"maatwerkDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"alternativesOffered"}},{"kind":"Field","name":{"kind":"Name","value":"reasonGiven"}},{"kind":"Field","name":{"kind":"Name","value":"lowerRungsConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"withoutLadder"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"maatwerkbudget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentOn"}},{"kind":"Field","name":{"kind":"Name","value":"budgetYear"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"prevents"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"answersEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"answersGoalId"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worked"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalsPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"spentCents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdQuery, HouseholdQueryVariables>;
export const HouseholdViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<HouseholdViewerQuery, HouseholdViewerQueryVariables>;
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"emergencyReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const TimelineUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TimelineUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineUpdatedSubscription, TimelineUpdatedSubscriptionVariables>;
export const HouseholdZrmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdZrm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"emergencyReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emergencyReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zrm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zrmDomain"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdZrmQuery, HouseholdZrmQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const MyHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}},{"kind":"Field","name":{"kind":"Name","value":"activeProviders"}},{"kind":"Field","name":{"kind":"Name","value":"openSignals"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWaits"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSignals"}},{"kind":"Field","name":{"kind":"Name","value":"maatwerkWithoutLadder"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSignalsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyHouseholdsQuery, MyHouseholdsQueryVariables>;
export const SearchHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchHouseholdsQuery, SearchHouseholdsQueryVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;
export const CatalogueAlternativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueAlternatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"replaces"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplaceableSupportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorliggendVeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"replaces"},"value":{"kind":"Variable","name":{"kind":"Name","value":"replaces"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voorzieningId"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"}}]}}]}}]} as unknown as DocumentNode<CatalogueAlternativesQuery, CatalogueAlternativesQueryVariables>;
export const RecordPlanAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlanAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<RecordPlanAgreementMutation, RecordPlanAgreementMutationVariables>;
export const GemeenteProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GemeenteProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GemeenteProvidersQuery, GemeenteProvidersQueryVariables>;
export const EvaluatePlanGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluatePlanGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluatePlanGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePlanGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<EvaluatePlanGoalMutation, EvaluatePlanGoalMutationVariables>;
export const SetPlanGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPlanGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SetPlanGoalMutation, SetPlanGoalMutationVariables>;
export const BudgetRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maatwerkbudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"perHouseholdCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}}]}}]}}]} as unknown as DocumentNode<BudgetRoomQuery, BudgetRoomQueryVariables>;
export const EvaluateMaatwerkbudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluateMaatwerkbudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateMaatwerkbudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateMaatwerkbudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<EvaluateMaatwerkbudgetMutation, EvaluateMaatwerkbudgetMutationVariables>;
export const SpendMaatwerkbudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpendMaatwerkbudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpendMaatwerkbudgetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spendMaatwerkbudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spendId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]} as unknown as DocumentNode<SpendMaatwerkbudgetMutation, SpendMaatwerkbudgetMutationVariables>;
export const SignalEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignalEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"werk-inkomen.VroegsignaalOntvangen","block":false},{"kind":"StringValue","value":"wmo.MeldingOntvangen","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignalEntriesQuery, SignalEntriesQueryVariables>;