import type { Plan } from '../household/types';

const DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
/** The calendar day (YYYY-MM-DD) of a moment in the Netherlands, as an evaluation's date is one. */
const dayInNetherlands = (moment: string) => DAY.format(new Date(moment));

export interface PlanChange {
  readonly key: string;
  readonly at: string;
  readonly text: string;
}

/**
 * What changed in the plan after the latest evaluation (of any goal): goals added or revised, agreements recorded.
 * An evaluation is the day of the talk: what changed on a later day counts; on the day itself, what was recorded after
 * the evaluation was (a goal added that afternoon), so a talk recorded later than it took place still counts
 * everything since that day.
 */
export function changesSinceLastEvaluation(plan: Plan): { since?: string; lines: PlanChange[] } {
  const latest = plan.goals
    .flatMap((goal) => goal.evaluations)
    .sort(
      (a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn) || (a.recordedAt ?? '').localeCompare(b.recordedAt ?? ''),
    )
    .at(-1);
  if (!latest) return { lines: [] };
  const since = latest.evaluatedOn;
  const after = (at: string) => {
    const day = dayInNetherlands(at);
    return day > since || (day === since && latest.recordedAt !== null && at > latest.recordedAt);
  };
  const lines: PlanChange[] = [
    ...plan.goals.flatMap((goal) =>
      goal.versions
        .filter((version) => after(version.setAt))
        .map((version) => ({
          key: `${goal.id}-${version.version}`,
          at: version.setAt,
          text:
            version.version === 1
              ? `nieuw doel "${version.title}"`
              : `doel herzien: "${version.title}"${version.revisionReason ? ` (${version.revisionReason})` : ''}`,
        })),
    ),
    ...plan.agreements
      .filter((agreement) => after(agreement.recordedAt))
      .map((agreement) => ({
        key: agreement.id,
        at: agreement.recordedAt,
        text: `nieuwe afspraak: ${agreement.description}`,
      })),
  ];
  return { since, lines: lines.sort((a, b) => a.at.localeCompare(b.at)) };
}
