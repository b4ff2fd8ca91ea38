import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { DOMAIN_MODULES } from '@regie/domains';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdCommandExecutor, HouseholdModule, householdDecide, ProviderDirectory } from '@regie/household';
import { bsnBlindIndex, keyFingerprint } from '@regie/search';
import { run } from '../src/main';
import { useCliSchema } from './cli-schema';

// A `regie` command run with another SEARCH_INDEX_KEY than the api's, on a database whose index the api's key built.
// The refusals run the built program (as an operator does: one line, exit code 1); the rest runs `run` in-process.

const root = join(__dirname, '../../..');
const API_KEY = `the-api-search-index-key-${'a'.repeat(32)}`;
const OTHER_KEY = `an-operator-shell-search-key-${'o'.repeat(32)}`;
const BSN = '999990019';
const VERZOEK = join(
  __dirname,
  '..',
  '..',
  '..',
  'libs',
  'berichten',
  'test',
  'fixtures',
  'jw315-verzoek-om-toewijzing.xml',
);
const REFUSED =
  "regie: SEARCH_INDEX_KEY does not match the key the search index was built with; use the api's key " +
  '(to change the key on purpose: regie search-index rebuild --new-key)\n';

function builtCli(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
    cwd: root,
    env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('regie and the search index key', () => {
  const { schema, env, client, written } = useCliSchema('cli_search_key');
  const withKey = (key: string | undefined): NodeJS.ProcessEnv => ({ ...env, SEARCH_INDEX_KEY: key });
  const householdId = randomUUID();

  /** What a process with the wrong key must never change. */
  const indexNow = async () => ({
    state: (await client.query(`select key_fingerprint, position from ${schema}.household_search_state`)).rows,
    rows: (
      await client.query(
        `select household_id, member_id, bsn_index from ${schema}.household_search_index order by member_id`,
      )
    ).rows,
    addresses: (await client.query(`select * from ${schema}.household_address_index order by household_id`)).rows,
  });

  beforeAll(async () => {
    // The program under test is the prebuilt one (`npm run prepare`): bring dist/ up to date first.
    const build = spawnSync(process.execPath, ['tools/build/build.mjs', '--only', 'server', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.status).toBe(0);
    const moduleRef = await Test.createTestingModule({
      imports: [EventStoreModule.forRoot(loadConfig(env)), HouseholdModule, ...DOMAIN_MODULES],
    }).compile();
    await moduleRef.init();
    const beheerder = { userId: 'u-beheer', role: 'functioneel_beheerder' as const, gemeente: '0599' };
    await moduleRef
      .get(ProviderDirectory)
      .register({ agbCode: '75751234', name: 'Jeugdhulp Rijnmond', domains: ['JEUGD'] }, beheerder);
    await moduleRef.get(HouseholdCommandExecutor).execute({
      householdId,
      actor: beheerder,
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          {
            householdId,
            gemeente: '0599',
            name: 'Jansenhoeve',
            members: [
              { memberId: randomUUID(), bsn: BSN, name: 'Sem Jansen', birthDate: '2014-05-12', relation: 'KIND' },
            ],
            address: { postcode: '3073AB', huisnummer: 14 },
          },
          context,
        ),
    });
    await moduleRef.close();
  }, 180_000);

  it("builds the index with the api's key (as the api does when it starts on an empty index)", async () => {
    expect(await run(['search-index', 'rebuild'], withKey(API_KEY))).toBe(0);
    expect(written.stderr.join('')).toMatch(/^regie: no search index yet: building it with this SEARCH_INDEX_KEY\n/);
    const { state, rows, addresses } = await indexNow();
    expect(state).toEqual([{ key_fingerprint: keyFingerprint(API_KEY), position: expect.any(String) }]);
    expect(rows).toEqual([
      expect.objectContaining({ household_id: householdId, bsn_index: bsnBlindIndex(API_KEY, BSN) }),
    ]);
    expect(addresses).toHaveLength(1);
  }, 60_000);

  it.each([
    ['another key', OTHER_KEY],
    ['no key (the development key)', undefined],
  ])(
    'refuses berichten import with %s: one line, exit 1, the index untouched',
    async (_label, key) => {
      const before = await indexNow();
      expect(builtCli(['berichten', 'import', '--gemeente', '0599', VERZOEK], withKey(key))).toEqual({
        status: 1,
        stdout: '',
        stderr: REFUSED,
      });
      expect(await indexNow()).toEqual(before);
    },
    60_000,
  );

  it('refuses search-index rebuild with another key unless --new-key says so', async () => {
    const before = await indexNow();
    expect(await run(['search-index', 'rebuild'], withKey(OTHER_KEY))).toBe(1);
    expect(written.stderr.join('')).toBe(
      'regie: SEARCH_INDEX_KEY does not match the key the search index was built with; ' +
        "use the api's key, or add --new-key to empty the index and build it anew with this key\n",
    );
    expect(await indexNow()).toEqual(before);
  }, 60_000);

  it('search-index rebuild --new-key builds it anew with the new key; the old key is refused from then on', async () => {
    expect(await run(['search-index', 'rebuild', '--new-key'], withKey(OTHER_KEY))).toBe(0);
    const stderr = written.stderr.join('');
    expect(stderr).toMatch(/^regie: emptied the search index, which was built with another key/);
    expect(stderr).toMatch(/regie: the search index is built with this SEARCH_INDEX_KEY up to position \d+/);
    const { state, rows, addresses } = await indexNow();
    expect(state).toEqual([{ key_fingerprint: keyFingerprint(OTHER_KEY), position: expect.any(String) }]);
    expect(rows).toEqual([
      expect.objectContaining({ household_id: householdId, bsn_index: bsnBlindIndex(OTHER_KEY, BSN) }),
    ]);
    expect(addresses).toHaveLength(1);

    expect(builtCli(['berichten', 'import', '--gemeente', '0599', VERZOEK], withKey(API_KEY))).toEqual({
      status: 1,
      stdout: '',
      stderr: REFUSED,
    });
  }, 60_000);

  it('with the new key the import finds the household by BSN through the rebuilt index', async () => {
    const code = await run(['berichten', 'import', '--gemeente', '0599', VERZOEK], withKey(OTHER_KEY));
    expect(written.stderr.join('')).toMatch(/JW315 VOT20260042: accepted/);
    expect(code).toBe(0);
  }, 60_000);

  it('search-index rebuild with the key the index has only adds what is missing', async () => {
    const before = await indexNow();
    expect(await run(['search-index', 'rebuild'], withKey(OTHER_KEY))).toBe(0);
    expect(written.stderr.join('')).toMatch(/^regie: the search index has this SEARCH_INDEX_KEY: indexing what it/);
    expect((await indexNow()).rows).toEqual(before.rows);
  }, 60_000);

  it('explains itself and refuses anything but rebuild', async () => {
    expect(await run(['search-index', '--help'], env)).toBe(0);
    expect(written.stdout.join('')).toMatch(/^Usage: regie search-index rebuild \[--new-key\]/);
    expect(await run(['search-index', 'drop'], env)).toBe(1);
    expect(written.stderr.join('')).toMatch(/^regie: search-index failed: search-index takes one command, rebuild/);
  });
});
