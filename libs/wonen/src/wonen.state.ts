import {
  HouseholdEventType,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdCore,
  type HouseholdEvent,
  type LocalDate,
} from '@regie/household';
import type { OntruimingFase } from './wonen.codes';
import {
  WONEN_DOMAIN,
  WONEN_EVENT_PREFIX,
  WonenEventType as T,
  type BetalingsregelingBeeindigd,
  type BetalingsregelingGetroffen,
  type HuurachterstandGesignaleerd,
  type HuurachterstandOpgevolgd,
  type LaatsteKansAfspraakBeeindigd,
  type LaatsteKansAfspraakGemaakt,
  type OntruimingAfgelopen,
  type OntruimingDreigt,
  type UrgentieStap,
  type WoonbegeleidingBeeindigd,
  type WoonbegeleidingGestart,
} from './wonen.events';

/** One Wonen entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export interface WonenEntry<Data = unknown> {
  /** The event id of the original entry (what corrections and withdrawals refer to). */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly withdrawn: boolean;
}

/** The Wonen slice of a household: every entry by event id, in stream order. */
export interface WonenState {
  readonly entries: ReadonlyMap<string, WonenEntry>;
}

export const initialWonenState: WonenState = { entries: new Map() };

/** Merges a correction's changes into an entry's data; a `null` value removes an optional field. */
export function applyChanges<Data>(data: Data, changes: Readonly<Record<string, unknown>>): Data {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged as Data;
}

export function evolveWonen(state: WonenState, event: HouseholdEvent, _core: HouseholdCore): WonenState {
  if (event.type.startsWith(WONEN_EVENT_PREFIX)) {
    const entry: WonenEntry = { id: event.id, type: event.type, data: event.data, withdrawn: false };
    return { entries: new Map(state.entries).set(event.id, entry) };
  }
  if (event.type === HouseholdEventType.entryCorrected) {
    const { entryId, domain, changes } = event.data as EntryCorrected;
    const entry = state.entries.get(entryId);
    if (domain !== WONEN_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, data: applyChanges(entry.data, changes) }) };
  }
  if (event.type === HouseholdEventType.entryWithdrawn) {
    const { entryId, domain } = event.data as EntryWithdrawn;
    const entry = state.entries.get(entryId);
    if (domain !== WONEN_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, withdrawn: true }) };
  }
  return state;
}

/** The entries that count (not withdrawn) of the given types, in stream order. */
function counting<Data>(state: WonenState, ...types: string[]): WonenEntry<Data>[] {
  return [...state.entries.values()].filter(
    (entry): entry is WonenEntry<Data> => !entry.withdrawn && types.includes(entry.type),
  );
}

const withId = <Data>(entries: WonenEntry<Data>[], field: keyof Data, id: string) =>
  entries.filter((entry) => entry.data[field] === id);

// ---------------------------------------------------------------- huurachterstand

export interface SignaalView {
  readonly signaal: WonenEntry<HuurachterstandGesignaleerd>;
  readonly opvolgingen: readonly WonenEntry<HuurachterstandOpgevolgd>[];
}

export function findSignaal(state: WonenState, signaalId: string): SignaalView | undefined {
  const [signaal] = withId(
    counting<HuurachterstandGesignaleerd>(state, T.huurachterstandGesignaleerd),
    'signaalId',
    signaalId,
  );
  if (!signaal) return undefined;
  const opvolgingen = withId(
    counting<HuurachterstandOpgevolgd>(state, T.huurachterstandOpgevolgd),
    'signaalId',
    signaalId,
  );
  return { signaal, opvolgingen };
}

export function huurachterstanden(state: WonenState): SignaalView[] {
  return counting<HuurachterstandGesignaleerd>(state, T.huurachterstandGesignaleerd).map((entry) =>
    findSignaal(state, entry.data.signaalId)!,
  );
}

// ---------------------------------------------------------------- dreigende ontruiming

export interface OntruimingView {
  readonly ontruimingId: string;
  readonly memberId: string;
  readonly stappen: readonly WonenEntry<OntruimingDreigt>[];
  readonly uitkomsten: readonly WonenEntry<OntruimingAfgelopen>[];
  /** The furthest step reached. */
  readonly fase: OntruimingFase;
  /** The ontruimingsdatum that now counts: of the latest aanzegging or postponement that named one. */
  readonly ontruimingsdatum?: LocalDate;
  /** Ended for good: voorkomen or uitgevoerd (a postponement keeps the case open). */
  readonly afgerond: boolean;
  /** The latest date of the case; a next step may not lie before it. */
  readonly laatsteDatum: LocalDate;
}

const FASE_RANK: Readonly<Record<OntruimingFase, number>> = { DAGVAARDING: 0, VONNIS: 1, AANZEGGING: 2 };
export const faseRank = (fase: OntruimingFase): number => FASE_RANK[fase];

export function findOntruiming(state: WonenState, ontruimingId: string): OntruimingView | undefined {
  const steps = counting<{ ontruimingId: string; datum: LocalDate }>(
    state,
    T.ontruimingDreigt,
    T.ontruimingAfgelopen,
  ).filter((entry) => entry.data.ontruimingId === ontruimingId);
  const stappen = steps.filter((entry) => entry.type === T.ontruimingDreigt) as WonenEntry<OntruimingDreigt>[];
  if (stappen.length === 0) return undefined;
  const uitkomsten = steps.filter((entry) => entry.type === T.ontruimingAfgelopen) as WonenEntry<OntruimingAfgelopen>[];
  let ontruimingsdatum: LocalDate | undefined;
  for (const entry of steps) {
    const data = entry.data as Partial<OntruimingDreigt & OntruimingAfgelopen>;
    const date = data.ontruimingsdatum ?? data.nieuweOntruimingsdatum;
    if (date) ontruimingsdatum = date;
  }
  const last = uitkomsten.at(-1);
  const fase = stappen
    .map((entry) => entry.data.fase)
    .sort((a, b) => FASE_RANK[a] - FASE_RANK[b])
    .at(-1)!;
  const laatsteDatum = steps
    .map((entry) => entry.data.datum)
    .sort()
    .at(-1)!;
  return {
    ontruimingId,
    memberId: stappen[0]!.data.memberId,
    stappen,
    uitkomsten,
    fase,
    ontruimingsdatum,
    afgerond: last !== undefined && last.data.uitkomst !== 'UITGESTELD',
    laatsteDatum,
  };
}

export function ontruimingen(state: WonenState): OntruimingView[] {
  const ids = new Set(counting<OntruimingDreigt>(state, T.ontruimingDreigt).map((e) => e.data.ontruimingId));
  return [...ids].map((id) => findOntruiming(state, id)!);
}

// ---------------------------------------------------------------- urgentie

export type UrgentieStatus = 'OPEN' | 'TOEGEKEND' | 'AFGEWEZEN';

export interface UrgentieView {
  readonly urgentieId: string;
  readonly aanvraag: WonenEntry<UrgentieStap>;
  readonly besluit?: WonenEntry<UrgentieStap>;
  readonly status: UrgentieStatus;
}

export function findUrgentie(state: WonenState, urgentieId: string): UrgentieView | undefined {
  const steps = withId(
    counting<UrgentieStap>(state, T.urgentieAangevraagd, T.urgentieToegekend, T.urgentieAfgewezen),
    'urgentieId',
    urgentieId,
  );
  const aanvraag = steps.find((entry) => entry.type === T.urgentieAangevraagd);
  if (!aanvraag) return undefined;
  const besluit = steps.find((entry) => entry.type !== T.urgentieAangevraagd);
  const status: UrgentieStatus = !besluit ? 'OPEN' : besluit.type === T.urgentieToegekend ? 'TOEGEKEND' : 'AFGEWEZEN';
  return { urgentieId, aanvraag, besluit, status };
}

export function urgenties(state: WonenState): UrgentieView[] {
  return counting<UrgentieStap>(state, T.urgentieAangevraagd).map((e) => findUrgentie(state, e.data.urgentieId)!);
}

// ---------------------------------------------------------------- betalingsregeling, begeleiding, afspraak

export interface RegelingView {
  readonly start: WonenEntry<BetalingsregelingGetroffen>;
  readonly einde?: WonenEntry<BetalingsregelingBeeindigd>;
}

export function findRegeling(state: WonenState, regelingId: string): RegelingView | undefined {
  const [start] = withId(
    counting<BetalingsregelingGetroffen>(state, T.betalingsregelingGetroffen),
    'regelingId',
    regelingId,
  );
  if (!start) return undefined;
  const [einde] = withId(
    counting<BetalingsregelingBeeindigd>(state, T.betalingsregelingBeeindigd),
    'regelingId',
    regelingId,
  );
  return { start, einde };
}

export function betalingsregelingen(state: WonenState): RegelingView[] {
  return counting<BetalingsregelingGetroffen>(state, T.betalingsregelingGetroffen).map((e) =>
    findRegeling(state, e.data.regelingId)!,
  );
}

export interface BegeleidingView {
  readonly start: WonenEntry<WoonbegeleidingGestart>;
  readonly einde?: WonenEntry<WoonbegeleidingBeeindigd>;
}

export function findBegeleiding(state: WonenState, trajectId: string): BegeleidingView | undefined {
  const [start] = withId(counting<WoonbegeleidingGestart>(state, T.woonbegeleidingGestart), 'trajectId', trajectId);
  if (!start) return undefined;
  const [einde] = withId(counting<WoonbegeleidingBeeindigd>(state, T.woonbegeleidingBeeindigd), 'trajectId', trajectId);
  return { start, einde };
}

export function woonbegeleidingen(state: WonenState): BegeleidingView[] {
  return counting<WoonbegeleidingGestart>(state, T.woonbegeleidingGestart).map((e) =>
    findBegeleiding(state, e.data.trajectId)!,
  );
}

export interface AfspraakView {
  readonly start: WonenEntry<LaatsteKansAfspraakGemaakt>;
  readonly einde?: WonenEntry<LaatsteKansAfspraakBeeindigd>;
}

export function findAfspraak(state: WonenState, afspraakId: string): AfspraakView | undefined {
  const [start] = withId(
    counting<LaatsteKansAfspraakGemaakt>(state, T.laatsteKansAfspraakGemaakt),
    'afspraakId',
    afspraakId,
  );
  if (!start) return undefined;
  const [einde] = withId(
    counting<LaatsteKansAfspraakBeeindigd>(state, T.laatsteKansAfspraakBeeindigd),
    'afspraakId',
    afspraakId,
  );
  return { start, einde };
}

export function laatsteKansAfspraken(state: WonenState): AfspraakView[] {
  return counting<LaatsteKansAfspraakGemaakt>(state, T.laatsteKansAfspraakGemaakt).map((e) =>
    findAfspraak(state, e.data.afspraakId)!,
  );
}

export type WonenIdField = 'signaalId' | 'ontruimingId' | 'urgentieId' | 'regelingId' | 'trajectId' | 'afspraakId';

/**
 * Whether any entry, withdrawn or not, ever used this id as its own (ids are never reused). A link to another
 * record (a regeling's `signaalId`) does not count: only the entry type that creates the id does.
 */
export function idInUse(state: WonenState, field: WonenIdField, id: string): boolean {
  const creator: Readonly<Record<WonenIdField, string[]>> = {
    signaalId: [T.huurachterstandGesignaleerd],
    ontruimingId: [T.ontruimingDreigt],
    urgentieId: [T.urgentieAangevraagd],
    regelingId: [T.betalingsregelingGetroffen],
    trajectId: [T.woonbegeleidingGestart],
    afspraakId: [T.laatsteKansAfspraakGemaakt],
  };
  return [...state.entries.values()].some(
    (entry) => creator[field].includes(entry.type) && (entry.data as Record<string, unknown>)[field] === id,
  );
}

/** Whether the household has Wonen support that still runs without an episode: an open eviction case or agreement. */
export function wonenOngoing(state: WonenState): boolean {
  return (
    ontruimingen(state).some((ontruiming) => !ontruiming.afgerond) ||
    betalingsregelingen(state).some((regeling) => !regeling.einde) ||
    laatsteKansAfspraken(state).some((afspraak) => !afspraak.einde)
  );
}
