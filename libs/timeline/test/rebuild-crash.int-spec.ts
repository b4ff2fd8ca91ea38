import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { migrate, type SqlDatabase } from '@regie/sql';
import { HouseholdEventType as T } from '@regie/household';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { READ_MODEL_TABLES, timelineMigrations, TIMELINE_COMPONENT } from '../src/migrations';
import { TimelineProjector } from '../src/projection/timeline-projector';
import { fakeRegistry, Household } from './fake-domain';

const ROOT = join(__dirname, '..', '..', '..');
const CHILD = join(__dirname, 'rebuild-child.ts');

/** Every live read-model table as its rows' text, sorted: equal means byte for byte the same contents. */
async function snapshot(db: SqlDatabase): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await db.query<{ row: string }>(`select t::text as row from ${table} t`);
    result[table] = rows.map((r) => r.row).sort();
  }
  return result;
}

/** Runs the rebuild child; `killAfterFirstProgress` sends SIGKILL as soon as it prints its first progress line. */
function runChild(schema: string, env: NodeJS.ProcessEnv, killAfterFirstProgress: boolean) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', CHILD, TEST_DATABASE_URL, schema], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterFirstProgress && output.includes('rebuild')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });
}

describe('regie rebuild killed with -9 halfway (PostgreSQL)', () => {
  let db: SqlDatabase;
  let schema: string;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ db, schema, drop } = await openIsolatedPostgres('rebuild_crash'));
  });

  afterEach(async () => {
    await db.query(`drop schema if exists ${schema}_rebuild cascade`);
    await db.close();
    await drop();
  });

  /** 40 households of 30 events, appended a household at a time, projected by a live projector. */
  async function liveReadModel(): Promise<{ store: SqlEventStore; live: Record<string, string[]> }> {
    const store = await SqlEventStore.create(db);
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    for (let i = 0; i < 40; i++) {
      const h = new Household(store);
      const goals = Array.from({ length: 29 }, (_, goal) => ({
        type: T.planGoalSet,
        data: { goalId: `g${goal}`, version: 1, title: `Doel ${goal}`, domains: ['JEUGD'], memberIds: ['m1'] },
      }));
      await h.recordAll([
        {
          type: T.registered,
          data: {
            householdId: h.id,
            gemeente: '0363',
            name: `Huishouden ${i}`,
            members: [
              { memberId: 'm1', bsn: '111222333', name: 'Sanne', birthDate: '1985-02-01', relation: 'OUDER_VERZORGER' },
            ],
          },
        },
        ...goals,
      ]);
    }
    const projector = new TimelineProjector(store, db, fakeRegistry());
    await projector.start();
    await projector.catchUp(60_000);
    await projector.stop();
    const live = await snapshot(db);
    expect(live.goals).toHaveLength(40 * 29);
    return { store, live };
  }

  it.each([
    ['one projector', '1'],
    ['two household partitions', '2'],
  ])(
    'with %s: leaves the live read model untouched, and a second run resumes and switches to equal tables',
    async (_label, workers) => {
      const { store, live } = await liveReadModel();
      // Transactions of 20 events, each 50 ms late: the first progress line (after a second) comes halfway.
      const killed = await runChild(schema, { SLOW_MS: '50', WORKERS: workers }, true);
      expect(killed.signal).toBe('SIGKILL');
      const { rows } = await db.query<{ position: string | null }>(
        `select max(position)::text as position from ${schema}_rebuild.projector_checkpoints where name like 'timeline%'`,
      );
      const cutOff = BigInt(rows[0]?.position ?? '0');
      const head = (await store.headPosition())!;
      expect(cutOff).toBeGreaterThan(0n);
      expect(cutOff).toBeLessThan(head);
      expect(await snapshot(db)).toEqual(live);

      // The rerun does not say how many workers: an interrupted partitioned load keeps its number.
      const rerun = await runChild(schema, {}, false);
      expect(rerun.code).toBe(0);
      expect(rerun.output).toContain('finished resumed=true');
      expect(await snapshot(db)).toEqual(live);
      const { rows: left } = await db.query(`select 1 from pg_namespace where nspname like $1`, [`${schema}_re%`]);
      expect(left).toEqual([]);
    },
  );
});
