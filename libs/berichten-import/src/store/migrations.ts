import type { Migration } from '@regie/sql';

export const BERICHTEN_COMPONENT = 'berichten';

/**
 * Every message Regie received, one row each: its identity (for "already received"), what became of it, and while
 * it waits for a household (no client with its BSN) the message itself, so linking can replay it. In the
 * read-model database under its own component, so `regie rebuild` leaves it be.
 */
export const berichtenMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'berichten: received iJw/iWmo messages and the queue of messages waiting for a household',
    sql: `
      create table berichten_ontvangen (
        id uuid primary key,
        gemeente text not null check (gemeente ~ '^[0-9]{4}$'),
        bericht_type text,
        afzender text,
        identificatie text,
        dagtekening date,
        -- standaard/type/afzender/identificatie: TR056 makes it unique per sender and message type
        identificatie_key text,
        digest text not null,
        status text not null check (status in ('PROCESSING', 'ACCEPTED', 'WAITING', 'REJECTED', 'DISCARDED')),
        household_id text,
        member_id text,
        event_ids text[] not null default '{}',
        rejections jsonb,
        -- only while WAITING: the message as received, to replay it when it is linked to a household
        xml text,
        discard_reason text,
        handled_by text,
        received_at timestamptz not null default now(),
        handled_at timestamptz
      );
      -- one live message per identity: a second one is "already received" (same file) or refused (9056)
      create unique index berichten_ontvangen_identity_idx on berichten_ontvangen (identificatie_key)
        where status in ('PROCESSING', 'ACCEPTED', 'WAITING');
      create index berichten_ontvangen_queue_idx on berichten_ontvangen (gemeente, received_at) where status = 'WAITING';
    `,
  },
];
