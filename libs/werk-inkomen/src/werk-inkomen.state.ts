import {
  HouseholdEventType,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdCore,
  type HouseholdEvent,
  type LocalDate,
} from '@regie/household';
import type { SchuldhulpFase } from './werk-inkomen.codes';
import {
  WERK_EN_INKOMEN_DOMAIN,
  WERK_EN_INKOMEN_EVENT_PREFIX,
  WerkInkomenEventType as T,
  type BijstandStap,
  type ReintegratieBeeindigd,
  type ReintegratieGestart,
  type SchuldhulpBeeindigd,
  type SchuldhulpFaseGewijzigd,
  type SchuldhulpGestart,
  type VroegsignaalOntvangen,
  type VroegsignaalOpgevolgd,
} from './werk-inkomen.events';

/** One Werk & Inkomen entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export interface WerkInkomenEntry<Data = unknown> {
  /** The event id of the original entry (what corrections and withdrawals refer to). */
  readonly id: string;
  readonly type: string;
  readonly data: Data;
  readonly withdrawn: boolean;
}

/** The Werk & Inkomen slice of a household: every entry by event id, in stream order. */
export interface WerkInkomenState {
  readonly entries: ReadonlyMap<string, WerkInkomenEntry>;
}

export const initialWerkInkomenState: WerkInkomenState = { entries: new Map() };

/** Merges a correction's changes into an entry's data; a `null` value removes an optional field. */
export function applyChanges<Data>(data: Data, changes: Readonly<Record<string, unknown>>): Data {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged as Data;
}

export function evolveWerkInkomen(
  state: WerkInkomenState,
  event: HouseholdEvent,
  _core: HouseholdCore,
): WerkInkomenState {
  if (event.type.startsWith(WERK_EN_INKOMEN_EVENT_PREFIX)) {
    const entry: WerkInkomenEntry = { id: event.id, type: event.type, data: event.data, withdrawn: false };
    return { entries: new Map(state.entries).set(event.id, entry) };
  }
  if (event.type === HouseholdEventType.entryCorrected) {
    const { entryId, domain, changes } = event.data as EntryCorrected;
    const entry = state.entries.get(entryId);
    if (domain !== WERK_EN_INKOMEN_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, data: applyChanges(entry.data, changes) }) };
  }
  if (event.type === HouseholdEventType.entryWithdrawn) {
    const { entryId, domain } = event.data as EntryWithdrawn;
    const entry = state.entries.get(entryId);
    if (domain !== WERK_EN_INKOMEN_DOMAIN || !entry) return state;
    return { entries: new Map(state.entries).set(entryId, { ...entry, withdrawn: true }) };
  }
  return state;
}

/** The entries that count (not withdrawn) of the given types, in stream order. */
function counting<Data>(state: WerkInkomenState, ...types: string[]): WerkInkomenEntry<Data>[] {
  return [...state.entries.values()].filter(
    (entry): entry is WerkInkomenEntry<Data> => !entry.withdrawn && types.includes(entry.type),
  );
}

// ---------------------------------------------------------------- bijstand

export type BijstandStatus = 'OPEN' | 'TOEGEKEND' | 'AFGEWEZEN' | 'BEEINDIGD';

/** A bijstand case: the aanvraag, the besluit on it and the beëindiging of a granted right. */
export interface BijstandView {
  readonly bijstandId: string;
  readonly aanvraag: WerkInkomenEntry<BijstandStap>;
  readonly besluit?: WerkInkomenEntry<BijstandStap>;
  readonly beeindiging?: WerkInkomenEntry<BijstandStap>;
  readonly status: BijstandStatus;
}

const BIJSTAND_TYPES = [T.bijstandAangevraagd, T.bijstandToegekend, T.bijstandAfgewezen, T.bijstandBeeindigd];

/** The bijstand case with this id, or undefined when unknown or its aanvraag was withdrawn. */
export function findBijstand(state: WerkInkomenState, bijstandId: string): BijstandView | undefined {
  const steps = counting<BijstandStap>(state, ...BIJSTAND_TYPES).filter((e) => e.data.bijstandId === bijstandId);
  const aanvraag = steps.find((e) => e.type === T.bijstandAangevraagd);
  if (!aanvraag) return undefined;
  const besluit = steps.find((e) => e.type === T.bijstandToegekend || e.type === T.bijstandAfgewezen);
  const beeindiging =
    besluit?.type === T.bijstandToegekend ? steps.find((e) => e.type === T.bijstandBeeindigd) : undefined;
  const status: BijstandStatus = beeindiging
    ? 'BEEINDIGD'
    : besluit?.type === T.bijstandToegekend
      ? 'TOEGEKEND'
      : besluit
        ? 'AFGEWEZEN'
        : 'OPEN';
  return { bijstandId, aanvraag, besluit, beeindiging, status };
}

/** Every bijstand case that counts, in order of aanvraag. */
export function bijstandCases(state: WerkInkomenState): BijstandView[] {
  return counting<BijstandStap>(state, T.bijstandAangevraagd).map((e) => findBijstand(state, e.data.bijstandId)!);
}

// ---------------------------------------------------------------- vroegsignalen

/** A vroegsignaal with its follow-up steps in stream order. */
export interface VroegsignaalView {
  readonly signaal: WerkInkomenEntry<VroegsignaalOntvangen>;
  readonly opvolgingen: readonly WerkInkomenEntry<VroegsignaalOpgevolgd>[];
}

/** The signal with this id and its follow-ups, or undefined when unknown or withdrawn. */
export function findVroegsignaal(state: WerkInkomenState, signaalId: string): VroegsignaalView | undefined {
  const signaal = counting<VroegsignaalOntvangen>(state, T.vroegsignaalOntvangen).find(
    (e) => e.data.signaalId === signaalId,
  );
  if (!signaal) return undefined;
  const opvolgingen = counting<VroegsignaalOpgevolgd>(state, T.vroegsignaalOpgevolgd).filter(
    (e) => e.data.signaalId === signaalId,
  );
  return { signaal, opvolgingen };
}

/** Every signal that counts, in stream order. */
export function vroegsignalen(state: WerkInkomenState): VroegsignaalView[] {
  return counting<VroegsignaalOntvangen>(state, T.vroegsignaalOntvangen).map((e) =>
    findVroegsignaal(state, e.data.signaalId)!,
  );
}

// ---------------------------------------------------------------- trajecten

/** A schuldhulp traject: its start, phase changes and end, with the current phase and provider. */
export interface SchuldhulpView {
  readonly trajectId: string;
  readonly start: WerkInkomenEntry<SchuldhulpGestart>;
  readonly faseWijzigingen: readonly WerkInkomenEntry<SchuldhulpFaseGewijzigd>[];
  readonly einde?: WerkInkomenEntry<SchuldhulpBeeindigd>;
  readonly memberId: string;
  readonly fase: SchuldhulpFase;
  readonly providerAgb: string;
  /** The latest date of the traject (start or last phase change); a next step may not lie before it. */
  readonly laatsteDatum: LocalDate;
}

const SCHULDHULP_TYPES = [T.schuldhulpGestart, T.schuldhulpFaseGewijzigd, T.schuldhulpBeeindigd];

/** The schuldhulp traject with this id, or undefined when unknown or its start was withdrawn. */
export function findSchuldhulp(state: WerkInkomenState, trajectId: string): SchuldhulpView | undefined {
  const steps = counting<{ trajectId: string }>(state, ...SCHULDHULP_TYPES).filter(
    (e) => e.data.trajectId === trajectId,
  );
  const start = steps.find((e) => e.type === T.schuldhulpGestart) as WerkInkomenEntry<SchuldhulpGestart> | undefined;
  if (!start) return undefined;
  const faseWijzigingen = steps.filter(
    (e) => e.type === T.schuldhulpFaseGewijzigd,
  ) as WerkInkomenEntry<SchuldhulpFaseGewijzigd>[];
  const einde = steps.find((e) => e.type === T.schuldhulpBeeindigd) as
    WerkInkomenEntry<SchuldhulpBeeindigd> | undefined;
  const latest = faseWijzigingen.at(-1)?.data ?? start.data;
  const laatsteDatum = [start.data.datum, ...faseWijzigingen.map((e) => e.data.datum)].sort().at(-1)!;
  return {
    trajectId,
    start,
    faseWijzigingen,
    einde,
    memberId: start.data.memberId,
    fase: latest.fase,
    providerAgb: latest.providerAgb,
    laatsteDatum,
  };
}

export function schuldhulpTrajecten(state: WerkInkomenState): SchuldhulpView[] {
  return counting<SchuldhulpGestart>(state, T.schuldhulpGestart).map((e) => findSchuldhulp(state, e.data.trajectId)!);
}

/** A re-integratie traject: its start and, when it ended, its end. */
export interface ReintegratieView {
  readonly trajectId: string;
  readonly start: WerkInkomenEntry<ReintegratieGestart>;
  readonly einde?: WerkInkomenEntry<ReintegratieBeeindigd>;
}

/** The re-integratie traject with this id, or undefined when unknown or its start was withdrawn. */
export function findReintegratie(state: WerkInkomenState, trajectId: string): ReintegratieView | undefined {
  const start = counting<ReintegratieGestart>(state, T.reintegratieGestart).find((e) => e.data.trajectId === trajectId);
  if (!start) return undefined;
  const einde = counting<ReintegratieBeeindigd>(state, T.reintegratieBeeindigd).find(
    (e) => e.data.trajectId === trajectId,
  );
  return { trajectId, start, einde };
}

export function reintegratieTrajecten(state: WerkInkomenState): ReintegratieView[] {
  return counting<ReintegratieGestart>(state, T.reintegratieGestart).map((e) =>
    findReintegratie(state, e.data.trajectId)!,
  );
}

/** Whether any entry, withdrawn or not, ever used this id (ids are never reused). */
export function idInUse(state: WerkInkomenState, field: 'bijstandId' | 'signaalId' | 'trajectId', id: string): boolean {
  return [...state.entries.values()].some((entry) => (entry.data as Record<string, unknown>)[field] === id);
}
