import { daysBetween, type LocalDate } from '@regie/household';
import { OPVOLGING_SLUIT_SIGNAAL, type VroegsignaalSoort } from './werk-inkomen.codes';
import { vroegsignalen, type WerkInkomenState } from './werk-inkomen.state';

/**
 * Days within which Regie expects a vroegsignaal to be followed up (contact made or help offered).
 *
 * This is a configurable WORKING NORM, not the statutory text: the Wgs (art. 3 lid 4) obliges the gemeente to offer
 * help after a signal, but we could not confirm a statutory number of days for that offer in the sources at hand.
 * (The Wgs terms we know of concern the eerste gesprek after a request for help, with a shorter term for urgent
 * cases such as a threatened eviction or disconnection; check the current text and the local beleidsplan.)
 * Change it here and only here.
 */
export const WGS_OPVOLGING_TERMIJN_DAYS = 28;

/** The last day of the follow-up term of a signal received on `ontvangenOp`. */
export function opvolgingUiterlijk(ontvangenOp: LocalDate): LocalDate {
  const due = new Date(`${ontvangenOp}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + WGS_OPVOLGING_TERMIJN_DAYS);
  return due.toISOString().slice(0, 10);
}

/** A signal that has not been picked up yet. */
export interface OpenSignal {
  readonly signaalId: string;
  readonly memberId: string;
  readonly soort: VroegsignaalSoort;
  readonly schuldeiser: string;
  readonly ontvangenOp: LocalDate;
  /** Euro cents, when the creditor reported it. */
  readonly bedragAchterstand?: number;
  /** Days from ontvangenOp to today (never negative). */
  readonly dagenOpen: number;
  /** More than WGS_OPVOLGING_TERMIJN_DAYS days open. */
  readonly termijnVerstreken: boolean;
}

/**
 * The signals (not withdrawn) without a CONTACT_GELEGD, HULP_AANGEBODEN or AFGESLOTEN follow-up (withdrawn
 * follow-ups do not count), oldest first. Pure: `today` comes from the caller.
 */
export function openSignals(state: WerkInkomenState, today: LocalDate): OpenSignal[] {
  return vroegsignalen(state)
    .filter(({ opvolgingen }) => !opvolgingen.some((o) => OPVOLGING_SLUIT_SIGNAAL.includes(o.data.stap)))
    .map(({ signaal: { data } }) => {
      const dagenOpen = Math.max(0, daysBetween(data.ontvangenOp, today));
      return {
        signaalId: data.signaalId,
        memberId: data.memberId,
        soort: data.soort,
        schuldeiser: data.schuldeiser,
        ontvangenOp: data.ontvangenOp,
        ...(data.bedragAchterstand === undefined ? {} : { bedragAchterstand: data.bedragAchterstand }),
        dagenOpen,
        termijnVerstreken: dagenOpen > WGS_OPVOLGING_TERMIJN_DAYS,
      };
    })
    .sort((a, b) => (a.ontvangenOp < b.ontvangenOp ? -1 : a.ontvangenOp > b.ontvangenOp ? 1 : 0));
}
