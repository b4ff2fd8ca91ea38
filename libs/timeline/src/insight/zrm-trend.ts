export interface ZrmPoint {
  readonly scoredOn: string;
  readonly score: number;
  readonly goalIds: readonly string[];
}

export type ZrmDirection = 'BETER' | 'SLECHTER' | 'GELIJK';

export interface ZrmTrend {
  /** Last score minus first score (positive: more zelfredzaam). 0 with a single point. */
  readonly change: number;
  readonly direction: ZrmDirection;
}

/** The trend of one member's scores on one ZRM domain; points in any order. */
export function zrmTrend(points: readonly ZrmPoint[]): ZrmTrend {
  if (points.length === 0) return { change: 0, direction: 'GELIJK' };
  const sorted = [...points].sort((a, b) => a.scoredOn.localeCompare(b.scoredOn));
  const change = sorted.at(-1)!.score - sorted[0].score;
  return { change, direction: change > 0 ? 'BETER' : change < 0 ? 'SLECHTER' : 'GELIJK' };
}
