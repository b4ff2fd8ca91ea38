import { HouseholdEventType as T } from '@regie/household';
import type { RecordedEvent } from '@regie/event-store';
import { fakeJeugd } from '../../test/fake-domain';
import { episodeDatesOf } from './episode-dates';
import { episodeFactsAt } from './episode-history';

let position = 0n;
const recorded = (id: string, type: string, data: Record<string, unknown>): RecordedEvent =>
  ({
    id,
    type,
    data,
    metadata: { domain: type.startsWith('jeugd.') ? 'JEUGD' : 'HOUSEHOLD' },
    streamId: 'household-h1',
    position: ++position,
    revision: position,
    recordedAt: new Date(),
  }) as unknown as RecordedEvent;

const care = (id: string, type: string, datum: string, toewijzingNummer = 'T1') =>
  recorded(id, `jeugd.${type}`, { toewijzingNummer, memberId: 'm1', providerAgb: '12345678', datum });
const corrected = (id: string, entryId: string, datum: string) =>
  recorded(id, T.entryCorrected, { entryId, domain: 'JEUGD', changes: { datum } });
const withdrawn = (id: string, entryId: string) => recorded(id, T.entryWithdrawn, { entryId, domain: 'JEUGD' });

const history = [
  care('toewijzing', 'ToewijzingVastgelegd', '2026-10-12'),
  care('start', 'ZorgGestart', '2026-10-12'),
  care('other', 'ZorgGestart', '2026-10-20', 'T2'),
  care('stop', 'ZorgGestopt', '2026-12-01'),
  care('restart', 'ZorgGestart', '2026-12-06'),
  corrected('first-correction', 'start', '2026-10-14'),
  withdrawn('restart-withdrawn', 'restart'),
  corrected('second-correction', 'start', '2026-10-15'),
];
const datesAt = (upTo: string) => episodeDatesOf(episodeFactsAt(history, fakeJeugd, 'T1', upTo));

describe('the dates of an episode after a correction or withdrawal', () => {
  it('applies the corrections up to that event, not later ones', () => {
    expect(datesAt('first-correction')).toMatchObject({
      gestartOp: '2026-10-14',
      restartedOn: '2026-12-06',
      gestoptOp: null,
    });
  });

  it('leaves a withdrawn restart out: the care is stopped again on its earlier stop', () => {
    expect(datesAt('restart-withdrawn')).toMatchObject({
      toegewezenOp: '2026-10-12',
      gestartOp: '2026-10-14',
      restartedOn: null,
      gestoptOp: '2026-12-01',
    });
    expect(datesAt('second-correction')).toMatchObject({ gestartOp: '2026-10-15', gestoptOp: '2026-12-01' });
  });

  it('takes only the facts of its own episode', () => {
    expect(episodeFactsAt(history, fakeJeugd, 'T2', 'second-correction').map((fact) => fact.date)).toEqual([
      '2026-10-20',
    ]);
  });
});
