import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { bsnBlindIndex, keyFingerprint, rebuildSearchIndex, SearchIndexer } from '@regie/search';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE } from '@regie/timeline';
import request from 'supertest';
import { freePort } from './free-port';
import { createSchema } from './processes';
import { startTestApp, type TestApp } from './test-app';

// An api whose SEARCH_INDEX_KEY is no longer the index's, because the index was rebuilt on purpose with a new key
// (what `regie search-index rebuild --new-key` does): it must neither write nor trust the index, and say so.

const root = join(__dirname, '../../..');
const OLD_KEY = `the-old-search-index-key-${'a'.repeat(32)}`;
const NEW_KEY = `the-new-search-index-key-${'n'.repeat(32)}`;
const REGISTER = `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`;
const SEARCH = `query($input: HouseholdSearchInput!) { searchHouseholds(input: $input) { households { name } } }`;

async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within a minute: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('an api after the search index was rebuilt with another key', () => {
  let schema: Awaited<ReturnType<typeof createSchema>>;
  let api: TestApp;
  const register = (name: string, bsn: string) =>
    api.graphql(REGISTER, {
      input: { gemeente: '0363', name, members: [{ bsn, name, birthDate: '1980-01-01', relation: 'OUDER_VERZORGER' }] },
    });
  const indexedBsns = async () =>
    (await schema.client.query<{ bsn_index: string }>('select bsn_index from household_search_index')).rows.map(
      (row) => row.bsn_index,
    );

  beforeAll(async () => {
    schema = await createSchema();
    api = await startTestApp('postgres', { DATABASE_URL: schema.url, SEARCH_INDEX_KEY: OLD_KEY });
    expect((await register('Familie Eerst', '111222333')).errors).toBeUndefined();
    const found = await api.graphql<{ searchHouseholds: { households: unknown[] } }>(SEARCH, {
      input: { bsn: '111222333' },
    });
    expect(found.data!.searchHouseholds.households).toHaveLength(1);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await schema?.drop();
  });

  it('stops writing at its next write, reports not ready, and refuses searches and BSN checks', async () => {
    const rebuilt = await rebuildSearchIndex(
      api.app.get<EventStore>(EVENT_STORE),
      api.app.get<SqlDatabase>(READ_MODEL_DATABASE),
      NEW_KEY,
      { newKey: true, onProgress: () => undefined },
    );
    expect(rebuilt.before).toBe('changed');
    expect(await indexedBsns()).toEqual([bsnBlindIndex(NEW_KEY, '111222333')]);

    // The api has not looked yet: this registration is taken, but its index rows are not written with the old key.
    expect((await register('Familie Daarna', '123456782')).errors).toBeUndefined();
    const indexer = api.app.get(SearchIndexer);
    await eventually('the indexer refuses the key at its write', () =>
      indexer.state === 'key-mismatch' ? true : undefined,
    );
    expect(await indexedBsns()).toEqual([bsnBlindIndex(NEW_KEY, '111222333')]);
    const { rows } = await schema.client.query('select key_fingerprint from household_search_state');
    expect(rows).toEqual([{ key_fingerprint: keyFingerprint(NEW_KEY) }]);

    const ready = await request(api.app.getHttpServer()).get('/health/ready').expect(503);
    expect(ready.body.details.searchIndex).toMatchObject({ status: 'down', state: 'key-mismatch' });
    const metrics = (await request(api.app.getHttpServer()).get('/metrics')).text;
    expect(metrics).toMatch(/^regie_search_indexer_running 0$/m);
    expect(metrics).toMatch(/^regie_search_indexer_stops_total 1$/m);

    const search = await api.graphql(SEARCH, { input: { bsn: '111222333' } });
    expect(search.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    // The same person again (same birth date) would be taken on a healthy api; here the BSN check cannot be trusted.
    const store = api.app.get<EventStore>(EVENT_STORE);
    const head = await store.headPosition();
    const refused = await register('Familie Te Laat', '111222333');
    expect(refused.errors?.[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await store.headPosition()).toBe(head);
    expect(await indexedBsns()).toEqual([bsnBlindIndex(NEW_KEY, '111222333')]);
  }, 60_000);

  it('a new api process with the old key does not start: one line, exit code 1', async () => {
    const port = await freePort();
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        EVENT_STORE: 'postgres',
        DATABASE_URL: schema.url,
        SEARCH_INDEX_KEY: OLD_KEY,
        SEED_DEMO: 'false',
        PORT: String(port),
      },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(result.stderr).toBe(
      "regie: SEARCH_INDEX_KEY does not match the key the search index was built with; use the api's key " +
        '(to change the key on purpose: regie search-index rebuild --new-key)\n',
    );
    expect(result.status).toBe(1);
  }, 120_000);
});
