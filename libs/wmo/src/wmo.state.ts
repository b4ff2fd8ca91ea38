import {
  HouseholdEventType,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdCore,
  type HouseholdEvent,
} from '@regie/household';
import {
  WMO_DOMAIN,
  WmoEventType,
  type BesluitGenomen,
  type MeldingOntvangen,
  type OnderzoekAfgerond,
  type ToewijzingVastgelegd,
  type ZorgGestart,
  type ZorgGestopt,
} from './wmo.events';

/** One Wmo entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export interface WmoEntry<Data = unknown> {
  /** The event id of the original entry (what corrections and withdrawals refer to). */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly withdrawn: boolean;
}

/** The Wmo slice of a household: every Wmo entry by event id, in stream order. */
export interface WmoState {
  readonly entries: ReadonlyMap<string, WmoEntry>;
}

export const initialWmoState: WmoState = { entries: new Map() };

/** Merges a correction's changes into an entry's data; a `null` value removes an optional field. */
export function applyChanges<Data>(data: Data, changes: Readonly<Record<string, unknown>>): Data {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged as Data;
}

/** Folds a Wmo event, or a household correction/withdrawal of a Wmo entry, into the Wmo slice. */
export function evolveWmo(state: WmoState, event: HouseholdEvent, _core: HouseholdCore): WmoState {
  if (event.type.startsWith('wmo.')) {
    const entry: WmoEntry = { id: event.id, type: event.type, data: event.data, withdrawn: false };
    return { entries: new Map(state.entries).set(event.id, entry) };
  }
  if (event.type === HouseholdEventType.entryCorrected) {
    const { entryId, domain, changes } = event.data as EntryCorrected;
    const entry = state.entries.get(entryId);
    if (domain !== WMO_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, data: applyChanges(entry.data, changes) }) };
  }
  if (event.type === HouseholdEventType.entryWithdrawn) {
    const { entryId, domain } = event.data as EntryWithdrawn;
    const entry = state.entries.get(entryId);
    if (domain !== WMO_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, withdrawn: true }) };
  }
  return state;
}

const isType = <Data>(entry: WmoEntry, type: string): entry is WmoEntry<Data> => entry.type === type;

function entriesOf<Data>(state: WmoState, type: string, includeWithdrawn = false): WmoEntry<Data>[] {
  return [...state.entries.values()].filter(
    (entry): entry is WmoEntry<Data> => isType<Data>(entry, type) && (includeWithdrawn || !entry.withdrawn),
  );
}

// --- the procedure: melding → onderzoek → besluit -------------------------------------------------------------

/** The melding that ever used this id, withdrawn or not (an id is never reused). */
export const meldingWithId = (state: WmoState, meldingId: string) =>
  entriesOf<MeldingOntvangen>(state, WmoEventType.meldingOntvangen, true).find(
    (entry) => entry.data.meldingId === meldingId,
  );

/** A melding, its onderzoek and its besluit as they now count (withdrawn entries left out). */
export interface MeldingView {
  readonly melding: WmoEntry<MeldingOntvangen>;
  readonly onderzoek?: WmoEntry<OnderzoekAfgerond>;
  readonly besluit?: WmoEntry<BesluitGenomen>;
}

/** The melding with this id and what followed it, or undefined when unknown or withdrawn. */
export function findMelding(state: WmoState, meldingId: string): MeldingView | undefined {
  const melding = meldingWithId(state, meldingId);
  if (!melding || melding.withdrawn) return undefined;
  const onderzoek = entriesOf<OnderzoekAfgerond>(state, WmoEventType.onderzoekAfgerond).find(
    (entry) => entry.data.meldingId === meldingId,
  );
  const besluit = entriesOf<BesluitGenomen>(state, WmoEventType.besluitGenomen).find(
    (entry) => entry.data.meldingId === meldingId,
  );
  return { melding, onderzoek, besluit };
}

/** Every melding that counts, in stream order. */
export const meldingen = (state: WmoState): MeldingView[] =>
  entriesOf<MeldingOntvangen>(state, WmoEventType.meldingOntvangen).map((entry) =>
    findMelding(state, entry.data.meldingId)!,
  );

/** The besluit that ever used this id, withdrawn or not. */
export const besluitWithId = (state: WmoState, besluitId: string) =>
  entriesOf<BesluitGenomen>(state, WmoEventType.besluitGenomen, true).find(
    (entry) => entry.data.besluitId === besluitId,
  );

// --- the support: toewijzing → start → stop (keyed on ToewijzingNummer) ---------------------------------------

/** One start/stop period of a toewijzing (iWmo: start and stop are keyed on ToewijzingNummer + Begindatum). */
export interface ZorgPeriode {
  readonly start: WmoEntry<ZorgGestart>;
  readonly stop?: WmoEntry<ZorgGestopt>;
}

/** A toewijzing that counts, with its start/stop periods in order. */
export interface ToewijzingView {
  readonly toewijzing: WmoEntry<ToewijzingVastgelegd>;
  readonly periods: readonly ZorgPeriode[];
  /** The last period, when there is one: started and not stopped means support is running. */
  readonly current?: ZorgPeriode;
}

/** The toewijzing that ever used this number, withdrawn or not (a number is never reused). */
export const toewijzingWithNummer = (state: WmoState, toewijzingNummer: string) =>
  entriesOf<ToewijzingVastgelegd>(state, WmoEventType.toewijzingVastgelegd, true).find(
    (entry) => entry.data.toewijzingNummer === toewijzingNummer,
  );

/** The toewijzing with this number and its periods, or undefined when unknown or withdrawn. */
export function findToewijzing(state: WmoState, toewijzingNummer: string): ToewijzingView | undefined {
  const toewijzing = toewijzingWithNummer(state, toewijzingNummer);
  if (!toewijzing || toewijzing.withdrawn) return undefined;
  const periods: { start: WmoEntry<ZorgGestart>; stop?: WmoEntry<ZorgGestopt> }[] = [];
  for (const entry of state.entries.values()) {
    if (entry.withdrawn || (entry.data as { toewijzingNummer?: string }).toewijzingNummer !== toewijzingNummer) {
      continue;
    }
    if (isType<ZorgGestart>(entry, WmoEventType.zorgGestart)) periods.push({ start: entry });
    if (isType<ZorgGestopt>(entry, WmoEventType.zorgGestopt)) {
      const open = periods.at(-1);
      if (open && !open.stop) open.stop = entry;
    }
  }
  return { toewijzing, periods, current: periods.at(-1) };
}

/** Every toewijzing that counts, in stream order. */
export const toewijzingen = (state: WmoState): ToewijzingView[] =>
  entriesOf<ToewijzingVastgelegd>(state, WmoEventType.toewijzingVastgelegd).map((entry) =>
    findToewijzing(state, entry.data.toewijzingNummer)!,
  );
