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
  {
    version: 2,
    name: 'berichten: a waiting message is sealed with a key of its own, and found by its BSNs blind index',
    // The message waits sealed (AES-256-GCM under the key of subject `berichten-wachtrij:<gemeente>:<id>`, see
    // queue-protection.ts); the key is destroyed when the message leaves the queue, for a forgotten person and at
    // the end of the queue's retention. `bsn_indexes` are keyed blind indexes (HMAC, the search index key) of the
    // message's BSNs. A message that waited in plain text before this version is sealed when the import starts.
    sql: `
      alter table berichten_ontvangen add column xml_sealed jsonb;
      alter table berichten_ontvangen add column bsn_indexes text[] not null default '{}';
      create index berichten_ontvangen_bsn_idx on berichten_ontvangen using gin (bsn_indexes) where status = 'WAITING';
    `,
  },
];
