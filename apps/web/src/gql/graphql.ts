/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who carries out an agreement. */
export type AgreementParty =
  | 'AANBIEDER'
  | 'DOMEINTEAM'
  | 'HUISHOUDEN'
  | 'NETWERK';

/** A toewijzing or a traject. */
export type CareEpisodeKind =
  | 'TOEWIJZING'
  | 'TRAJECT';

export type DiscardBerichtInput = {
  berichtId: string | number;
  /** Why the message is not recorded. */
  reason: string;
};

/** A domain of the social domain: its law, its team, its data. A new domain module adds its code here. */
export type Domain =
  | 'JEUGD'
  | 'WERK_EN_INKOMEN'
  | 'WMO';

/** Whose entry it is: the household itself (HOUSEHOLD: members, regisseur, plan, legal bases) or a domain. */
export type EntryDomain =
  | 'HOUSEHOLD'
  | 'JEUGD'
  | 'WERK_EN_INKOMEN'
  | 'WMO';

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

export type LinkBerichtInput = {
  berichtId: string | number;
  /** The household that has (now) a member with the message’s BSN. */
  householdId: string | number;
};

/** Relation of a member in the household. */
export type MemberRelation =
  | 'KIND'
  | 'OUDER_VERZORGER'
  | 'OVERIG'
  | 'PARTNER';

/** What was done with the data: READ, WRITE, EXPORT, ERASE, or DENIED (a refused attempt). */
export type ProcessingOperation =
  | 'DENIED'
  | 'ERASE'
  | 'EXPORT'
  | 'READ'
  | 'WRITE';

/** What a user does in Regie (from the token or sign-in). */
export type Role =
  | 'auditor'
  | 'domeinmedewerker'
  | 'functioneel_beheerder'
  | 'regisseur';

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

/** What a worklist line is about. */
export type WorklistKind =
  | 'MAATWERK_ZONDER_AFWEGING'
  | 'TOEWIJZING_WACHT_TE_LANG'
  | 'WGS_SIGNAAL_ZONDER_OPVOLGING'
  | 'WMO_ONDERZOEK_TE_LAAT';

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

export type BerichtenQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type BerichtenQueueQuery = { berichtenQueue: Array<{ id: string, berichtType: string, afzender: string, identificatie: string, dagtekening: string, bsn: string, receivedAt: string }> };

export type HouseholdsWithBsnQueryVariables = Exact<{
  input: HouseholdSearchInput;
}>;


export type HouseholdsWithBsnQuery = { searchHouseholds: { households: Array<{ householdId: string, name: string | null, members: Array<{ id: string, name: string, matched: boolean }> }> } };

export type LinkBerichtMutationVariables = Exact<{
  input: LinkBerichtInput;
}>;


export type LinkBerichtMutation = { linkBericht: { outcome: string, rejections: Array<{ path: string, reason: string }> } };

export type DiscardBerichtMutationVariables = Exact<{
  input: DiscardBerichtInput;
}>;


export type DiscardBerichtMutation = { discardBericht: boolean };

export type HouseholdAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdAccessLogQuery = { householdAccessLog: { edges: Array<{ node: { id: string, loggedAt: string, userName: string | null, role: string, operation: ProcessingOperation, action: string, basis: string, emergency: boolean } }>, pageInfo: { hasNextPage: boolean } } };

export type HouseholdCostsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type HouseholdCostsQuery = { household: { id: string, costs: { expectedCents: number, realisedCents: number, months: Array<{ month: string, expectedCents: number, realisedCents: number, domains: Array<{ domain: Domain, realisedCents: number }> }>, domains: Array<{ domain: Domain, expectedCents: number, realisedCents: number }> } } };

export type HouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdQuery = { household: { id: string, name: string | null, closed: boolean, emergencyAccess: boolean, regisseur: { userId: string, name: string, since: string | null } | null, address: { postcode: string, huisnummer: number, huisletter: string | null, huisnummertoevoeging: string | null } | null, regisseurHistory: Array<{ at: string, reason: string | null, from: { name: string } | null, to: { name: string } | null }>, members: Array<{ id: string, name: string, birthDate: string | null, relation: MemberRelation | null }>, sharingBases: Array<{ id: string, domain: Domain, grondslag: Grondslag, wettelijkeBepaling: string, memberIds: Array<string>, validFrom: string, validUntil: string, endedOn: string | null, currentlyValid: boolean }>, providers: Array<{ agbCode: string, name: string, domains: Array<EntryDomain>, firstActivity: string, lastActivity: string, active: Array<{ key: string, domain: Domain, kind: CareEpisodeKind, label: string | null, toegewezenOp: string | null, gestartOp: string | null, wachttijdDays: number | null, normDays: number | null, overNorm: boolean, stillWaiting: boolean, member: { id: string, name: string | null } | null }> }>, plan: { goals: Array<{ id: string, status: GoalStatus, current: { title: string, description: string | null, domains: Array<Domain>, memberIds: Array<string>, targetDate: string | null }, evaluations: Array<{ outcome: GoalOutcome, evaluatedOn: string, note: string | null }> }>, agreements: Array<{ id: string, goalId: string | null, description: string, party: AgreementParty, partyName: string | null, domain: Domain | null, memberIds: Array<string>, recordedAt: string, provider: { name: string } | null }> } } };

export type TimelineEntryFieldsFragment = { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null };

export type TimelinePageQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
  filter?: TimelineFilter | null | undefined;
}>;


export type TimelinePageQuery = { household: { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null } }> } } };

export type TimelineUpdatedSubscriptionVariables = Exact<{
  householdId: string | number;
}>;


export type TimelineUpdatedSubscription = { timelineUpdated: { id: string, domain: EntryDomain, occurredAt: string, occurredOn: string | null, summary: string, category: string | null, note: string | null, corrected: boolean, withdrawn: boolean, member: { id: string, name: string | null } | null, provider: { agbCode: string, name: string } | null } };

export type HouseholdZrmQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdZrmQuery = { household: { id: string, zrm: Array<{ zrmDomain: ZrmDomain, change: number, direction: ZrmDirection, member: { id: string, name: string | null }, points: Array<{ scoredOn: string, score: number }> }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { userId: string, name: string | null, role: Role, gemeente: string | null, domain: Domain | null } };

export type MyHouseholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHouseholdsQuery = { myHouseholds: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, lastActivity: string, activeProviders: number, openSignals: number, overdueWaits: number, overdueSignals: number, overdueOnderzoeken: number, maatwerkWithoutLadder: number } }> } };

export type SearchHouseholdsQueryVariables = Exact<{
  input: HouseholdSearchInput;
}>;


export type SearchHouseholdsQuery = { searchHouseholds: { kind: HouseholdSearchKind, truncated: boolean, households: Array<{ householdId: string, name: string | null, members: Array<{ id: string, name: string, birthDate: string | null, relation: string | null, matched: boolean }> }> } };

export type WorklistQueryVariables = Exact<{ [key: string]: never; }>;


export type WorklistQuery = { signals: { totalCount: number, edges: Array<{ node: { kind: WorklistKind, key: string, domain: Domain, householdId: string, householdName: string | null, since: string, dueOn: string | null, daysOverdue: number, entryId: string | null } }> } };

export const TimelineEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineEntryFieldsFragment, unknown>;
export const BerichtenQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BerichtenQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"berichtenQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"berichtType"}},{"kind":"Field","name":{"kind":"Name","value":"afzender"}},{"kind":"Field","name":{"kind":"Name","value":"identificatie"}},{"kind":"Field","name":{"kind":"Name","value":"dagtekening"}},{"kind":"Field","name":{"kind":"Name","value":"bsn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<BerichtenQueueQuery, BerichtenQueueQueryVariables>;
export const HouseholdsWithBsnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdsWithBsn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdsWithBsnQuery, HouseholdsWithBsnQueryVariables>;
export const LinkBerichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkBericht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkBerichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkBericht"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rejections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<LinkBerichtMutation, LinkBerichtMutationVariables>;
export const DiscardBerichtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardBericht"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscardBerichtInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardBericht"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DiscardBerichtMutation, DiscardBerichtMutationVariables>;
export const HouseholdAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"loggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"emergency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdAccessLogQuery, HouseholdAccessLogQueryVariables>;
export const HouseholdCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"expectedCents"}},{"kind":"Field","name":{"kind":"Name","value":"realisedCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdCostsQuery, HouseholdCostsQueryVariables>;
export const HouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Household"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyAccess"}},{"kind":"Field","name":{"kind":"Name","value":"regisseur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"huisletter"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummertoevoeging"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regisseurHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharingBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"grondslag"}},{"kind":"Field","name":{"kind":"Name","value":"wettelijkeBepaling"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentlyValid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"firstActivity"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}},{"kind":"Field","name":{"kind":"Name","value":"active"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toegewezenOp"}},{"kind":"Field","name":{"kind":"Name","value":"gestartOp"}},{"kind":"Field","name":{"kind":"Name","value":"wachttijdDays"}},{"kind":"Field","name":{"kind":"Name","value":"normDays"}},{"kind":"Field","name":{"kind":"Name","value":"overNorm"}},{"kind":"Field","name":{"kind":"Name","value":"stillWaiting"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"domains"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdQuery, HouseholdQueryVariables>;
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const TimelineUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TimelineUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agbCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineUpdatedSubscription, TimelineUpdatedSubscriptionVariables>;
export const HouseholdZrmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdZrm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"zrm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zrmDomain"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoredOn"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdZrmQuery, HouseholdZrmQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const MyHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHouseholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}},{"kind":"Field","name":{"kind":"Name","value":"activeProviders"}},{"kind":"Field","name":{"kind":"Name","value":"openSignals"}},{"kind":"Field","name":{"kind":"Name","value":"overdueWaits"}},{"kind":"Field","name":{"kind":"Name","value":"overdueSignals"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOnderzoeken"}},{"kind":"Field","name":{"kind":"Name","value":"maatwerkWithoutLadder"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyHouseholdsQuery, MyHouseholdsQueryVariables>;
export const SearchHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HouseholdSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"households"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchHouseholdsQuery, SearchHouseholdsQueryVariables>;
export const WorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Worklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"householdName"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"entryId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorklistQuery, WorklistQueryVariables>;