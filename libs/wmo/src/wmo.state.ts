import type { HouseholdCore, HouseholdEvent } from '@regie/household';
import * as lifecycle from '@regie/toewijzing';
import { entriesOf } from '@regie/toewijzing';
import {
  WMO_DOMAIN,
  WmoEventType,
  type BesluitGenomen,
  type MeldingOntvangen,
  type OnderzoekAfgerond,
  type ToewijzingVastgelegd,
} from './wmo.events';
import { WMO_TOEWIJZING } from './wmo.profile';

/** One Wmo entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export type WmoEntry<Data = unknown> = lifecycle.LifecycleEntry<Data>;
/** The Wmo slice of a household: every Wmo entry by event id, in stream order. */
export type WmoState = lifecycle.LifecycleState;

export const initialWmoState: WmoState = lifecycle.initialLifecycleState;

const evolve = lifecycle.evolveEntries<WmoState>(WMO_DOMAIN, 'wmo.');
/** Folds a Wmo event, or a household correction/withdrawal of a Wmo entry, into the Wmo slice. */
export const evolveWmo = (state: WmoState, event: HouseholdEvent, _core: HouseholdCore): WmoState =>
  evolve(state, event);

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

// --- the support: toewijzing → start → stop (libs/toewijzing, keyed on ToewijzingNummer) --------------------

export type ZorgPeriode = lifecycle.ZorgPeriode;
export type ToewijzingView = lifecycle.ToewijzingView<ToewijzingVastgelegd>;

/** The toewijzing with this number and its periods, or undefined when unknown or withdrawn. */
export const findToewijzing = (state: WmoState, toewijzingNummer: string): ToewijzingView | undefined =>
  lifecycle.findToewijzing<ToewijzingVastgelegd>(WMO_TOEWIJZING, state, toewijzingNummer);

/** Every toewijzing that counts, in stream order. */
export const toewijzingen = (state: WmoState): ToewijzingView[] =>
  lifecycle.toewijzingen<ToewijzingVastgelegd>(WMO_TOEWIJZING, state);
