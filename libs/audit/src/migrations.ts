import type { Migration } from '@regie/sql';

/** The log's own migrations component: never part of the timeline's read models, so `regie rebuild` leaves it be. */
export const AUDIT_COMPONENT = 'audit';
export const PROCESSING_LOG_TABLE = 'processing_log';
/** The message of the append-only trigger (SQLSTATE P0001), for callers and tests that recognise it. */
export const APPEND_ONLY_MESSAGE = 'processing_log is append-only';

export const auditMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'verwerkingenlog: processing_log, append-only',
    sql: `
      create table processing_log (
        id bigint generated always as identity primary key,
        logged_at timestamptz not null default clock_timestamp(),
        user_id text not null check (length(user_id) between 1 and 256),
        user_name text check (length(user_name) <= 200),
        role text not null,
        gemeente text not null check (gemeente ~ '^[0-9]{4}$'),
        on_behalf_of text,
        household_id text,
        person_ids text[] not null default '{}',
        operation text not null check (operation in ('READ', 'WRITE', 'EXPORT', 'ERASE', 'DENIED')),
        action text not null,
        fields text[] not null default '{}',
        basis text not null,
        emergency boolean not null default false,
        emergency_reason text,
        correlation_id text,
        outcome text not null check (outcome in ('ALLOWED', 'DENIED')),
        constraint processing_log_outcome_matches_operation check ((operation = 'DENIED') = (outcome = 'DENIED')),
        constraint processing_log_emergency_has_reason check (emergency = (emergency_reason is not null))
      );

      -- search per gemeente newest first, and export of a period oldest first (a b-tree serves both directions)
      create index processing_log_gemeente_time_idx on processing_log (gemeente, logged_at, id);
      -- what did this user do
      create index processing_log_user_idx on processing_log (gemeente, user_id, logged_at, id);
      -- who looked at this household ("who looked at our file")
      create index processing_log_household_idx on processing_log (household_id, logged_at, id)
        where household_id is not null;
      -- who looked at this person
      create index processing_log_person_idx on processing_log using gin (person_ids);
      -- noodprocedure review
      create index processing_log_emergency_idx on processing_log (gemeente, logged_at, id) where emergency;

      -- Append-only: every UPDATE, DELETE and TRUNCATE fails, whatever it matches (statement level, so even one that
      -- matches no row). Only whoever may alter the table (its owner, a superuser) can drop or disable this trigger:
      -- see docs/security.md, "Verwerkingenlog".
      create function processing_log_append_only() returns trigger language plpgsql as $fn$
      begin
        raise exception '${APPEND_ONLY_MESSAGE}: % is not allowed', tg_op;
      end
      $fn$;
      create trigger processing_log_append_only
        before update or delete or truncate on processing_log
        for each statement execute function processing_log_append_only();
    `,
  },
  {
    version: 2,
    name: 'verwerkingenlog: span_id and processing_activity (Logboek Dataverwerkingen)',
    sql: `
      -- The W3C span of the action (the trace id is correlation_id) and the register version it belongs to
      -- (urn:regie:verwerkingsactiviteit:<id>:<version>). Lines written before this migration have neither.
      alter table processing_log
        add column span_id text check (span_id ~ '^[0-9a-f]{16}$'),
        add column processing_activity text check (processing_activity like 'urn:regie:verwerkingsactiviteit:%');
    `,
  },
  {
    version: 3,
    name: 'verwerkingenlog: target_gemeente of a refused attempt on another gemeente',
    sql: `
      -- A refused attempt on a household of another gemeente is the caller's gemeente's line (gemeente) and is shown
      -- to the household's gemeente too (target_gemeente), whose auditor would otherwise never see the probes.
      alter table processing_log
        add column target_gemeente text check (target_gemeente ~ '^[0-9]{4}$'),
        add constraint processing_log_target_is_another_gemeente
          check (target_gemeente is null or (operation = 'DENIED' and target_gemeente <> gemeente));
      create index processing_log_target_gemeente_time_idx on processing_log (target_gemeente, logged_at, id)
        where target_gemeente is not null;
    `,
  },
];
