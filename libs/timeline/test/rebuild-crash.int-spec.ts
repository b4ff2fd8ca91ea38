import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate, type SqlDatabase } from '@regie/sql';
import { HouseholdEventType as T } from '@regie/household';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../sql/test/postgres-test-database';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { READ_MODEL_TABLES, timelineMigrations, TIMELINE_COMPONENT } from '../src/migrations';
import { TimelineProjector } from '../src/projection/timeline-projector';
import {
  buildDeferredIndexes,
  prepareRebuildSchema,
  readModelSchemas,
  switchReadModel,
} from '../src/projection/blue-green';
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

  it('a live batch that waits on the switch finds the new checkpoint table and skips what the rebuild covered', async () => {
    const store = await SqlEventStore.create(db);
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const h = new Household(store);
    await h.recordAll([
      {
        type: T.registered,
        data: { householdId: h.id, gemeente: '0363', name: 'De Vries', members: [] },
      },
      ...Array.from({ length: 5 }, (_, goal) => ({
        type: T.planGoalSet,
        data: { goalId: `g${goal}`, version: 1, title: `Doel ${goal}`, domains: ['JEUGD'], memberIds: [] },
      })),
    ]);
    const all = await store.readAll();
    const live = new TimelineProjector(store, db, fakeRegistry());
    await live.projectBatch(all.slice(0, -1));
    const schemas = await readModelSchemas(db);
    await prepareRebuildSchema(db, schemas);
    await new TimelineProjector(store, db, fakeRegistry(), { rebuildInto: schemas }).projectBatch(all);
    await buildDeferredIndexes(db, schemas);

    // A reader holds the checkpoint table: the switch queues for it, and the live batch queues behind the switch.
    const blocker = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table projector_checkpoints in access share mode');
    const switching = switchReadModel(db, schemas, 'timeline', 'unused');
    await waitingOnLocks(1);
    const batch = live.projectBatch(all.slice(-1));
    await waitingOnLocks(2);
    await blocker.query('commit');
    await blocker.end();
    expect(await switching).toEqual({ switched: true });
    // Had it gone on with the old table (position one short), it would have projected the event: one entry.
    expect(await batch).toEqual([]);
    expect(await live.checkpoint()).toBe(all[all.length - 1]!.position);
    const rebuilt = await snapshot(db);
    expect(rebuilt.goals).toHaveLength(5);
    await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
    await new TimelineProjector(store, db, fakeRegistry()).projectBatch(all);
    expect(await snapshot(db)).toEqual(rebuilt);

    async function waitingOnLocks(count: number): Promise<void> {
      for (let i = 0; i < 500; i++) {
        const { rows } = await db.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()
             and query ilike '%projector_checkpoints%' and query not ilike '%pg_stat_activity%'`,
        );
        if (rows[0]!.n >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`not ${count} sessions waiting on a lock`);
    }
  });

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
