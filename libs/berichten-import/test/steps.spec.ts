import {
  FIXTURE_HOUSEHOLD_ID,
  givenHousehold,
  householdDecide,
  HouseholdEventType,
  type DraftEvent,
} from '@regie/household';
import { jeugdDefinition, JeugdEventType, recordJeugdZorgStart } from '@regie/jeugd';
import { Steps } from '../src/map/steps';
import { JEUGD_AANBIEDER, sem } from './berichten';

// Steps decide a message's products in order on a working copy: a later step sees an earlier one's entry.

const registered: DraftEvent = {
  type: HouseholdEventType.registered,
  data: { householdId: FIXTURE_HOUSEHOLD_ID, gemeente: '0599', name: 'Familie Jansen', members: [sem] },
};
const toewijzing: DraftEvent = {
  type: JeugdEventType.toewijzingVastgelegd,
  data: {
    memberId: sem.memberId,
    providerAgb: JEUGD_AANBIEDER.agbCode,
    toewijzingNummer: '4100021',
    toewijzingsdatum: '2026-03-09',
    ingangsdatum: '2026-03-16',
    productcategorie: '45',
    verwijzer: '01',
  },
};

describe('Steps', () => {
  const context = () =>
    givenHousehold([registered, toewijzing], {
      domains: [jeugdDefinition],
      providers: [JEUGD_AANBIEDER],
      today: '2026-12-01',
    });
  const start = (c: Parameters<typeof recordJeugdZorgStart>[1]) =>
    recordJeugdZorgStart({ toewijzingNummer: '4100021', begindatum: '2026-03-18' }, c);

  it('keeps the domain of an entry an earlier step recorded, so a later step sees it as that domain’s', () => {
    const steps = new Steps(context());
    steps.run('StartProduct[1]', {}, start);
    expect(steps.current.state.core.entries.get('bericht-draft-1')).toMatchObject({ domain: 'JEUGD' });
  });

  it('refuses a step that withdraws what the same message recorded (the stored id would differ)', () => {
    const steps = new Steps(context());
    steps.run('StartProduct[1]', {}, start);
    steps.run('StartProduct[2]', {}, (c) =>
      householdDecide.withdrawEntry({ entryId: 'bericht-draft-1', reason: 'StatusAanlevering 3' }, c),
    );
    expect(() => steps.result()).toThrow(
      expect.objectContaining({
        rejections: [expect.objectContaining({ code: 'SAME_MESSAGE_REFERENCE', path: 'StartProduct[2]' })],
      }),
    );
  });
});
