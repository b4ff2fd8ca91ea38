import type { Migration } from '@regie/sql';

export const PRIVACY_COMPONENT = 'privacy';

/** The tables of `SqlKeyProvider`: keys per data subject, and the subjects erased for good (ids only). */
export const privacyMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'personal data keys per subject and erased subjects',
    sql: `
      -- "C" collation: subjects compare byte-wise, so "every subject below member:m1" is an index range scan.
      create table personal_data_keys (
        subject text collate "C" primary key,
        key_id uuid not null,
        key bytea not null,
        created_at timestamptz not null default now()
      );

      create table erased_subjects (
        subject text collate "C" primary key,
        erased_at timestamptz not null default now()
      );
    `,
  },
];
