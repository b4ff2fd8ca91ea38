import {
  HouseholdEventType as T,
  type CareEpisodeFact,
  type DomainModuleDefinition,
  type EntryCorrected,
  type EntryWithdrawn,
  type HouseholdEvent,
  type NameLookup,
  type RegieEventMetadata,
} from '@regie/household';
import type { RecordedEvent } from '@regie/event-store';
import { episodeDatesOf } from './episode-dates';
import type { ProjectionContext } from './projection-context';

const NO_NAMES: NameLookup = { member: () => undefined, provider: () => undefined };

/** A correction's changes merged into an entry's data; `null` removes a field (as the domains' own `applyChanges`). */
function withChanges(data: unknown, changes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(data as Record<string, unknown>), ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === null) delete merged[field];
  return merged;
}

/**
 * The facts of one episode of `domain` as its entries stand right after the event `upTo` (a correction or a
 * withdrawal): every correction up to it applied, withdrawn entries left out, in stream order. Later events do not
 * count, so projecting incrementally and rebuilding agree. An entry the domain cannot describe (e.g. erased fields)
 * gives no fact.
 */
export function episodeFactsAt(
  history: readonly RecordedEvent[],
  domain: DomainModuleDefinition,
  key: string,
  upTo: string,
): CareEpisodeFact[] {
  const entries = new Map<string, HouseholdEvent>();
  const withdrawn = new Set<string>();
  for (const event of history) {
    const metadata = event.metadata as unknown as RegieEventMetadata;
    if (event.type === T.entryCorrected) {
      const { entryId, changes } = event.data as EntryCorrected;
      const entry = entries.get(entryId);
      if (entry) entries.set(entryId, { ...entry, data: withChanges(entry.data, changes) });
    } else if (event.type === T.entryWithdrawn) {
      withdrawn.add((event.data as EntryWithdrawn).entryId);
    } else if (event.type.startsWith(domain.eventPrefix)) {
      entries.set(event.id, { id: event.id, type: event.type, data: event.data, metadata });
    }
    if (event.id === upTo) break;
  }
  return [...entries.values()]
    .filter((entry) => !withdrawn.has(entry.id))
    .map((entry) => factOf(domain, entry))
    .filter((fact): fact is CareEpisodeFact => fact?.key === key);
}

function factOf(domain: DomainModuleDefinition, entry: HouseholdEvent): CareEpisodeFact | undefined {
  try {
    return domain.describe(entry, NO_NAMES).episode;
  } catch {
    return undefined;
  }
}

/** What the timeline keeps of an entry's episode. */
export interface EpisodeEntry {
  readonly domain: string;
  readonly episode_key: string | null;
  readonly episode_step: CareEpisodeFact['step'] | null;
}

/**
 * Works out again the dates of the entry's episode that its step sets, from the episode's entries as they stand after
 * `upTo` (a correction or withdrawal of the entry, whose stream the projector read before the batch): for TOEGEWEZEN
 * the toegewezen date and the ingangsdatum, for GESTART and GESTOPT the first start, the restart and the stop.
 */
export async function recomputeEpisode(
  ctx: ProjectionContext,
  householdId: string,
  entry: EpisodeEntry,
  upTo: RecordedEvent,
): Promise<void> {
  const domain = ctx.registry.byCode(entry.domain);
  if (!domain || !entry.episode_key || !entry.episode_step) return;
  await ctx.flushEntries();
  const dates = episodeDatesOf(episodeFactsAt(ctx.historyOf(upTo.streamId), domain, entry.episode_key, upTo.id));
  const where = [householdId, entry.domain, entry.episode_key];
  if (entry.episode_step === 'TOEGEWEZEN') {
    await ctx.tx.query(
      `update episodes set toegewezen_op = coalesce($4, toegewezen_op), ingangsdatum = coalesce($5, ingangsdatum)
       where household_id = $1 and domain = $2 and key = $3`,
      [...where, dates.toegewezenOp, dates.ingangsdatum],
    );
    return;
  }
  await ctx.tx.query(
    `update episodes set gestart_op = $4, restarted_on = $5, gestopt_op = $6
     where household_id = $1 and domain = $2 and key = $3`,
    [...where, dates.gestartOp, dates.restartedOn, dates.gestoptOp],
  );
}
