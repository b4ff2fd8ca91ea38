import type { CareEpisodeFact, SignalFact } from '@regie/household';
import type { SqlExecutor } from '@regie/sql';
import { SIGNAL_KINDS } from '../insight/signal-kinds';
import { combine, datesOf, type EpisodeDates } from './episode-dates';

/** A signal whose domain gives no kind is a Wgs vroegsignaal (events from before kinds existed). */
const DEFAULT_SIGNAL_KIND = SIGNAL_KINDS.wgsVroegsignaal;

/**
 * Episode and signal upserts of one projection batch, merged per key in memory and sent as one multi-row statement
 * each. Merging applies the same rules, in event order, as the per-event upserts they replace; nothing in the batch
 * may read or update `episodes` or `signals` before `flush()` (the projection context flushes before corrections,
 * withdrawals and erasure).
 */
export class PendingFacts {
  private readonly episodes = new Map<string, PendingEpisode>();
  private readonly signals = new Map<string, PendingSignal>();

  episode(
    householdId: string,
    domain: string,
    episode: CareEpisodeFact,
    memberId: string | undefined,
    providerAgb: string | undefined,
  ): void {
    const key = `${householdId}\u0000${domain}\u0000${episode.key}`;
    const next: PendingEpisode = {
      householdId,
      domain,
      key: episode.key,
      kind: episode.kind,
      memberId: memberId ?? null,
      providerAgb: providerAgb ?? null,
      label: episode.label,
      // A toewijzing (re)sets the label and un-withdraws the episode; other steps keep what is there.
      assigned: episode.step === 'TOEGEWEZEN',
      dates: datesOf(episode),
    };
    const known = this.episodes.get(key);
    this.episodes.set(
      key,
      known
        ? {
            ...next,
            memberId: next.memberId ?? known.memberId,
            providerAgb: next.providerAgb ?? known.providerAgb,
            label: next.assigned ? next.label : known.label,
            assigned: next.assigned || known.assigned,
            dates: combine(known.dates, next.dates),
          }
        : next,
    );
  }

  signal(
    householdId: string,
    domain: string,
    signal: SignalFact,
    eventId: string,
    changedAt: Date,
    memberId: string | undefined,
  ): void {
    const key = `${householdId}\u0000${domain}\u0000${signal.key}`;
    const known = this.signals.get(key);
    this.signals.set(key, {
      householdId,
      domain,
      key: signal.key,
      open: signal.open,
      eventId,
      changedAt,
      kind: signal.kind ?? known?.kind ?? null,
      dueOn: signal.dueOn ?? known?.dueOn ?? null,
      memberId: memberId ?? known?.memberId ?? null,
    });
  }

  async flush(tx: SqlExecutor): Promise<void> {
    if (this.episodes.size > 0) {
      const rows = [...this.episodes.values()];
      this.episodes.clear();
      await flushEpisodes(tx, rows);
    }
    if (this.signals.size > 0) {
      const rows = [...this.signals.values()];
      this.signals.clear();
      await flushSignals(tx, rows);
    }
  }
}

interface PendingEpisode {
  readonly householdId: string;
  readonly domain: string;
  readonly key: string;
  readonly kind: string;
  readonly memberId: string | null;
  readonly providerAgb: string | null;
  readonly label: string;
  readonly assigned: boolean;
  readonly dates: EpisodeDates;
}

interface PendingSignal {
  readonly householdId: string;
  readonly domain: string;
  readonly key: string;
  readonly open: boolean;
  readonly eventId: string;
  readonly changedAt: Date;
  readonly kind: string | null;
  readonly dueOn: string | null;
  readonly memberId: string | null;
}

/** The latest start of the stored row and the new one together (`greatest` skips a null). */
const LATEST_START = 'greatest(e.restarted_on, e.gestart_op, excluded.restarted_on, excluded.gestart_op)';

/**
 * Each row's dates are combined with the stored ones as `combine` does (the first start is the earliest, a later
 * start is a restart, a stop counts when it is not before the latest start), so projecting an event again changes
 * nothing.
 */
async function flushEpisodes(tx: SqlExecutor, rows: readonly PendingEpisode[]): Promise<void> {
  await tx.query(
    `insert into episodes as e (household_id, domain, key, kind, member_id, provider_agb, label,
       toegewezen_op, ingangsdatum, gestart_op, restarted_on, gestopt_op, withdrawn)
     select v.household_id, v.domain, v.key, v.kind, v.member_id, v.provider_agb, v.label,
            v.toegewezen_op, v.ingangsdatum, v.gestart_op, v.restarted_on, v.gestopt_op, false
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                 $8::date[], $9::date[], $10::date[], $11::date[], $12::date[])
       as v(household_id, domain, key, kind, member_id, provider_agb, label, toegewezen_op, ingangsdatum, gestart_op,
            restarted_on, gestopt_op)
     on conflict (household_id, domain, key) do update set
       kind = excluded.kind,
       member_id = coalesce(excluded.member_id, e.member_id),
       provider_agb = coalesce(excluded.provider_agb, e.provider_agb),
       label = case when excluded.toegewezen_op is not null or e.label is null then excluded.label else e.label end,
       toegewezen_op = coalesce(excluded.toegewezen_op, e.toegewezen_op),
       ingangsdatum = coalesce(excluded.ingangsdatum, e.ingangsdatum),
       gestart_op = least(e.gestart_op, excluded.gestart_op),
       restarted_on = nullif(${LATEST_START}, least(e.gestart_op, excluded.gestart_op)),
       gestopt_op = case when ${LATEST_START} is null or greatest(e.gestopt_op, excluded.gestopt_op) >= ${LATEST_START}
                         then greatest(e.gestopt_op, excluded.gestopt_op) end,
       withdrawn = case when excluded.toegewezen_op is not null then false else e.withdrawn end`,
    [
      rows.map((r) => r.householdId),
      rows.map((r) => r.domain),
      rows.map((r) => r.key),
      rows.map((r) => r.kind),
      rows.map((r) => r.memberId),
      rows.map((r) => r.providerAgb),
      rows.map((r) => r.label),
      rows.map((r) => r.dates.toegewezenOp),
      rows.map((r) => r.dates.ingangsdatum),
      rows.map((r) => r.dates.gestartOp),
      rows.map((r) => r.dates.restartedOn),
      rows.map((r) => r.dates.gestoptOp),
    ],
  );
}

/** Update what exists, insert the rest: an absent kind keeps the stored one, a new row gets the default. */
async function flushSignals(tx: SqlExecutor, rows: readonly PendingSignal[]): Promise<void> {
  await tx.query(
    `with v as (
       select * from unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::timestamptz[],
                            $7::text[], $8::date[], $9::text[])
         as v(household_id, domain, key, open, event_id, changed_at, kind, due_on, member_id)
     ),
     updated as (
       update signals s set open = v.open, event_id = v.event_id, changed_at = v.changed_at,
         kind = coalesce(v.kind, s.kind), due_on = coalesce(v.due_on, s.due_on),
         member_id = coalesce(v.member_id, s.member_id)
       from v where s.household_id = v.household_id and s.domain = v.domain and s.key = v.key
       returning s.household_id, s.domain, s.key
     )
     insert into signals (household_id, domain, key, open, event_id, changed_at, kind, due_on, member_id)
     select v.household_id, v.domain, v.key, v.open, v.event_id, v.changed_at, coalesce(v.kind, $10), v.due_on,
            v.member_id
     from v where not exists (
       select 1 from updated u where u.household_id = v.household_id and u.domain = v.domain and u.key = v.key)`,
    [
      rows.map((r) => r.householdId),
      rows.map((r) => r.domain),
      rows.map((r) => r.key),
      rows.map((r) => r.open),
      rows.map((r) => r.eventId),
      rows.map((r) => r.changedAt.toISOString()),
      rows.map((r) => r.kind),
      rows.map((r) => r.dueOn),
      rows.map((r) => r.memberId),
      DEFAULT_SIGNAL_KIND,
    ],
  );
}
