import { EmbeddedDatabase, migrate, type SqlDatabase } from '@regie/sql';
import { timelineMigrations, TIMELINE_COMPONENT } from '../src/migrations';

// Entries projected before the read model knew occurred_on hold only the instant; the migration takes a midnight-UTC
// instant (how a business date was stored) as that date and leaves other instants without one.
describe('timeline migration 3: occurred_on of entries projected before it', () => {
  let db: SqlDatabase;
  beforeEach(async () => {
    db = await EmbeddedDatabase.inMemory();
  });
  afterEach(() => db.close());

  it('fills the business date of midnight-UTC entries only', async () => {
    await migrate(
      db,
      TIMELINE_COMPONENT,
      timelineMigrations.filter((migration) => migration.version < 3),
    );
    const insert = (id: string, position: number, occurredAt: string) =>
      db.query(
        `insert into timeline_entries (event_id, household_id, global_position, domain, type, occurred_at, recorded_at,
           summary) values ($1, 'h1', $2, 'WMO', 'wmo.MeldingOntvangen', $3, now(), 'Melding')`,
        [id, position, occurredAt],
      );
    await insert('on-a-date', 1, '2026-03-03T00:00:00.000Z');
    await insert('at-an-instant', 2, '2026-03-03T09:15:00.000Z');
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const { rows } = await db.query<{ event_id: string; occurred_on: string | null }>(
      `select event_id, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on from timeline_entries order by event_id`,
    );
    expect(rows).toEqual([
      { event_id: 'at-an-instant', occurred_on: null },
      { event_id: 'on-a-date', occurred_on: '2026-03-03' },
    ]);
  });
});
