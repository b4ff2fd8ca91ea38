export {
  LADDER_RUNGS,
  LADDER_SUFFICIENCY,
  LADDER_OUTCOMES,
  type LadderRungName,
  type LadderSufficiency,
  type LadderRung,
  type LadderOutcome,
  type LadderFact,
} from '../core/facts';
import { LADDER_RUNGS, type LadderRung, type LadderRungName } from '../core/facts';

/** True when every rung below maatwerk was considered. */
export function lowerRungsConsidered(rungs: Readonly<Record<LadderRungName, LadderRung>>): boolean {
  return LADDER_RUNGS.every((rung) => rungs[rung]?.considered === true);
}
