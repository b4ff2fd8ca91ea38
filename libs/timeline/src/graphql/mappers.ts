import type { Actor } from '@regie/access';
import { HOUSEHOLD_DOMAIN } from '@regie/household';
import { waitingTime } from '../norms';
import type { EpisodeRow, TimelineEntryRow } from '../query/rows';
import type { CareEpisodeView, TimelineEntry } from './timeline.types';

/** Free text stays with the own domain: household notes for all who may see the household, domain notes for its team. */
export const mayReadNote = (entryDomain: string, actor: Actor | undefined) =>
  entryDomain === HOUSEHOLD_DOMAIN || (actor?.domain !== undefined && actor.domain === entryDomain);

export function toTimelineEntry(row: TimelineEntryRow, actor: Actor | undefined): TimelineEntry {
  return {
    id: row.event_id,
    domain: row.domain,
    type: row.type,
    position: row.global_position,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    summary: row.summary,
    category: row.category,
    status: row.status,
    provider: row.provider_agb
      ? { agbCode: row.provider_agb, name: row.provider_name ?? `AGB ${row.provider_agb}` }
      : null,
    member: row.member_id ? { id: row.member_id, name: row.member_name } : null,
    recordedBy: row.recorded_by_user_id
      ? { userId: row.recorded_by_user_id, name: row.recorded_by_name, role: row.recorded_by_role }
      : null,
    corrected: row.corrected_by.length > 0,
    correctedBy: row.corrected_by,
    withdrawn: row.withdrawn_by !== null,
    withdrawnBy: row.withdrawn_by,
    note: mayReadNote(row.domain, actor) ? row.note : null,
  };
}

export function toEpisode(row: EpisodeRow, today: string): CareEpisodeView {
  const wait = row.toegewezen_op
    ? waitingTime(row.domain, row.toegewezen_op, row.gestart_op ?? undefined, today)
    : undefined;
  return {
    key: row.key,
    domain: row.domain,
    kind: row.kind,
    label: row.label,
    member: row.member_id ? { id: row.member_id, name: row.member_name } : null,
    toegewezenOp: row.toegewezen_op,
    gestartOp: row.gestart_op,
    wachttijdDays: wait?.days ?? null,
    normDays: wait?.normDays ?? null,
    overNorm: wait?.overNorm ?? false,
    stillWaiting: wait?.stillWaiting ?? false,
  };
}
