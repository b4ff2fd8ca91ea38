import type { Actor } from '@regie/access';
import { isLogIdentifier, type ProcessingLog, type ProcessingLogEntry } from '@regie/audit';
import type { DraftEvent } from '../core/event-envelope';
import { HouseholdEventType as T } from '../core/household.events';

/** Events that erase personal data: logged as ERASE, not WRITE. */
const ERASURES = new Set<string>([T.personErased, T.retentionExpired]);

const basisOf = (actor: Actor) =>
  actor.role === 'domeinmedewerker' ? `domeinmedewerker ${actor.domain ?? ''}`.trim() : actor.role;

/** Member ids an event is about: `memberId`, `memberIds`, `member.memberId`, `members[].memberId`. */
function memberIdsOf(drafts: readonly DraftEvent[]): string[] {
  const ids = new Set<string>();
  for (const { data } of drafts) {
    const record = data as Record<string, unknown>;
    if (typeof record.memberId === 'string') ids.add(record.memberId);
    if (Array.isArray(record.memberIds)) record.memberIds.forEach((id) => typeof id === 'string' && ids.add(id));
    const member = record.member as { memberId?: unknown } | undefined;
    if (typeof member?.memberId === 'string') ids.add(member.memberId);
    if (Array.isArray(record.members)) {
      (record.members as { memberId?: unknown }[]).forEach(
        (m) => typeof m.memberId === 'string' && ids.add(m.memberId),
      );
    }
  }
  return [...ids].filter(isLogIdentifier);
}

/** The write side's lines in the verwerkingenlog: what was recorded about whom, or that a write was refused. */
export class WriteLog {
  constructor(private readonly log: ProcessingLog | undefined) {}

  /** The WRITE (or ERASE) line of these events; undefined when nothing is logged (no log, or no gemeente). */
  lineFor(
    actor: Actor,
    householdId: string,
    drafts: readonly DraftEvent[],
    correlationId: string,
  ): ProcessingLogEntry | undefined {
    if (!this.log || !actor.gemeente) return undefined;
    return {
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente,
      householdId,
      personIds: memberIdsOf(drafts),
      operation: drafts.some((draft) => ERASURES.has(draft.type)) ? 'ERASE' : 'WRITE',
      action: drafts[0]?.type ?? 'household.write',
      fields: [...new Set(drafts.map((draft) => draft.type))],
      basis: basisOf(actor),
      correlationId,
    };
  }

  /**
   * A refused write. `householdGemeente`: the gemeente of the household when it exists; when that is not the
   * caller's, the line names it (targetGemeente) so that gemeente's auditor sees the attempt. The caller's answer
   * is FORBIDDEN either way.
   */
  async denied(actor: Actor, householdId: string, correlationId: string, householdGemeente?: string) {
    if (!this.log || !actor.gemeente) return;
    await this.log.record({
      userId: actor.userId,
      userName: actor.name,
      role: actor.role,
      gemeente: actor.gemeente,
      householdId: isLogIdentifier(householdId) ? householdId : null,
      operation: 'DENIED',
      action: 'household.write',
      basis: `geen schrijfrecht voor ${basisOf(actor)}`,
      correlationId,
      targetGemeente: householdGemeente && householdGemeente !== actor.gemeente ? householdGemeente : null,
    });
  }
}
