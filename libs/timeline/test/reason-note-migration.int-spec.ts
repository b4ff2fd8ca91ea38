import { EmbeddedDatabase, migrate, type SqlDatabase } from '@regie/sql';
import { timelineMigrations, TIMELINE_COMPONENT } from '../src/migrations';

// Lines projected before migration 6 carried a correction's or withdrawal's reason in the summary, which every reader
// of the entry sees; the migration moves it to the note (own domain only). Erased lines stay as they are.
describe('timeline migration 6: the reason of a correction or withdrawal becomes a note', () => {
  let db: SqlDatabase;
  beforeEach(async () => {
    db = await EmbeddedDatabase.inMemory();
  });
  afterEach(() => db.close());

  it('moves the reason out of the summary into the note', async () => {
    await migrate(
      db,
      TIMELINE_COMPONENT,
      timelineMigrations.filter((migration) => migration.version < 6),
    );
    const insert = (id: string, position: number, type: string, summary: string) =>
      db.query(
        `insert into timeline_entries (event_id, household_id, global_position, domain, type, occurred_at, recorded_at,
           summary) values ($1, 'h1', $2, 'JEUGD', $3, now(), now(), $4)`,
        [id, position, type, summary],
      );
    await insert('c', 1, 'household.EntryCorrected', 'Correctie van een eerdere registratie: Daan lag in de kliniek');
    await insert('w', 2, 'household.EntryWithdrawn', 'Eerdere registratie ingetrokken: dubbel: zie 12');
    await insert('e', 3, 'household.EntryCorrected', 'Gegevens verwijderd (jeugdhulp, GECORRIGEERD)');
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const { rows } = await db.query<{ event_id: string; summary: string; note: string | null }>(
      'select event_id, summary, note from timeline_entries order by event_id',
    );
    expect(rows).toEqual([
      { event_id: 'c', summary: 'Correctie van een eerdere registratie', note: 'Daan lag in de kliniek' },
      { event_id: 'e', summary: 'Gegevens verwijderd (jeugdhulp, GECORRIGEERD)', note: null },
      { event_id: 'w', summary: 'Eerdere registratie ingetrokken', note: 'dubbel: zie 12' },
    ]);
  });
});
