import type { DomainGrant } from '@regie/household';
import { todayInNetherlands, type LocalDate } from '@regie/household';
import type { SqlDatabase } from '@regie/sql';
import { waitingNormsDays, type RegisteredDomains } from '../norms';
import { SIGNAL_KINDS } from '../insight/signal-kinds';
import { signalKindParams, worklistLabels } from '../insight/worklist';
import { decodeCursor } from './cursor';
import { toPage, type Page } from './page';
import { sharedWithRegisseur } from './shared-basis';
import type { AccessFactsRow, EpisodeRow, HouseholdRow, MyHouseholdRow, TimelineEntryRow } from './rows';

export interface TimelineQueryFilter {
  readonly domains?: readonly string[] | null;
  readonly providerAgb?: string | null;
  readonly memberId?: string | null;
  readonly types?: readonly string[] | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

const ENTRY_COLUMNS = `e.event_id, e.household_id, e.global_position::text as global_position, e.domain, e.type,
  e.occurred_at, to_char(e.occurred_on, 'YYYY-MM-DD') as occurred_on, e.recorded_at, e.summary, e.member_id, m.name as member_name, e.provider_agb,
  p.name as provider_name, e.category, e.status, e.note, e.recorded_by_user_id, e.recorded_by_name,
  e.recorded_by_role, e.corrected_by, e.withdrawn_by`;
// A provider's name comes from the register of the household's gemeente: each gemeente names its providers itself.
const ENTRY_JOINS = `left join providers p on p.agb_code = e.provider_agb
    and p.gemeente = (select g.gemeente from households g where g.id = e.household_id)
  left join members m on m.household_id = e.household_id and m.member_id = e.member_id`;

const WGS = SIGNAL_KINDS.wgsVroegsignaal;
const WMO_ONDERZOEK = SIGNAL_KINDS.wmoOnderzoek;

/** The read queries of the timeline. Nested data comes with joins or one query per field per request, never per row. */
export class TimelineReadModel {
  constructor(
    private readonly db: SqlDatabase,
    private readonly domains: RegisteredDomains = { all: [] },
  ) {}

  /** The Dutch text of every worklist kind, from the registered domains. */
  worklistLabels(): Readonly<Record<string, string>> {
    return worklistLabels(this.domains.all);
  }

  /** Waiting norms in days by domain code, from the registered domains. */
  waitingNorms(): Readonly<Record<string, number>> {
    return waitingNormsDays(this.domains);
  }

  async household(id: string): Promise<HouseholdRow | undefined> {
    const { rows } = await this.db.query<HouseholdRow>(
      `select id, gemeente, name, regisseur_user_id, regisseur_name, regisseur_since, closed, registered_at,
              last_activity
       from households where id = $1 and registered_at is not null`,
      [id],
    );
    return rows[0];
  }

  /**
   * What access control needs, in one round trip: the household, its members' ids and its legal bases (the same
   * rows as `household`, `members` and `sharingBases`).
   */
  async accessFacts(id: string): Promise<AccessFactsRow | undefined> {
    const { rows } = await this.db.query<AccessFactsRow>(
      `select h.id, h.gemeente, h.name, h.regisseur_user_id, h.regisseur_name, h.regisseur_since, h.closed,
              h.registered_at, h.last_activity, h.involved_domains,
              coalesce((select array_agg(m.member_id order by m.birth_date, m.name) from members m
                        where m.household_id = h.id and not m.removed), '{}') as member_ids,
              coalesce((select json_agg(json_build_object(
                          'domain', b.domain, 'member_ids', b.member_ids, 'grondslag', b.grondslag,
                          'wettelijke_bepaling', b.wettelijke_bepaling, 'valid_from', b.valid_from::text,
                          'valid_until', b.valid_until::text, 'ended_on', b.ended_on::text)
                        order by b.domain, b.valid_from)
                        from sharing_bases b where b.household_id = h.id), '[]') as bases
       from households h where h.id = $1 and h.registered_at is not null`,
      [id],
    );
    return rows[0];
  }

  async members(householdId: string) {
    const { rows } = await this.db.query<{ member_id: string; name: string; birth_date: string; relation: string }>(
      `select member_id, name, birth_date::text as birth_date, relation from members
       where household_id = $1 and not removed order by birth_date, name`,
      [householdId],
    );
    return rows;
  }

  async address(householdId: string) {
    const { rows } = await this.db.query<{
      postcode: string;
      huisnummer: number;
      huisletter: string | null;
      huisnummertoevoeging: string | null;
    }>(
      `select postcode, huisnummer, huisletter, huisnummertoevoeging from household_addresses where household_id = $1`,
      [householdId],
    );
    return rows[0];
  }

  async handovers(householdId: string) {
    const { rows } = await this.db.query<{
      event_id: string;
      from_user_id: string | null;
      from_name: string | null;
      to_user_id: string | null;
      to_name: string | null;
      reason: string | null;
      occurred_at: Date;
    }>(
      `select event_id, from_user_id, from_name, to_user_id, to_name, reason, occurred_at
       from regisseur_handovers where household_id = $1 order by global_position`,
      [householdId],
    );
    return rows;
  }

  async goals(householdId: string) {
    const [versions, evaluations] = await Promise.all([
      this.db.query<{
        goal_id: string;
        version: number;
        title: string;
        description: string | null;
        domains: string[];
        member_ids: string[];
        target_date: string | null;
        revision_reason: string | null;
        set_at: Date;
      }>(
        `select goal_id, version, title, description, domains, member_ids, target_date::text as target_date,
                revision_reason, set_at
         from goals where household_id = $1 order by set_at, goal_id, version`,
        [householdId],
      ),
      this.db.query<{
        goal_id: string;
        outcome: string;
        evaluated_on: string;
        note: string | null;
        recorded_at: Date | null;
      }>(
        `select g.goal_id, g.outcome, g.evaluated_on::text as evaluated_on, g.note, e.recorded_at
         from goal_evaluations g left join timeline_entries e on e.event_id = g.event_id
         where g.household_id = $1 order by g.global_position`,
        [householdId],
      ),
    ]);
    return { versions: versions.rows, evaluations: evaluations.rows };
  }

  async agreements(householdId: string) {
    const { rows } = await this.db.query<{
      agreement_id: string;
      goal_id: string | null;
      description: string;
      party: string;
      party_name: string | null;
      provider_agb: string | null;
      provider_name: string | null;
      domain: string | null;
      member_ids: string[];
      recorded_at: Date;
      due_on: string | null;
    }>(
      `select a.agreement_id, a.goal_id, a.description, a.party, a.party_name, a.provider_agb, p.name as provider_name,
              a.domain, a.member_ids, a.recorded_at, a.due_on::text as due_on
       from agreements a left join providers p on p.agb_code = a.provider_agb
         and p.gemeente = (select g.gemeente from households g where g.id = a.household_id)
       where a.household_id = $1 order by a.recorded_at, a.agreement_id`,
      [householdId],
    );
    return rows;
  }

  async sharingBases(householdId: string) {
    const { rows } = await this.db.query<{
      basis_id: string;
      domain: string;
      grondslag: string;
      wettelijke_bepaling: string;
      toestemming_vastgelegd_op: string | null;
      member_ids: string[];
      valid_from: string;
      valid_until: string;
      ended_on: string | null;
      ended_reason: string | null;
    }>(
      `select basis_id, domain, grondslag, wettelijke_bepaling, toestemming_vastgelegd_op::text as toestemming_vastgelegd_op,
              member_ids, valid_from::text as valid_from, valid_until::text as valid_until, ended_on::text as ended_on,
              ended_reason
       from sharing_bases where household_id = $1 order by domain, valid_from`,
      [householdId],
    );
    return rows;
  }

  /** The gemeente's provider register, by name; only providers working in `domain` when given. */
  async providerRegister(gemeente: string, domain?: string) {
    const { rows } = await this.db.query<{ agb_code: string; name: string; domains: string[] }>(
      `select agb_code, name, domains from providers
       where gemeente = $1 and ($2::text is null or $2 = any(domains))
       order by name, agb_code`,
      [gemeente, domain ?? null],
    );
    return rows;
  }

  /** Providers ever involved plus their active episodes: two queries for the whole household. */
  async providers(householdId: string) {
    const [providers, episodes] = await Promise.all([
      this.db.query<{
        agb_code: string;
        name: string | null;
        domains: string[];
        first_activity: Date;
        last_activity: Date;
      }>(
        `select hp.agb_code, p.name, hp.domains, hp.first_activity, hp.last_activity
         from household_providers hp left join providers p on p.agb_code = hp.agb_code
           and p.gemeente = (select g.gemeente from households g where g.id = hp.household_id)
         where hp.household_id = $1 order by hp.last_activity desc, hp.agb_code`,
        [householdId],
      ),
      this.db.query<EpisodeRow>(
        `select e.household_id, e.domain, e.key, e.kind, e.member_id, m.name as member_name, e.provider_agb, e.label,
                e.toegewezen_op::text as toegewezen_op, e.ingangsdatum::text as ingangsdatum,
                e.gestart_op::text as gestart_op, e.restarted_on::text as restarted_on, e.gestopt_op::text as gestopt_op
         from episodes e
         left join members m on m.household_id = e.household_id and m.member_id = e.member_id
         where e.household_id = $1 and e.gestopt_op is null and not e.withdrawn
         order by e.toegewezen_op nulls last, e.key`,
        [householdId],
      ),
    ]);
    return { providers: providers.rows, episodes: episodes.rows };
  }

  /** `visible`: the reader's grant; entries outside it are never returned, whatever the filter says. */
  async timeline(
    householdId: string,
    visible: readonly DomainGrant[],
    first: number,
    after: string | null | undefined,
    filter: TimelineQueryFilter = {},
  ) {
    const params: unknown[] = [householdId];
    const where = ['e.household_id = $1'];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    addVisibility(params, where, visible);
    if (filter.domains?.length) add((n) => `e.domain = any(${n}::text[])`, [...filter.domains]);
    if (filter.types?.length) add((n) => `e.type = any(${n}::text[])`, [...filter.types]);
    if (filter.providerAgb) add((n) => `e.provider_agb = ${n}`, filter.providerAgb);
    if (filter.memberId) add((n) => `e.member_id = ${n}`, filter.memberId);
    if (filter.from) add((n) => `e.occurred_at >= ${n}`, filter.from);
    if (filter.to) add((n) => `e.occurred_at <= ${n}`, filter.to);
    const countParams = [...params];
    const countWhere = [...where];
    if (after) {
      const key = decodeCursor(after, 'position');
      params.push(key.at, key.tieBreaker);
      where.push(`(e.occurred_at, e.global_position) < ($${params.length - 1}, $${params.length}::bigint)`);
    }
    params.push(first + 1);
    const page = await this.db.query<TimelineEntryRow>(
      `select ${ENTRY_COLUMNS} from timeline_entries e ${ENTRY_JOINS}
       where ${where.join(' and ')}
       order by e.occurred_at desc, e.global_position desc
       limit $${params.length}`,
      params,
    );
    const countTotal = () =>
      this.count(
        `select count(*)::int as total from timeline_entries e where ${countWhere.join(' and ')}`,
        countParams,
      );
    return toPage(page.rows, first, countTotal, (row) => ({
      at: row.occurred_at,
      tieBreaker: row.global_position,
    }));
  }

  private async count(sql: string, params: readonly unknown[]): Promise<number> {
    const { rows } = await this.db.query<{ total: number }>(sql, [...params]);
    return rows[0]?.total ?? 0;
  }

  /** Entries of these households projected after `after` up to `upTo` (global positions), oldest first. */
  async entriesBetween(householdIds: readonly string[], after: bigint, upTo: bigint): Promise<TimelineEntryRow[]> {
    if (householdIds.length === 0) return [];
    const { rows } = await this.db.query<TimelineEntryRow>(
      `select ${ENTRY_COLUMNS} from timeline_entries e ${ENTRY_JOINS}
       where e.household_id = any($1::text[]) and e.global_position > $2 and e.global_position <= $3
       order by e.global_position`,
      [[...householdIds], after.toString(), upTo.toString()],
    );
    return rows;
  }

  /** Entries by event id. */
  async entries(eventIds: readonly string[]): Promise<TimelineEntryRow[]> {
    if (eventIds.length === 0) return [];
    const { rows } = await this.db.query<TimelineEntryRow>(
      `select ${ENTRY_COLUMNS} from timeline_entries e ${ENTRY_JOINS}
       where e.event_id = any($1::text[]) order by e.global_position`,
      [[...eventIds]],
    );
    return rows;
  }

  /**
   * The households an actor is the current regisseur of (in their gemeente), most recently active first. The counters
   * only count what the regisseur may see: entries of domains with a current legal basis covering the member.
   */
  async householdsOfRegisseur(
    userId: string,
    gemeente: string,
    first: number,
    after: string | null | undefined,
    today: LocalDate = todayInNetherlands(),
  ): Promise<Page<MyHouseholdRow>> {
    const norms = Object.entries(this.waitingNorms());
    const params: unknown[] = [
      userId,
      today,
      norms.map(([domain]) => domain),
      norms.map(([, days]) => days),
      gemeente,
      ...signalKindParams(this.domains.all),
    ];
    let keyset = '';
    if (after) {
      const key = decodeCursor(after, 'id');
      params.push(key.at, key.tieBreaker);
      keyset = `and (h.last_activity, h.id) < ($8, $9::text)`;
    }
    params.push(first + 1);
    const shared = (alias: string, member: string) => sharedWithRegisseur(alias, member, '$2');
    const page = await this.db.query<MyHouseholdRow>(
      `select h.id, h.name, h.last_activity,
         (select count(distinct e.provider_agb)::int from episodes e
           where e.household_id = h.id and e.provider_agb is not null and e.gestopt_op is null and not e.withdrawn
             and ${shared('e', 'e.member_id')}) as active_providers,
         (select count(*)::int from signals s where s.household_id = h.id and s.open and s.kind = '${WGS}'
           and ${shared('s', 's.member_id')}) as open_signals,
         (select count(*)::int from signals s where s.household_id = h.id and s.open and s.kind = '${WGS}'
           and s.due_on < $2::date and ${shared('s', 's.member_id')}) as overdue_signals,
         (select count(*)::int from signals s where s.household_id = h.id and s.open and s.kind = '${WMO_ONDERZOEK}'
           and s.due_on < $2::date and ${shared('s', 's.member_id')}) as overdue_onderzoeken,
         (select count(*)::int from maatwerk_decisions md where md.household_id = h.id
           and not md.lower_rungs_considered and not md.withdrawn and ${shared('md', 'md.member_id')})
           as maatwerk_without_ladder,
         (select coalesce(jsonb_object_agg(k.worklist_kind, k.n), '{}'::jsonb) from (
            select sk.worklist_kind, count(*)::int as n from signals s
              join unnest($6::text[], $7::text[]) as sk(kind, worklist_kind) on sk.kind = s.kind
             where s.household_id = h.id and s.open and s.due_on < $2::date and ${shared('s', 's.member_id')}
             group by sk.worklist_kind) k) as overdue_by_kind,
         (select count(*)::int from episodes e
            join unnest($3::text[], $4::int[]) as norm(domain, days) on norm.domain = e.domain
           where e.household_id = h.id and e.toegewezen_op is not null and e.gestart_op is null
             and e.gestopt_op is null and not e.withdrawn
             and greatest(e.toegewezen_op, e.ingangsdatum) < $2::date - norm.days
             and ${shared('e', 'e.member_id')}) as overdue_waits
       from households h
       where h.regisseur_user_id = $1 and h.gemeente = $5 and h.registered_at is not null ${keyset}
       order by h.last_activity desc, h.id desc
       limit $${params.length}`,
      params,
    );
    const countTotal = () =>
      this.count(
        `select count(*)::int as total from households
         where regisseur_user_id = $1 and gemeente = $2 and registered_at is not null`,
        [userId, gemeente],
      );
    return toPage(page.rows, first, countTotal, (row) => ({
      at: row.last_activity,
      tieBreaker: row.id,
    }));
  }
}

function addVisibility(params: unknown[], where: string[], visible: readonly DomainGrant[]): void {
  const whole = visible.filter((grant) => grant.members === 'all').map((grant) => grant.domain);
  const pairs = visible.flatMap((grant) =>
    grant.members === 'all' ? [] : grant.members.map((member) => [grant.domain, member] as const),
  );
  params.push(
    whole,
    pairs.map(([domain]) => domain),
    pairs.map(([, member]) => member),
  );
  const [w, d, m] = [params.length - 2, params.length - 1, params.length];
  where.push(
    `(e.domain = any($${w}::text[]) or exists (select 1 from unnest($${d}::text[], $${m}::text[]) as v(domain, member_id)
      where v.domain = e.domain and v.member_id = e.member_id))`,
  );
}
