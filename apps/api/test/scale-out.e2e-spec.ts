import { READ_MODEL_TABLES } from '@regie/timeline';
import type { Client } from 'pg';
import { run } from '../../cli/src/main';
import { createSchema, eventually, startApi, type ApiProcess } from './processes';
import { beheerder } from './test-app';

/**
 * The api is stateless and runs as several processes against one PostgreSQL; exactly one of them projects (a
 * session advisory lock), another takes over when it dies, and a kill -9 in the middle of writes loses nothing
 * that was acknowledged.
 */

const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { eventIds } }`;

const register = (api: ApiProcess, index: number) =>
  api.graphql<{ registerHousehold: { eventIds: string[] } }>(
    REGISTER,
    {
      input: {
        gemeente: '0363',
        name: `Huishouden ${index}`,
        members: [{ bsn: '111222333', name: `Lid ${index}`, birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }],
      },
    },
    beheerder,
  );

async function readModel(client: Client): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of READ_MODEL_TABLES) {
    const { rows } = await client.query<{ row: string }>(`select row_to_json(t)::text as row from ${table} t`);
    snapshot[table] = rows.map((r) => r.row).sort();
  }
  return snapshot;
}

const count = async (client: Client, sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
const householdEvents = (client: Client) =>
  count(client, `select count(*) as n from events where stream_id like 'household-%'`);

/** Household events whose request left no WRITE line (lines and events share the request's correlation id). */
const eventsWithoutLine = (client: Client) =>
  count(
    client,
    `select count(*) as n from events e where e.stream_id like 'household-%' and not exists (
       select 1 from processing_log p
       where p.correlation_id = e.metadata->>'correlationId' and p.operation in ('WRITE', 'ERASE'))`,
  );

/** The read model as it is, and as `regie rebuild` makes it from the store: they must be equal. */
async function expectReadModelEqualsRebuild(client: Client, url: string): Promise<void> {
  const live = await readModel(client);
  expect(live.timeline_entries).toHaveLength(await householdEvents(client));
  const code = await run(['rebuild'], { PATH: process.env.PATH, EVENT_STORE: 'postgres', DATABASE_URL: url });
  expect(code).toBe(0);
  expect(await readModel(client)).toEqual(live);
}

describe('several api processes on one PostgreSQL', () => {
  const started: ApiProcess[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((api) => api.kill()));
  });

  it('keeps one projector active; when it is killed the other takes over and every event is projected once', async () => {
    const db = await createSchema();
    try {
      const first = await startApi(db.url);
      started.push(first);
      await eventually(async () => (await first.ready())?.projector.role === 'active');
      const second = await startApi(db.url);
      started.push(second);
      await eventually(async () => (await second.ready())?.projector.role === 'standby');

      for (let i = 0; i < 6; i++) expect((await register(i % 2 ? first : second, i)).errors).toBeUndefined();
      await eventually(async () => (await second.ready())?.projector.lag === 0);

      await first.kill('SIGKILL');
      for (let i = 6; i < 12; i++) expect((await register(second, i)).errors).toBeUndefined();
      await eventually(async () => {
        const ready = await second.ready();
        return ready?.projector.role === 'active' && ready.projector.lag === 0;
      });
      await second.kill('SIGTERM');
      expect(await householdEvents(db.client)).toBe(12);
      await expectReadModelEqualsRebuild(db.client, db.url);
    } finally {
      await db.drop();
    }
  }, 180_000);

  it('loses no acknowledged mutation when the api is killed with -9 while it takes writes, ten times', async () => {
    const db = await createSchema();
    const acknowledged: string[] = [];
    try {
      for (let round = 0; round < 10; round++) {
        const api = await startApi(db.url);
        started.push(api);
        let stop = false;
        const writers = Array.from({ length: 4 }, async (_, writer) => {
          for (let i = 0; !stop; i++) {
            const result = await register(api, round * 1000 + writer * 100 + i).catch(() => undefined);
            if (result?.data) acknowledged.push(...result.data.registerHousehold.eventIds);
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 600));
        await api.kill('SIGKILL');
        stop = true;
        await Promise.all(writers);
        started.splice(started.indexOf(api), 1);
        const { rows } = await db.client.query<{ event_id: string }>(
          'select event_id from events where event_id = any($1::uuid[])',
          [acknowledged],
        );
        expect(rows).toHaveLength(acknowledged.length);
        // Every stored write has its verwerkingenlog line, also those the kill cut off before the answer.
        expect(await eventsWithoutLine(db.client)).toBe(0);
      }
      expect(acknowledged.length).toBeGreaterThan(10);
      // A last start projects what the killed ones left; its read model equals a fresh rebuild.
      const api = await startApi(db.url);
      started.push(api);
      await eventually(async () => (await api.ready())?.projector.lag === 0);
      await api.kill('SIGTERM');
      started.pop();
      await expectReadModelEqualsRebuild(db.client, db.url);
    } finally {
      await db.drop();
    }
  }, 300_000);
});
