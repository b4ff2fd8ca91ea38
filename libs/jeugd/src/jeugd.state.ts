import type { HouseholdCore, HouseholdEvent } from '@regie/household';
import * as lifecycle from '@regie/toewijzing';
import { JEUGD_DOMAIN, type ToewijzingVastgelegd } from './jeugd.events';
import { JEUGD_TOEWIJZING } from './jeugd.profile';

/** One Jeugd entry as it now counts: its data with every correction merged in, and whether it was withdrawn. */
export type JeugdEntry<Data = unknown> = lifecycle.LifecycleEntry<Data>;
/** The Jeugd slice of a household: every Jeugd entry by event id, in stream order. */
export type JeugdState = lifecycle.LifecycleState;
export type ZorgPeriode = lifecycle.ZorgPeriode;
export type ToewijzingView = lifecycle.ToewijzingView<ToewijzingVastgelegd>;

export const initialJeugdState: JeugdState = lifecycle.initialLifecycleState;

const evolve = lifecycle.evolveEntries<JeugdState>(JEUGD_DOMAIN, 'jeugd.');
export const evolveJeugd = (state: JeugdState, event: HouseholdEvent, _core: HouseholdCore): JeugdState =>
  evolve(state, event);

/** The toewijzing with this number and its periods, or undefined when unknown or withdrawn. */
export const findToewijzing = (state: JeugdState, toewijzingNummer: string): ToewijzingView | undefined =>
  lifecycle.findToewijzing<ToewijzingVastgelegd>(JEUGD_TOEWIJZING, state, toewijzingNummer);

/** Every toewijzing that counts, in stream order. */
export const toewijzingen = (state: JeugdState): ToewijzingView[] =>
  lifecycle.toewijzingen<ToewijzingVastgelegd>(JEUGD_TOEWIJZING, state);
