import type { Migration } from '@regie/sql';

export const TIMELINE_COMPONENT = 'timeline';

/** Read-model tables of the timeline, rebuilt from the event store at will (`regie rebuild`). */
export const READ_MODEL_TABLES = [
  'households',
  'household_addresses',
  'members',
  'regisseur_handovers',
  'goals',
  'goal_evaluations',
  'agreements',
  'sharing_bases',
  'providers',
  'household_providers',
  'episodes',
  'signals',
  'timeline_entries',
  'afwegingen',
  'maatwerk_decisions',
  'cost_lines',
  'declaration_lines',
  'zrm_scores',
  'maatwerkbudget_spends',
  'projector_checkpoints',
] as const;

export const timelineMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'read models: households, plan, providers, episodes, signals, timeline entries, checkpoints',
    sql: `
      create table projector_checkpoints (
        name text primary key,
        -- null until the first event is projected
        position bigint
      );

      create table households (
        id text primary key,
        gemeente text,
        name text,
        regisseur_user_id text,
        regisseur_name text,
        regisseur_since timestamptz,
        closed boolean not null default false,
        registered_at timestamptz,
        last_activity timestamptz
      );
      create index households_regisseur_idx on households (regisseur_user_id, last_activity desc, id desc);

      create table members (
        household_id text not null,
        member_id text not null,
        name text not null,
        birth_date date,
        relation text,
        removed boolean not null default false,
        primary key (household_id, member_id)
      );

      create table regisseur_handovers (
        event_id text primary key,
        household_id text not null,
        global_position bigint not null,
        from_user_id text,
        from_name text,
        to_user_id text,
        to_name text,
        reason text,
        occurred_at timestamptz not null
      );
      create index regisseur_handovers_household_idx on regisseur_handovers (household_id, global_position);

      create table goals (
        household_id text not null,
        goal_id text not null,
        version integer not null,
        event_id text not null,
        title text not null,
        description text,
        domains text[] not null default '{}',
        member_ids text[] not null default '{}',
        target_date date,
        revision_reason text,
        set_at timestamptz not null,
        primary key (household_id, goal_id, version)
      );

      create table goal_evaluations (
        event_id text primary key,
        household_id text not null,
        goal_id text not null,
        global_position bigint not null,
        outcome text not null,
        evaluated_on date not null,
        note text
      );
      create index goal_evaluations_goal_idx on goal_evaluations (household_id, goal_id, global_position);

      create table agreements (
        household_id text not null,
        agreement_id text not null,
        event_id text not null,
        goal_id text,
        description text not null,
        party text not null,
        party_name text,
        provider_agb text,
        domain text,
        member_ids text[] not null default '{}',
        recorded_at timestamptz not null,
        primary key (household_id, agreement_id)
      );

      create table sharing_bases (
        household_id text not null,
        basis_id text not null,
        domain text not null,
        grondslag text not null,
        wettelijke_bepaling text not null,
        toestemming_vastgelegd_op date,
        member_ids text[] not null default '{}',
        valid_from date not null,
        valid_until date not null,
        ended_on date,
        ended_reason text,
        primary key (household_id, basis_id)
      );

      create table providers (
        agb_code text primary key,
        name text not null,
        domains text[] not null default '{}'
      );

      create table household_providers (
        household_id text not null,
        agb_code text not null,
        domains text[] not null default '{}',
        first_activity timestamptz not null,
        last_activity timestamptz not null,
        primary key (household_id, agb_code)
      );

      create table episodes (
        household_id text not null,
        domain text not null,
        key text not null,
        kind text not null,
        member_id text,
        provider_agb text,
        label text,
        toegewezen_op date,
        gestart_op date,
        gestopt_op date,
        withdrawn boolean not null default false,
        primary key (household_id, domain, key)
      );
      -- active episodes (not stopped, not withdrawn) per household, and waits without a start
      create index episodes_active_idx on episodes (household_id, provider_agb) where gestopt_op is null and not withdrawn;
      create index episodes_waiting_idx on episodes (household_id, domain, toegewezen_op)
        where gestart_op is null and gestopt_op is null and not withdrawn;

      create table signals (
        household_id text not null,
        domain text not null,
        key text not null,
        open boolean not null,
        event_id text not null,
        changed_at timestamptz not null,
        primary key (household_id, domain, key)
      );
      create index signals_open_idx on signals (household_id) where open;

      create table timeline_entries (
        event_id text primary key,
        household_id text not null,
        global_position bigint not null unique,
        domain text not null,
        type text not null,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null,
        summary text not null,
        member_id text,
        provider_agb text,
        category text,
        status text,
        note text,
        episode_key text,
        episode_step text,
        signal_key text,
        signal_open boolean,
        refers_to text,
        recorded_by_user_id text,
        recorded_by_name text,
        recorded_by_role text,
        corrected_by text[] not null default '{}',
        withdrawn_by text
      );
      create index timeline_entries_household_order_idx
        on timeline_entries (household_id, occurred_at desc, global_position desc);
      create index timeline_entries_household_provider_idx
        on timeline_entries (household_id, provider_agb, occurred_at desc, global_position desc);
      create index timeline_entries_household_member_idx
        on timeline_entries (household_id, member_id, occurred_at desc, global_position desc);
    `,
  },
  {
    version: 2,
    name: 'regisseur insight: afwegingen, maatwerk decisions, cost lines, ZRM scores, maatwerkbudget, signal kinds',
    sql: `
      alter table signals add column kind text not null default 'WGS_VROEGSIGNAAL';
      alter table signals add column due_on date;
      -- The member the signal is about (a Wgs signal's debtor, a melding's applicant): for the worklist and its basis.
      alter table signals add column member_id text;
      create index signals_open_due_idx on signals (household_id, kind, due_on) where open;
      create index households_gemeente_idx on households (gemeente);

      create table afwegingen (
        household_id text not null,
        domain text not null,
        key text not null,
        member_id text not null,
        request_key text,
        assessed_on date not null,
        rungs jsonb not null,
        outcome text not null,
        voorziening_id text,
        event_id text not null,
        withdrawn boolean not null default false,
        primary key (household_id, domain, key)
      );
      create index afwegingen_event_idx on afwegingen (event_id);

      create table maatwerk_decisions (
        household_id text not null,
        domain text not null,
        key text not null,
        member_id text not null,
        category text not null,
        decided_on date not null,
        lower_rungs_considered boolean not null,
        alternatives_offered integer not null,
        reason_given boolean not null,
        event_id text not null,
        withdrawn boolean not null default false,
        primary key (household_id, domain, key)
      );
      create index maatwerk_decisions_event_idx on maatwerk_decisions (event_id);
      create index maatwerk_without_ladder_idx on maatwerk_decisions (household_id, domain)
        where not lower_rungs_considered and not withdrawn;

      create table cost_lines (
        household_id text not null,
        domain text not null,
        key text not null,
        member_id text not null,
        provider_agb text,
        valid_from date not null,
        valid_until date,
        tariff jsonb not null,
        event_id text not null,
        withdrawn boolean not null default false,
        primary key (household_id, domain, key)
      );
      create index cost_lines_event_idx on cost_lines (event_id);

      create table zrm_scores (
        event_id text not null,
        zrm_domain text not null,
        household_id text not null,
        member_id text not null,
        scored_on date not null,
        score integer not null,
        goal_ids text[] not null default '{}',
        primary key (event_id, zrm_domain)
      );
      create index zrm_scores_household_idx on zrm_scores (household_id, member_id, zrm_domain, scored_on);

      create table maatwerkbudget_spends (
        household_id text not null,
        spend_id text not null,
        event_id text not null,
        amount_cents bigint not null,
        spent_on date not null,
        budget_year integer not null,
        purpose text,
        prevents text not null,
        member_ids text[] not null default '{}',
        evaluation_result text,
        evaluated_on date,
        evaluation_note text,
        evaluation_event_id text,
        primary key (household_id, spend_id)
      );
    `,
  },
  {
    version: 3,
    name: 'timeline entries: the business date an entry happened on (occurred_on)',
    // Rows projected before this version hold only the instant. A business date was stored as that day at 00:00 UTC,
    // so such an instant is taken as a date here; `regie rebuild` fills the column exactly from the events.
    sql: `
      alter table timeline_entries add column occurred_on date;
      update timeline_entries set occurred_on = (occurred_at at time zone 'UTC')::date
        where occurred_at = date_trunc('day', occurred_at at time zone 'UTC') at time zone 'UTC';
    `,
  },
  {
    version: 4,
    name: 'providers: one register per gemeente',
    // Each gemeente keeps its own register. Rows from before carry no gemeente: they are dropped and the timeline
    // projector starts from the beginning once (its upserts make that harmless), which fills the registers again
    // from the registrations, each in the gemeente of the beheerder who registered it.
    sql: `
      delete from providers;
      alter table providers drop constraint providers_pkey;
      alter table providers add column gemeente text not null;
      alter table providers add primary key (gemeente, agb_code);
      update projector_checkpoints set position = null where name = 'timeline';
      `,
  },
  {
    version: 5,
    name: 'household addresses: the woonadres as the household page shows it',
    sql: `
      create table household_addresses (
        household_id text primary key,
        postcode text not null,
        huisnummer integer not null,
        huisletter text,
        huisnummertoevoeging text,
        recorded_at timestamptz not null
      );
    `,
  },
  {
    version: 6,
    name: 'timeline entries: the reason of a correction or withdrawal is a note of its domain, not in the summary',
    // The reason is a domain's free text: only that domain may read it. Lines projected before carried it in the
    // summary; it moves to the note (erased lines, "Gegevens verwijderd …", do not match and stay as they are).
    sql: `
      update timeline_entries
        set note = substr(summary, length('Correctie van een eerdere registratie: ') + 1),
            summary = 'Correctie van een eerdere registratie'
        where type = 'household.EntryCorrected' and summary like 'Correctie van een eerdere registratie: %';
      update timeline_entries
        set note = substr(summary, length('Eerdere registratie ingetrokken: ') + 1),
            summary = 'Eerdere registratie ingetrokken'
        where type = 'household.EntryWithdrawn' and summary like 'Eerdere registratie ingetrokken: %';
    `,
  },
  {
    version: 7,
    name: 'plan agreements: by when; maatwerkbudget spends: the signal or goal they answer',
    sql: `
      alter table agreements add column due_on date;
      alter table maatwerkbudget_spends add column answers_entry_id text, add column answers_goal_id text;
    `,
  },
  {
    version: 8,
    name: 'declaration lines (323): the realised cost of a toewijzing per declared period',
    // One row per declaration event (a debit or credit line); the cost view nets credit lines with the debit they
    // name (line_reference) and splits a period over months by days. No personal data: amounts, dates and codes.
    sql: `
      create table declaration_lines (
        household_id text not null,
        event_id text not null,
        domain text not null,
        key text not null,
        line_reference text not null,
        member_id text,
        provider_agb text,
        period_begin date not null,
        period_end date not null,
        amount_cents bigint not null,
        volume numeric,
        eenheid text,
        withdrawn boolean not null default false,
        primary key (household_id, event_id)
      );
      create index declaration_lines_key_idx on declaration_lines (household_id, domain, key);
    `,
  },
  {
    version: 9,
    name: 'households: the domains involved (need-to-know of a domeinmedewerker)',
    // A domain is involved once the household has an entry of it; access control reads this with the household row.
    sql: `
      alter table households add column involved_domains text[] not null default '{}';
      update households h set involved_domains = coalesce(
        (select array_agg(distinct e.domain order by e.domain) from timeline_entries e
         where e.household_id = h.id and e.domain <> 'HOUSEHOLD'), '{}');
    `,
  },
  {
    version: 10,
    name: 'episodes: the ingangsdatum (no wachttijd before it), and care that started again after a stop',
    // The ingangsdatum of a toewijzing with a tariff is its cost line's valid_from; one without a tariff gets none
    // here (its wachttijd counts from the toewijzing, as before) until `regie rebuild`. An episode with more than one
    // start kept its last start and the stop before it: the first start comes back from its timeline entry (the
    // begindatum as recorded), the last start becomes the restart, and a stop before it no longer counts.
    // `regie rebuild` fills both exactly from the events (a corrected first begindatum included).
    sql: `
      alter table episodes add column ingangsdatum date, add column restarted_on date;
      update episodes e set ingangsdatum = c.valid_from from cost_lines c
        where e.kind = 'TOEWIJZING' and c.household_id = e.household_id and c.domain = e.domain and c.key = e.key;
      with restarted as (
        select household_id, domain, episode_key as key, min(occurred_on) as first_start
        from timeline_entries where episode_step = 'GESTART' and withdrawn_by is null
        group by household_id, domain, episode_key having count(*) > 1
      )
      update episodes e set
        gestart_op = least(e.gestart_op, r.first_start),
        restarted_on = nullif(e.gestart_op, least(e.gestart_op, r.first_start)),
        gestopt_op = case when e.gestopt_op >= e.gestart_op then e.gestopt_op end
      from restarted r where e.household_id = r.household_id and e.domain = r.domain and e.key = r.key;
    `,
  },
];
