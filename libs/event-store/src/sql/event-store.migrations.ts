import type { Migration } from '@regie/sql';

export const EVENT_STORE_COMPONENT = 'event-store';

export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events and streams',
    sql: `
      create table streams (
        stream_id text primary key,
        revision bigint not null
      );
      create table events (
        global_position bigint generated always as identity primary key,
        stream_id text not null,
        stream_revision bigint not null,
        event_id uuid not null,
        event_type text not null,
        data jsonb not null,
        metadata jsonb not null,
        transaction_id xid8 not null default pg_current_xact_id(),
        recorded_at timestamptz not null default now(),
        constraint events_event_id_key unique (event_id),
        constraint events_stream_revision_key unique (stream_id, stream_revision)
      );
    `,
  },
];
