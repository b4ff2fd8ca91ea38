import { waitingTime } from '../norms';
import type { EpisodeRow, TimelineEntryRow } from '../query/rows';
import type { CareEpisodeView, TimelineEntry } from './timeline.types';

/** `noteDomains`: whose free text the reader may see (ReadGrant.noteDomains: the household's and the own domain's). */
export function toTimelineEntry(row: TimelineEntryRow, noteDomains: readonly string[]): TimelineEntry {
  return {
    id: row.event_id,
    domain: row.domain,
    type: row.type,
    position: row.global_position,
    occurredAt: row.occurred_at,
    occurredOn: row.occurred_on,
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
    note: noteDomains.includes(row.domain) ? row.note : null,
  };
}

/** `normDays`: the waiting norm of the episode's domain, if it has one. */
export function toEpisode(row: EpisodeRow, today: string, normDays: number | undefined): CareEpisodeView {
  const wait = row.toegewezen_op
    ? waitingTime(
        normDays,
        {
          toegewezenOp: row.toegewezen_op,
          ingangsdatum: row.ingangsdatum ?? undefined,
          gestartOp: row.gestart_op ?? undefined,
        },
        today,
      )
    : undefined;
  return {
    key: row.key,
    domain: row.domain,
    kind: row.kind,
    label: row.label,
    member: row.member_id ? { id: row.member_id, name: row.member_name } : null,
    toegewezenOp: row.toegewezen_op,
    ingangsdatum: row.ingangsdatum,
    gestartOp: row.gestart_op,
    restartedOn: row.restarted_on,
    waitingFrom: wait?.from ?? null,
    wachttijdDays: wait?.days ?? null,
    normDays: wait?.normDays ?? null,
    overNorm: wait?.overNorm ?? false,
    stillWaiting: wait?.stillWaiting ?? false,
    startsLater: wait?.startsLater ?? false,
  };
}
