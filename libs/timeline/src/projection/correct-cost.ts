import {
  HouseholdEventType as T,
  type CorrectionFacts,
  type EntryCorrected,
  type HouseholdEvent,
  type NameLookup,
  type RegieEventMetadata,
} from '@regie/household';
import type { RecordedEvent } from '@regie/event-store';
import { applyInsightFacts } from './project-insight';
import type { ProjectionContext } from './projection-context';

/**
 * The entry as it stands after `correction`: its data with the changes of every correction of it up to and including
 * this one applied in order (`null` removes a field, as the domains' own `applyChanges`). Later corrections are not
 * applied, so projecting incrementally and rebuilding give the same result.
 */
export function correctedEntry(
  history: readonly RecordedEvent[],
  entryId: string,
  correctionId: string,
): HouseholdEvent | undefined {
  const original = history.find((event) => event.id === entryId);
  if (!original) return undefined;
  let data: Record<string, unknown> = { ...(original.data as Record<string, unknown>) };
  for (const event of history) {
    if (event.type === T.entryCorrected && (event.data as EntryCorrected).entryId === entryId) {
      const { changes } = event.data as EntryCorrected;
      data = { ...data, ...changes };
      for (const [field, value] of Object.entries(changes)) if (value === null) delete data[field];
    }
    if (event.id === correctionId) break;
  }
  return { id: original.id, type: original.type, data, metadata: original.metadata as unknown as RegieEventMetadata };
}

/**
 * Whether a correction can change the entry's cost line: it changes one of the domain's cost basis fields or its
 * validity end (`CorrectionFacts`). A domain that names no cost basis fields has every correction recompute it.
 */
export function changesCost(facts: CorrectionFacts | undefined, changes: Readonly<Record<string, unknown>>): boolean {
  if (!facts?.costBasisFields) return true;
  const fields = [...facts.costBasisFields, ...(facts.validityEndField ? [facts.validityEndField] : [])];
  return Object.keys(changes).some((field) => fields.includes(field));
}

/**
 * A correction (StatusAanlevering 2) of an entry may change what it costs (its omvang, budget, ingangsdatum or
 * einddatum): the domain describes the corrected entry again and the entry's cost line becomes that cost, keyed and
 * attributed as before (its event stays the entry's, so a withdrawal still finds it). A corrected entry without a
 * tariff basis has no cost line. The entry is read back from the household's stream, read once per batch with a correction.
 */
export async function correctCost(
  ctx: ProjectionContext,
  householdId: string,
  domain: string,
  correction: RecordedEvent,
  entryId: string,
  names: NameLookup,
): Promise<void> {
  const module = ctx.registry.byCode(domain);
  if (!module) return;
  const entry = correctedEntry(ctx.historyOf(correction.streamId), entryId, correction.id);
  if (!entry || entry.type.startsWith('household.')) return;
  let cost;
  try {
    cost = module.describe(entry, names).cost;
  } catch {
    return; // A domain that cannot describe the entry (e.g. its fields were erased) leaves its cost line as it is.
  }
  if (cost) {
    applyInsightFacts(ctx.insight, householdId, domain, entry, { summary: '', cost });
  } else {
    await ctx.flushEntries();
    await ctx.tx.query('delete from cost_lines where household_id = $1 and event_id = $2', [householdId, entryId]);
  }
}
