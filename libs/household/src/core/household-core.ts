import { isReadableAddress, type Address } from './address';
import type { HouseholdEvent } from './event-envelope';
import {
  HouseholdEventType as T,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdRegistered,
  type MemberAdded,
  type MemberData,
  type MemberRemoved,
  type PersonRef,
  type PlanAgreementRecorded,
  type PlanGoalEvaluated,
  type PersonErased,
  type PlanGoalSet,
  type RegisseurAssigned,
  type RetentionExpired,
  type SharingBasisEnded,
  type SharingBasisRecorded,
  type AfwegingVastgelegd,
  type MaatwerkbudgetBesteed,
  type MaatwerkbudgetGeevalueerd,
  type AddressRecorded,
} from './household.events';

export interface GoalState extends PlanGoalSet {
  readonly evaluations: readonly PlanGoalEvaluated[];
}

export interface EntryState {
  readonly id: string;
  readonly type: string;
  readonly domain: string;
  readonly correctedBy: readonly string[];
  readonly withdrawnBy?: string;
}

/** What the household lib itself knows of a household: enough to enforce the core invariants. */
export interface HouseholdCore {
  readonly exists: boolean;
  readonly householdId?: string;
  readonly gemeente?: string;
  readonly closed: boolean;
  readonly members: ReadonlyMap<string, MemberData>;
  /** The woonadres; absent when never recorded or erased with the household's retention. */
  readonly address?: Address;
  readonly regisseur?: PersonRef;
  readonly goals: ReadonlyMap<string, GoalState>;
  readonly agreements: ReadonlyMap<string, PlanAgreementRecorded>;
  readonly sharingBases: ReadonlyMap<string, SharingBasisRecorded & { ended?: SharingBasisEnded }>;
  /** Every entry of the stream by event id, so corrections and withdrawals can refer to any of them. */
  readonly entries: ReadonlyMap<string, EntryState>;
  /** Recorded afwegingen (ladders) by afwegingId, in order; maatwerk decisions cite the latest per domain and member. */
  readonly afwegingen: ReadonlyMap<string, AfwegingVastgelegd>;
  /** Maatwerkbudget spends by spendId, with their evaluation once recorded. */
  readonly spends: ReadonlyMap<string, MaatwerkbudgetBesteed & { readonly evaluation?: MaatwerkbudgetGeevalueerd }>;
}

export const initialCore: HouseholdCore = {
  exists: false,
  closed: false,
  members: new Map(),
  goals: new Map(),
  agreements: new Map(),
  sharingBases: new Map(),
  entries: new Map(),
  afwegingen: new Map(),
  spends: new Map(),
};

const withEntry = (state: HouseholdCore, event: HouseholdEvent): HouseholdCore => ({
  ...state,
  entries: new Map(state.entries).set(event.id, {
    id: event.id,
    type: event.type,
    domain: event.metadata.domain,
    correctedBy: [],
  }),
});

const setIn = <K, V>(map: ReadonlyMap<K, V>, key: K, value: V) => new Map(map).set(key, value);

/** Folds one event (of any domain) into the core state. Unknown types only register the entry. */
export function evolveCore(previous: HouseholdCore, event: HouseholdEvent): HouseholdCore {
  const state = withEntry(previous, event);
  switch (event.type) {
    case T.registered: {
      const data = event.data as HouseholdRegistered;
      return {
        ...state,
        exists: true,
        householdId: data.householdId,
        gemeente: data.gemeente,
        members: new Map(data.members.map((member) => [member.memberId, member])),
        address: isReadableAddress(data.address) ? data.address : undefined,
      };
    }
    case T.addressRecorded: {
      const { address } = event.data as AddressRecorded;
      return { ...state, address: isReadableAddress(address) ? address : undefined };
    }
    case T.memberAdded: {
      const { member } = event.data as MemberAdded;
      return { ...state, members: setIn(state.members, member.memberId, member) };
    }
    case T.memberRemoved:
    case T.personErased: {
      const members = new Map(state.members);
      members.delete((event.data as MemberRemoved | PersonErased).memberId);
      return { ...state, members };
    }
    case T.retentionExpired:
      return (event.data as RetentionExpired).wholeHousehold
        ? { ...state, members: new Map(), address: undefined }
        : state;
    case T.regisseurAssigned:
      return { ...state, regisseur: (event.data as RegisseurAssigned).regisseur };
    case T.regisseurReleased:
      return { ...state, regisseur: undefined };
    case T.planGoalSet: {
      const goal = event.data as PlanGoalSet;
      const evaluations = state.goals.get(goal.goalId)?.evaluations ?? [];
      return { ...state, goals: setIn(state.goals, goal.goalId, { ...goal, evaluations }) };
    }
    case T.planGoalEvaluated: {
      const evaluation = event.data as PlanGoalEvaluated;
      const goal = state.goals.get(evaluation.goalId);
      if (!goal) return state;
      return {
        ...state,
        goals: setIn(state.goals, goal.goalId, { ...goal, evaluations: [...goal.evaluations, evaluation] }),
      };
    }
    case T.planAgreementRecorded: {
      const agreement = event.data as PlanAgreementRecorded;
      return { ...state, agreements: setIn(state.agreements, agreement.agreementId, agreement) };
    }
    case T.sharingBasisRecorded: {
      const basis = event.data as SharingBasisRecorded;
      return { ...state, sharingBases: setIn(state.sharingBases, basis.basisId, basis) };
    }
    case T.sharingBasisEnded: {
      const ended = event.data as SharingBasisEnded;
      const basis = state.sharingBases.get(ended.basisId);
      return basis ? { ...state, sharingBases: setIn(state.sharingBases, basis.basisId, { ...basis, ended }) } : state;
    }
    case T.afwegingRecorded: {
      const afweging = event.data as AfwegingVastgelegd;
      return { ...state, afwegingen: setIn(state.afwegingen, afweging.afwegingId, afweging) };
    }
    case T.maatwerkbudgetSpent: {
      const spend = event.data as MaatwerkbudgetBesteed;
      return { ...state, spends: setIn(state.spends, spend.spendId, spend) };
    }
    case T.maatwerkbudgetEvaluated: {
      const evaluation = event.data as MaatwerkbudgetGeevalueerd;
      const spend = state.spends.get(evaluation.spendId);
      return spend ? { ...state, spends: setIn(state.spends, spend.spendId, { ...spend, evaluation }) } : state;
    }
    case T.closed:
      return { ...state, closed: true };
    case T.reopened:
      return { ...state, closed: false };
    case T.entryCorrected: {
      const { entryId } = event.data as EntryCorrected;
      const entry = state.entries.get(entryId);
      if (!entry) return state;
      return {
        ...state,
        entries: setIn(state.entries, entryId, { ...entry, correctedBy: [...entry.correctedBy, event.id] }),
      };
    }
    case T.entryWithdrawn: {
      const { entryId } = event.data as EntryWithdrawn;
      const entry = state.entries.get(entryId);
      return entry ? { ...state, entries: setIn(state.entries, entryId, { ...entry, withdrawnBy: event.id }) } : state;
    }
    default:
      return state;
  }
}

/** Whether a legal basis for `domain` covers `memberId` on `date`. The read side and access control use this. */
export function hasSharingBasis(core: HouseholdCore, domain: string, date: string, memberId?: string): boolean {
  return [...core.sharingBases.values()].some(
    (basis) =>
      basis.domain === domain &&
      basis.validFrom <= date &&
      date <= (basis.ended?.endedOn ?? basis.validUntil) &&
      (memberId === undefined || basis.memberIds.length === 0 || basis.memberIds.includes(memberId)),
  );
}
