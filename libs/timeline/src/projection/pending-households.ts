import type { Address, PersonRef } from '@regie/household';
import type { SqlExecutor } from '@regie/sql';

/** What one batch did to a household row; null and undefined fields leave the stored value as it is. */
interface HouseholdPatch {
  id: string;
  lastActivity: Date | null;
  gemeente: string | null;
  name: string | null;
  registeredAt: Date | null;
  /** undefined: the batch left the regisseur alone; null: released. */
  regisseur: PersonRef | null | undefined;
  regisseurSince: Date | null;
  closed: boolean | null;
  /** Domains with an entry in this batch (added to the stored ones). */
  involvedDomains: Set<string>;
}

interface Handover {
  readonly eventId: string;
  readonly householdId: string;
  readonly position: string;
  readonly from: PersonRef | undefined;
  readonly to: PersonRef | undefined;
  readonly reason: string;
  readonly occurredAt: Date;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The household rows and regisseur handovers of one projection batch, merged in memory (in event order, with the
 * rules of the per-event statements they replace) and sent as one statement each at the end of the batch. Nothing
 * in the batch reads `households` or `regisseur_handovers` before `flush()` except through `regisseurOf`.
 */
export class PendingHouseholds {
  private readonly patches = new Map<string, HouseholdPatch>();
  private handovers: Handover[] = [];
  /** The woonadres per household as the batch left it: null = no readable address (erased). */
  private readonly addresses = new Map<string, { address: Address | null; at: Date }>();
  /** The regisseur as stored when the batch began, for households whose regisseur the batch changes. */
  private readonly storedRegisseurs = new Map<string, PersonRef | undefined>();

  private patch(id: string): HouseholdPatch {
    let patch = this.patches.get(id);
    if (!patch) {
      patch = {
        id,
        lastActivity: null,
        gemeente: null,
        name: null,
        registeredAt: null,
        regisseur: undefined,
        regisseurSince: null,
        closed: null,
        involvedDomains: new Set(),
      };
      this.patches.set(id, patch);
    }
    return patch;
  }

  touch(id: string, at: Date): void {
    const patch = this.patch(id);
    if (!patch.lastActivity || at > patch.lastActivity) patch.lastActivity = at;
  }

  registered(id: string, gemeente: string, name: string, at: Date): void {
    const patch = this.patch(id);
    patch.gemeente = gemeente;
    patch.name = name;
    patch.registeredAt ??= at;
  }

  /** The household has an entry of `domain`: that domain is involved from now on. */
  involve(id: string, domain: string): void {
    this.patch(id).involvedDomains.add(domain);
  }

  setAddress(id: string, address: Address | null, at: Date): void {
    this.addresses.set(id, { address, at });
  }

  setClosed(id: string, closed: boolean): void {
    this.patch(id).closed = closed;
  }

  /** Loads the stored regisseur of these households in one query (those not already known to this batch). */
  async preloadRegisseurs(tx: SqlExecutor, ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.storedRegisseurs.has(id));
    if (missing.length === 0) return;
    const { rows } = await tx.query<{ id: string; regisseur_user_id: string | null; regisseur_name: string | null }>(
      'select id, regisseur_user_id, regisseur_name from households where id = any($1::text[])',
      [missing],
    );
    missing.forEach((id) => this.storedRegisseurs.set(id, undefined));
    for (const row of rows) {
      if (row.regisseur_user_id) {
        this.storedRegisseurs.set(row.id, { userId: row.regisseur_user_id, name: row.regisseur_name ?? '' });
      }
    }
  }

  /** The household's regisseur at this point of the batch. */
  async regisseurOf(tx: SqlExecutor, id: string): Promise<PersonRef | undefined> {
    const changed = this.patches.get(id)?.regisseur;
    if (changed !== undefined) return changed ?? undefined;
    await this.preloadRegisseurs(tx, [id]);
    return this.storedRegisseurs.get(id);
  }

  handover(handover: Handover): void {
    this.handovers.push(handover);
    const patch = this.patch(handover.householdId);
    patch.regisseur = handover.to ?? null;
    patch.regisseurSince = handover.to ? handover.occurredAt : null;
  }

  async flush(tx: SqlExecutor): Promise<void> {
    if (this.patches.size > 0) {
      const rows = [...this.patches.values()];
      this.patches.clear();
      await flushPatches(tx, rows);
    }
    this.storedRegisseurs.clear();
    if (this.addresses.size > 0) {
      const rows = [...this.addresses.entries()];
      this.addresses.clear();
      await flushAddresses(tx, rows);
    }
    if (this.handovers.length > 0) {
      const rows = this.handovers;
      this.handovers = [];
      await tx.query(
        `insert into regisseur_handovers (event_id, household_id, global_position, from_user_id, from_name,
           to_user_id, to_name, reason, occurred_at)
         select * from unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
                              $8::text[], $9::timestamptz[])
         on conflict (event_id) do nothing`,
        [
          rows.map((r) => r.eventId),
          rows.map((r) => r.householdId),
          rows.map((r) => r.position),
          rows.map((r) => r.from?.userId ?? null),
          rows.map((r) => r.from?.name ?? null),
          rows.map((r) => r.to?.userId ?? null),
          rows.map((r) => r.to?.name ?? null),
          rows.map((r) => r.reason),
          rows.map((r) => r.occurredAt.toISOString()),
        ],
      );
    }
  }
}

/** Update what exists, insert the rest (one projector writes at a time, so nothing races the insert). */
async function flushPatches(tx: SqlExecutor, rows: readonly HouseholdPatch[]): Promise<void> {
  await tx.query(
    `with v as (
       select * from unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::timestamptz[], $6::boolean[],
                            $7::text[], $8::text[], $9::timestamptz[], $10::boolean[], $11::text[])
         as v(id, last_activity, gemeente, name, registered_at, sets_regisseur, regisseur_user_id, regisseur_name,
              regisseur_since, closed, involved)
     ),
     updated as (
       update households h set
         last_activity = greatest(h.last_activity, v.last_activity),
         gemeente = coalesce(v.gemeente, h.gemeente),
         name = coalesce(v.name, h.name),
         registered_at = coalesce(h.registered_at, v.registered_at),
         regisseur_user_id = case when v.sets_regisseur then v.regisseur_user_id else h.regisseur_user_id end,
         regisseur_name = case when v.sets_regisseur then v.regisseur_name else h.regisseur_name end,
         regisseur_since = case when v.sets_regisseur then v.regisseur_since else h.regisseur_since end,
         closed = coalesce(v.closed, h.closed),
         involved_domains = case when v.involved = '' then h.involved_domains else
           array(select distinct d from unnest(h.involved_domains || string_to_array(v.involved, ',')) d order by d) end
       from v where h.id = v.id
       returning h.id
     )
     insert into households (id, last_activity, gemeente, name, registered_at, regisseur_user_id, regisseur_name,
       regisseur_since, closed, involved_domains)
     select v.id, v.last_activity, v.gemeente, v.name, v.registered_at, v.regisseur_user_id, v.regisseur_name,
            v.regisseur_since, coalesce(v.closed, false),
            array(select distinct d from unnest(string_to_array(v.involved, ',')) d where d <> '' order by d)
     from v where not exists (select 1 from updated u where u.id = v.id)`,
    [
      rows.map((r) => r.id),
      rows.map((r) => iso(r.lastActivity)),
      rows.map((r) => r.gemeente),
      rows.map((r) => r.name),
      rows.map((r) => iso(r.registeredAt)),
      rows.map((r) => r.regisseur !== undefined),
      rows.map((r) => r.regisseur?.userId ?? null),
      rows.map((r) => r.regisseur?.name ?? null),
      rows.map((r) => iso(r.regisseurSince)),
      rows.map((r) => r.closed),
      rows.map((r) => [...r.involvedDomains].join(',')),
    ],
  );
}

/** The batch's last address per household replaces the stored one; an unreadable address removes it. */
async function flushAddresses(
  tx: SqlExecutor,
  rows: readonly [string, { address: Address | null; at: Date }][],
): Promise<void> {
  const kept = rows.filter(([, row]) => row.address !== null);
  const gone = rows.filter(([, row]) => row.address === null).map(([id]) => id);
  if (gone.length > 0) await tx.query('delete from household_addresses where household_id = any($1::text[])', [gone]);
  if (kept.length === 0) return;
  await tx.query(
    `insert into household_addresses (household_id, postcode, huisnummer, huisletter, huisnummertoevoeging, recorded_at)
     select * from unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[])
     on conflict (household_id) do update set postcode = excluded.postcode, huisnummer = excluded.huisnummer,
       huisletter = excluded.huisletter, huisnummertoevoeging = excluded.huisnummertoevoeging,
       recorded_at = excluded.recorded_at`,
    [
      kept.map(([id]) => id),
      kept.map(([, row]) => row.address!.postcode),
      kept.map(([, row]) => row.address!.huisnummer),
      kept.map(([, row]) => row.address!.huisletter ?? null),
      kept.map(([, row]) => row.address!.huisnummertoevoeging ?? null),
      kept.map(([, row]) => row.at.toISOString()),
    ],
  );
}
