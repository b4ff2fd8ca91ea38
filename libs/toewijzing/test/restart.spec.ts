import {
  givenHousehold,
  householdRegistered,
  retentionOf,
  type DomainModuleDefinition,
  type DraftEvent,
} from '@regie/household';
import { describeLifecycleEvent, recordZorgStart, recordZorgStop, type LifecycleState } from '../src';
import { PROFILE_CASES, lifecycleDefinition, toewijzingEvent } from './lifecycle.fixtures';

// A Wmo consultant's review: care stopped with reden 20 "tijdelijk beëindigd" (307) and started again (305). Given
// /when/then per profile: the restart is accepted, its facts say the care runs again, and retention sees care that
// runs, so the domain's term has not begun.

describe.each(PROFILE_CASES)('care that starts again after a stop, $name', (testCase) => {
  const { profile } = testCase;
  const definition: DomainModuleDefinition<LifecycleState> = {
    ...lifecycleDefinition(profile),
    describe: (event, names) => describeLifecycleEvent(profile, event, names, { maatwerk: false }) ?? { summary: '' },
  };
  const context = (history: readonly DraftEvent[]) =>
    givenHousehold([householdRegistered(), ...history], {
      domains: [definition],
      providers: [testCase.provider],
      today: '2026-12-07',
    });
  const toewijzing = toewijzingEvent(testCase, { ingangsdatum: '2026-10-12', toewijzingsdatum: '2026-10-12' });
  const toewijzingNummer = 'T1';

  it('accepts the restart, describes it as a start again, and keeps the domain without a term', () => {
    const history: DraftEvent[] = [toewijzing];
    history.push(...recordZorgStart(profile, { toewijzingNummer, begindatum: '2026-10-12' }, context(history)));
    history.push(
      ...recordZorgStop(
        profile,
        { toewijzingNummer, einddatum: '2026-12-01', redenBeeindiging: '20' },
        context(history),
      ),
    );
    const stopped = retentionOf(context(history).state, [definition], '2026-12-07').domains[0];
    expect(stopped).toMatchObject({ ongoing: false, careEndedOn: '2026-12-01' });

    const restart = recordZorgStart(profile, { toewijzingNummer, begindatum: '2026-12-06' }, context(history));
    expect(restart).toHaveLength(1);
    history.push(...restart);
    const { state } = context(history);
    const steps = [...state.events.values()]
      .map((event) => definition.describe(event, { member: () => undefined, provider: () => undefined }).episode)
      .filter((episode) => episode !== undefined)
      .map((episode) => [episode.step, episode.date]);
    expect(steps).toEqual([
      ['TOEGEWEZEN', '2026-10-12'],
      ['GESTART', '2026-10-12'],
      ['GESTOPT', '2026-12-01'],
      ['GESTART', '2026-12-06'],
    ]);
    expect(retentionOf(state, [definition], '2026-12-07').domains).toEqual([
      expect.objectContaining({ domain: profile.domain, ongoing: true, expired: false }),
    ]);
  });

  it('gives the toewijzing its ingangsdatum on its episode fact, for the wachttijd', () => {
    const described = definition.describe({ ...toewijzing, id: 'e2', metadata: {} } as never, {
      member: () => undefined,
      provider: () => undefined,
    });
    expect(described.episode).toMatchObject({ step: 'TOEGEWEZEN', date: '2026-10-12', ingangsdatum: '2026-10-12' });
  });
});
