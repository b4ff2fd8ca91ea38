import {
  HouseholdEventType,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdCore,
  type HouseholdEvent,
} from '@regie/household';
import {
  JEUGD_DOMAIN,
  JeugdEventType,
  type ToewijzingVastgelegd,
  type ZorgGestart,
  type ZorgGestopt,
} from './jeugd.events';

/** One Jeugd entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export interface JeugdEntry<Data = unknown> {
  /** The event id of the original entry (what corrections and withdrawals refer to). */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly withdrawn: boolean;
}

/** The Jeugd slice of a household: every Jeugd entry by event id, in stream order. */
export interface JeugdState {
  readonly entries: ReadonlyMap<string, JeugdEntry>;
}

export const initialJeugdState: JeugdState = { entries: new Map() };

/** Merges a correction's changes into an entry's data; a `null` value removes an optional field. */
export function applyChanges<Data>(data: Data, changes: Readonly<Record<string, unknown>>): Data {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged as Data;
}

export function evolveJeugd(state: JeugdState, event: HouseholdEvent, _core: HouseholdCore): JeugdState {
  if (event.type.startsWith('jeugd.')) {
    const entry: JeugdEntry = { id: event.id, type: event.type, data: event.data, withdrawn: false };
    return { entries: new Map(state.entries).set(event.id, entry) };
  }
  if (event.type === HouseholdEventType.entryCorrected) {
    const { entryId, domain, changes } = event.data as EntryCorrected;
    const entry = state.entries.get(entryId);
    if (domain !== JEUGD_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, data: applyChanges(entry.data, changes) }) };
  }
  if (event.type === HouseholdEventType.entryWithdrawn) {
    const { entryId, domain } = event.data as EntryWithdrawn;
    const entry = state.entries.get(entryId);
    if (domain !== JEUGD_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, withdrawn: true }) };
  }
  return state;
}

/** One start/stop period of a toewijzing (iJw: start and stop are keyed on ToewijzingNummer + Begindatum). */
export interface ZorgPeriode {
  readonly start: JeugdEntry<ZorgGestart>;
  readonly stop?: JeugdEntry<ZorgGestopt>;
}

/** A toewijzing that counts, with its start/stop periods in order. */
export interface ToewijzingView {
  readonly toewijzing: JeugdEntry<ToewijzingVastgelegd>;
  readonly periods: readonly ZorgPeriode[];
  /** The last period, when there is one: started and not stopped means care is running. */
  readonly current?: ZorgPeriode;
}

const isType = <Data>(entry: JeugdEntry, type: string): entry is JeugdEntry<Data> => entry.type === type;

/** The toewijzing that ever used this number, withdrawn or not (a number is never reused). */
export function toewijzingWithNummer(
  state: JeugdState,
  toewijzingNummer: string,
): JeugdEntry<ToewijzingVastgelegd> | undefined {
  return [...state.entries.values()].find(
    (entry): entry is JeugdEntry<ToewijzingVastgelegd> =>
      isType<ToewijzingVastgelegd>(entry, JeugdEventType.toewijzingVastgelegd) &&
      entry.data.toewijzingNummer === toewijzingNummer,
  );
}

/** The toewijzing with this number and its periods, or undefined when unknown or withdrawn. */
export function findToewijzing(state: JeugdState, toewijzingNummer: string): ToewijzingView | undefined {
  const toewijzing = toewijzingWithNummer(state, toewijzingNummer);
  if (!toewijzing || toewijzing.withdrawn) return undefined;
  const periods: { start: JeugdEntry<ZorgGestart>; stop?: JeugdEntry<ZorgGestopt> }[] = [];
  for (const entry of state.entries.values()) {
    if (entry.withdrawn || (entry.data as { toewijzingNummer?: string }).toewijzingNummer !== toewijzingNummer) {
      continue;
    }
    if (isType<ZorgGestart>(entry, JeugdEventType.zorgGestart)) periods.push({ start: entry });
    if (isType<ZorgGestopt>(entry, JeugdEventType.zorgGestopt)) {
      const open = periods.at(-1);
      if (open && !open.stop) open.stop = entry;
    }
  }
  return { toewijzing, periods, current: periods.at(-1) };
}

/** Every toewijzing that counts, in stream order. */
export function toewijzingen(state: JeugdState): ToewijzingView[] {
  return [...state.entries.values()]
    .filter((entry) => entry.type === JeugdEventType.toewijzingVastgelegd && !entry.withdrawn)
    .map((entry) => findToewijzing(state, (entry.data as ToewijzingVastgelegd).toewijzingNummer)!);
}
