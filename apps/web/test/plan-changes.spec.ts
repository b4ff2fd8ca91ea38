import type { Plan } from '../src/household/types';
import { changesSinceLastEvaluation } from '../src/plan/plan-changes';

// "Wat is er veranderd sinds de laatste evaluatie?": a goal added after the evaluation was recorded counts, also on
// the same day (a review found "Sindsdien is er niets veranderd" after a goal added an hour later).

type Goal = Plan['goals'][number];
type Version = Goal['versions'][number];

const version = (title: string, setAt: string, n = 1): Version => ({ version: n, title, revisionReason: null, setAt });

function goal(id: string, versions: Version[], evaluations: Goal['evaluations'] = []): Goal {
  const current = versions.at(-1)!;
  return {
    id,
    status: 'OPEN',
    current: {
      title: current.title,
      description: null,
      domains: [],
      memberIds: [],
      targetDate: null,
      revisionReason: null,
    },
    versions,
    evaluations,
  } as Goal;
}

const evaluated = {
  outcome: 'DEELS_BEREIKT',
  evaluatedOn: '2026-12-07',
  recordedAt: '2026-12-07T09:00:00.000Z',
  note: null,
};

describe('changesSinceLastEvaluation', () => {
  it('counts a goal added later on the day of the evaluation, and not one set before it', () => {
    const plan = {
      goals: [
        goal('g1', [version('Huur op tijd betalen', '2026-12-07T08:00:00.000Z')], [evaluated] as Goal['evaluations']),
        goal('g2', [version('Noah gaat weer naar school', '2026-12-07T10:30:00.000Z')]),
      ],
      agreements: [],
    } as unknown as Plan;
    const { since, lines } = changesSinceLastEvaluation(plan);
    expect(since).toBe('2026-12-07');
    expect(lines.map((line) => line.text)).toEqual(['nieuw doel "Noah gaat weer naar school"']);
  });

  it('without a recording moment counts only what changed on a later day', () => {
    const plan = {
      goals: [
        goal('g1', [version('Huur op tijd betalen', '2026-12-07T08:00:00.000Z')], [
          { ...evaluated, recordedAt: null },
        ] as Goal['evaluations']),
        goal('g2', [version('Zelfde dag', '2026-12-07T10:30:00.000Z')]),
        goal('g3', [version('Volgende dag', '2026-12-08T10:30:00.000Z')]),
      ],
      agreements: [],
    } as unknown as Plan;
    expect(changesSinceLastEvaluation(plan).lines.map((line) => line.text)).toEqual(['nieuw doel "Volgende dag"']);
  });

  it('counts what changed since the day of the talk, when the evaluation was recorded days later', () => {
    const talkLastWeek = { ...evaluated, evaluatedOn: '2026-11-30', recordedAt: '2026-12-07T09:00:00.000Z' };
    const plan = {
      goals: [
        goal('g1', [version('Huur op tijd betalen', '2026-11-29T08:00:00.000Z')], [
          talkLastWeek,
        ] as Goal['evaluations']),
        goal('g2', [version('Na het gesprek', '2026-12-03T10:30:00.000Z')]),
      ],
      agreements: [],
    } as unknown as Plan;
    expect(changesSinceLastEvaluation(plan).lines.map((line) => line.text)).toEqual(['nieuw doel "Na het gesprek"']);
  });

  it('says nothing when nothing was evaluated yet', () => {
    const plan = {
      goals: [goal('g1', [version('Doel', '2026-12-07T08:00:00.000Z')])],
      agreements: [],
    } as unknown as Plan;
    expect(changesSinceLastEvaluation(plan)).toEqual({ lines: [] });
  });
});
