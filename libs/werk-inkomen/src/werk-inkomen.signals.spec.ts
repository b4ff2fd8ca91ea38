import type { DraftEvent } from '@regie/household';
import { WERK_EN_INKOMEN_DOMAIN, WerkInkomenEventType as T } from './werk-inkomen.events';
import { WGS_OPVOLGING_TERMIJN_DAYS, openSignals } from './werk-inkomen.signals';
import type { WerkInkomenState } from './werk-inkomen.state';
import { SIGNAAL_ID, given, moeder, opgevolgd, signaal, vader, withdrawn } from './test/werk-inkomen.fixtures';

const sliceOf = (...history: DraftEvent[]) =>
  given(...history).state.domains[WERK_EN_INKOMEN_DOMAIN] as WerkInkomenState;

const tweedeSignaal: DraftEvent = {
  type: T.vroegsignaalOntvangen,
  data: {
    signaalId: 's-2',
    memberId: vader.memberId,
    soort: 'ZORGVERZEKERING',
    ontvangenOp: '2026-04-01',
    schuldeiser: 'CAK',
  },
  occurredAt: '2026-04-01',
};

describe('openSignals', () => {
  it('lists signals without a follow-up, oldest first, with the days open against the working norm', () => {
    expect(openSignals(sliceOf(signaal, tweedeSignaal), '2026-05-20')).toEqual([
      {
        signaalId: 's-2',
        memberId: vader.memberId,
        soort: 'ZORGVERZEKERING',
        schuldeiser: 'CAK',
        ontvangenOp: '2026-04-01',
        dagenOpen: 49,
        termijnVerstreken: true,
      },
      {
        signaalId: SIGNAAL_ID,
        memberId: moeder.memberId,
        soort: 'HUUR',
        schuldeiser: 'Woonstad',
        ontvangenOp: '2026-05-01',
        bedragAchterstand: 124000,
        dagenOpen: 19,
        termijnVerstreken: false,
      },
    ]);
  });

  it('is over the term only after more than WGS_OPVOLGING_TERMIJN_DAYS days', () => {
    expect(WGS_OPVOLGING_TERMIJN_DAYS).toBe(28);
    expect(openSignals(sliceOf(signaal), '2026-05-29')[0]!.termijnVerstreken).toBe(false);
    expect(openSignals(sliceOf(signaal), '2026-05-30')[0]!.termijnVerstreken).toBe(true);
  });

  it.each(['CONTACT_GELEGD', 'HULP_AANGEBODEN', 'AFGESLOTEN'])('drops a signal followed up with %s', (stap) => {
    expect(openSignals(sliceOf(signaal, opgevolgd(stap)), '2026-05-20')).toEqual([]);
  });

  it.each(['HULP_GEWEIGERD', 'GEEN_CONTACT_MOGELIJK'])('keeps a signal followed up only with %s', (stap) => {
    expect(openSignals(sliceOf(signaal, opgevolgd(stap)), '2026-05-20').map((s) => s.signaalId)).toEqual([SIGNAAL_ID]);
  });

  it('ignores withdrawn signals and withdrawn follow-ups', () => {
    expect(openSignals(sliceOf(signaal, withdrawn('e2', T.vroegsignaalOntvangen)), '2026-05-20')).toEqual([]);
    const history = [signaal, opgevolgd('CONTACT_GELEGD'), withdrawn('e3', T.vroegsignaalOpgevolgd)];
    expect(openSignals(sliceOf(...history), '2026-05-20').map((s) => s.signaalId)).toEqual([SIGNAAL_ID]);
  });
});
