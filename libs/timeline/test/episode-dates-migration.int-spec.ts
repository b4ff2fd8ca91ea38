import { EmbeddedDatabase, migrate, type SqlDatabase } from '@regie/sql';
import { timelineMigrations, TIMELINE_COMPONENT } from '../src/migrations';

// Episodes projected before version 10 have no ingangsdatum, and one that started again after a stop kept its last
// start with the stop before it. The migration fills the ingangsdatum from the cost line and takes the first start
// back from the timeline; `regie rebuild` does both exactly from the events.
describe('timeline migration 10: ingangsdatum and restarts of episodes projected before it', () => {
  let db: SqlDatabase;
  beforeEach(async () => {
    db = await EmbeddedDatabase.inMemory();
    await migrate(
      db,
      TIMELINE_COMPONENT,
      timelineMigrations.filter((migration) => migration.version < 10),
    );
  });
  afterEach(() => db.close());

  const episode = (key: string, gestartOp: string | null, gestoptOp: string | null) =>
    db.query(
      `insert into episodes (household_id, domain, key, kind, toegewezen_op, gestart_op, gestopt_op)
       values ('h1', 'WMO', $1, 'TOEWIJZING', '2026-10-12', $2, $3)`,
      [key, gestartOp, gestoptOp],
    );
  let position = 0;
  const entry = (key: string, step: string, occurredOn: string, withdrawn = false) =>
    db.query(
      `insert into timeline_entries (event_id, household_id, global_position, domain, type, occurred_at, occurred_on,
         recorded_at, summary, episode_key, episode_step, withdrawn_by)
       values ($1, 'h1', $2, 'WMO', 'wmo.Zorg', $3::date, $3::date, now(), 'Zorg', $4, $5, $6)`,
      [`${key}-${++position}`, position, occurredOn, key, step, withdrawn ? 'w' : null],
    );

  it('fills the ingangsdatum from the cost line, and runs a restarted episode again from its first start', async () => {
    await db.query(
      `insert into cost_lines (household_id, domain, key, member_id, valid_from, tariff, event_id)
       values ('h1', 'WMO', '8000101', 'm1', '2026-10-12', '{}', 'e1')`,
    );
    // 8000101: started, stopped "tijdelijk beëindigd", started again; stored with the restart and the old stop.
    await episode('8000101', '2026-12-06', '2026-12-01');
    await entry('8000101', 'TOEGEWEZEN', '2026-10-12');
    await entry('8000101', 'GESTART', '2026-10-12');
    await entry('8000101', 'GESTOPT', '2026-12-01');
    await entry('8000101', 'GESTART', '2026-12-06');
    // 8000102: restarted and stopped again: stays stopped.
    await episode('8000102', '2026-11-10', '2026-11-20');
    await entry('8000102', 'GESTART', '2026-10-20');
    await entry('8000102', 'GESTOPT', '2026-11-01');
    await entry('8000102', 'GESTART', '2026-11-10');
    await entry('8000102', 'GESTOPT', '2026-11-20');
    // 8000103: its first start was withdrawn and sent again: one start, no restart.
    await episode('8000103', '2026-10-21', null);
    await entry('8000103', 'GESTART', '2026-10-20', true);
    await entry('8000103', 'GESTART', '2026-10-21');

    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const { rows } = await db.query(
      `select key, ingangsdatum::text, gestart_op::text, restarted_on::text, gestopt_op::text
       from episodes order by key`,
    );
    expect(rows).toEqual([
      {
        key: '8000101',
        ingangsdatum: '2026-10-12',
        gestart_op: '2026-10-12',
        restarted_on: '2026-12-06',
        gestopt_op: null,
      },
      {
        key: '8000102',
        ingangsdatum: null,
        gestart_op: '2026-10-20',
        restarted_on: '2026-11-10',
        gestopt_op: '2026-11-20',
      },
      { key: '8000103', ingangsdatum: null, gestart_op: '2026-10-21', restarted_on: null, gestopt_op: null },
    ]);
  });
});
