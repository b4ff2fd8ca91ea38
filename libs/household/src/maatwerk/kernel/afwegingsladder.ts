import { LADDER_RUNGS, type LadderRung, type LadderRungName } from '../../core/facts';

/** True when every rung below maatwerk was considered. */
export function lowerRungsConsidered(rungs: Readonly<Record<LadderRungName, LadderRung>>): boolean {
  return LADDER_RUNGS.every((rung) => rungs[rung]?.considered === true);
}
