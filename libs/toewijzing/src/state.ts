import { HouseholdEventType, type EntryCorrected, type EntryWithdrawn, type HouseholdEvent } from '@regie/household';
import type { ToewijzingProfile } from './profile';
import type { ToewijzingVastgelegd, ZorgGestart, ZorgGestopt } from './events';

/** One entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export interface LifecycleEntry<Data = unknown> {
  /** The event id of the original entry (what corrections and withdrawals refer to). */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly withdrawn: boolean;
}

/** A domain's slice of a household: every entry of the domain by event id, in stream order. */
export interface LifecycleState {
  readonly entries: ReadonlyMap<string, LifecycleEntry>;
}

export const initialLifecycleState: LifecycleState = { entries: new Map() };

/** Merges a correction's changes into an entry's data; a `null` value removes an optional field. */
export function applyChanges<Data>(data: Data, changes: Readonly<Record<string, unknown>>): Data {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged as Data;
}

/** Folds a domain's event, or a household correction/withdrawal of one of its entries, into the domain's slice. */
export function evolveEntries<State extends LifecycleState>(
  domain: string,
  prefix: string,
): (state: State, event: HouseholdEvent) => State {
  return (state, event) => {
    if (event.type.startsWith(prefix)) {
      const entry: LifecycleEntry = { id: event.id, type: event.type, data: event.data, withdrawn: false };
      return { ...state, entries: new Map(state.entries).set(event.id, entry) };
    }
    if (event.type !== HouseholdEventType.entryCorrected && event.type !== HouseholdEventType.entryWithdrawn) {
      return state;
    }
    const { entryId, domain: entryDomain } = event.data as EntryCorrected | EntryWithdrawn;
    const entry = state.entries.get(entryId);
    if (entryDomain !== domain || !entry) return state;
    const changed =
      event.type === HouseholdEventType.entryCorrected
        ? { ...entry, data: applyChanges(entry.data, (event.data as EntryCorrected).changes) }
        : { ...entry, withdrawn: true };
    return { ...state, entries: new Map(state.entries).set(entryId, changed) };
  };
}

const isType = <Data>(entry: LifecycleEntry, type: string): entry is LifecycleEntry<Data> => entry.type === type;

/** The entries of one type, in stream order; withdrawn ones only when asked. */
export function entriesOf<Data>(state: LifecycleState, type: string, includeWithdrawn = false): LifecycleEntry<Data>[] {
  return [...state.entries.values()].filter(
    (entry): entry is LifecycleEntry<Data> => isType<Data>(entry, type) && (includeWithdrawn || !entry.withdrawn),
  );
}

/** One start/stop period of a toewijzing (start and stop are keyed on ToewijzingNummer + Begindatum). */
export interface ZorgPeriode<Start = ZorgGestart, Stop = ZorgGestopt> {
  readonly start: LifecycleEntry<Start>;
  readonly stop?: LifecycleEntry<Stop>;
}

/** A toewijzing that counts, with its start/stop periods in order. */
export interface ToewijzingView<Toewijzing = ToewijzingVastgelegd> {
  readonly toewijzing: LifecycleEntry<Toewijzing>;
  readonly periods: readonly ZorgPeriode[];
  /** The last period, when there is one: started and not stopped means care is running. */
  readonly current?: ZorgPeriode;
}

/** The toewijzing that ever used this number, withdrawn or not (a number is never reused). */
export const toewijzingWithNummer = <Toewijzing extends ToewijzingVastgelegd = ToewijzingVastgelegd>(
  profile: ToewijzingProfile,
  state: LifecycleState,
  toewijzingNummer: string,
): LifecycleEntry<Toewijzing> | undefined =>
  entriesOf<Toewijzing>(state, profile.eventType.toewijzingVastgelegd, true).find(
    (entry) => entry.data.toewijzingNummer === toewijzingNummer,
  );

/** The toewijzing with this number and its periods, or undefined when unknown or withdrawn. */
export function findToewijzing<Toewijzing extends ToewijzingVastgelegd = ToewijzingVastgelegd>(
  profile: ToewijzingProfile,
  state: LifecycleState,
  toewijzingNummer: string,
): ToewijzingView<Toewijzing> | undefined {
  const toewijzing = toewijzingWithNummer<Toewijzing>(profile, state, toewijzingNummer);
  if (!toewijzing || toewijzing.withdrawn) return undefined;
  const periods: { start: LifecycleEntry<ZorgGestart>; stop?: LifecycleEntry<ZorgGestopt> }[] = [];
  for (const entry of state.entries.values()) {
    if (entry.withdrawn || (entry.data as { toewijzingNummer?: string }).toewijzingNummer !== toewijzingNummer) {
      continue;
    }
    if (isType<ZorgGestart>(entry, profile.eventType.zorgGestart)) periods.push({ start: entry });
    if (isType<ZorgGestopt>(entry, profile.eventType.zorgGestopt)) {
      const open = periods.at(-1);
      if (open && !open.stop) open.stop = entry;
    }
  }
  return { toewijzing, periods, current: periods.at(-1) };
}

/** Every toewijzing that counts, in stream order. */
export const toewijzingen = <Toewijzing extends ToewijzingVastgelegd = ToewijzingVastgelegd>(
  profile: ToewijzingProfile,
  state: LifecycleState,
): ToewijzingView<Toewijzing>[] =>
  entriesOf<Toewijzing>(state, profile.eventType.toewijzingVastgelegd).map((entry) =>
    findToewijzing<Toewijzing>(profile, state, entry.data.toewijzingNummer)!,
  );
