import { zrmTrend } from './zrm-trend';

describe('zrmTrend', () => {
  it('is the last score minus the first, by date, whatever the order given', () => {
    const points = [
      { scoredOn: '2026-03-01', score: 4, goalIds: [] },
      { scoredOn: '2026-01-01', score: 2, goalIds: ['g1'] },
      { scoredOn: '2026-02-01', score: 1, goalIds: [] },
    ];
    expect(zrmTrend(points)).toEqual({ change: 2, direction: 'BETER' });
  });

  it('falls and stays', () => {
    expect(
      zrmTrend([
        { scoredOn: '2026-01-01', score: 3, goalIds: [] },
        { scoredOn: '2026-02-01', score: 2, goalIds: [] },
      ]),
    ).toEqual({ change: -1, direction: 'SLECHTER' });
    expect(zrmTrend([{ scoredOn: '2026-01-01', score: 3, goalIds: [] }])).toEqual({ change: 0, direction: 'GELIJK' });
  });
});
