import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdCommandExecutor, HouseholdModule, householdDecide } from '@regie/household';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../../libs/sql/test/postgres-test-database';
import { hostname, userInfo } from 'node:os';
import { signDevelopmentToken } from '@regie/access';
import { DOMAIN_MODULES } from '@regie/domains';
import { recordBijstandBesluit } from '../../../libs/werk-inkomen/src/werk-inkomen.decide';
import { retentionCommand, type Terminal } from '../src/erasure-commands';
import { run } from '../src/main';

const OS_ACCOUNT = `cli:${userInfo().username}@${hostname()}`;
const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'berichten', 'test', 'fixtures');

// `regie forget-person` and `regie retention` through the CLI's command function, on a fresh PostgreSQL schema.

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await run(args, env), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('regie forget-person and regie retention', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let env: NodeJS.ProcessEnv;
  const householdId = randomUUID();
  const child = { memberId: randomUUID(), bsn: '274910962', name: 'Pim Cli-Testkind', birthDate: '2014-02-03' };

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('cli_erasure');
    env = {
      EVENT_STORE: 'postgres',
      DATABASE_URL: `${TEST_DATABASE_URL}?options=-c%20search_path%3D${isolated.schema}`,
    };
    const moduleRef = await Test.createTestingModule({
      imports: [EventStoreModule.forRoot(loadConfig(env)), HouseholdModule, ...DOMAIN_MODULES],
    }).compile();
    await moduleRef.init();
    await moduleRef.get(HouseholdCommandExecutor).execute({
      householdId,
      actor: { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' },
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          { householdId, gemeente: '0363', name: 'Familie Cli', members: [{ ...child, relation: 'KIND' }] },
          context,
        ),
    });
    await moduleRef.close();
  });
  afterAll(async () => {
    await isolated?.db.close();
    await isolated?.drop();
  });

  const logLines = async () =>
    (
      await isolated.db.query<{
        user_id: string;
        user_name: string | null;
        on_behalf_of: string | null;
        operation: string;
        action: string;
        household_id: string | null;
        person_ids: string[];
      }>(
        'select user_id, user_name, on_behalf_of, operation, action, household_id, person_ids from processing_log order by id',
      )
    ).rows;

  it('refuses --by for forget-person (nobody checks it) and a token of another role', async () => {
    const by = await cli(
      ['forget-person', '--household', householdId, '--member', child.memberId, '--reason', 'x', '--by', 'u-fb'],
      env,
    );
    expect(by).toMatchObject({ code: 1, stderr: expect.stringMatching(/--by is no longer accepted/) });
    const regisseur = await signDevelopmentToken({ sub: 'u-r', role: 'regisseur', gemeente: '0363' });
    const wrongRole = await cli(
      ['forget-person', '--household', householdId, '--member', child.memberId, '--reason', 'x', '--token', regisseur],
      env,
    );
    expect(wrongRole).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/needs a token with role functioneel_beheerder/),
    });
    const forged = await cli(
      ['forget-person', '--household', householdId, '--member', child.memberId, '--reason', 'x', '--token', 'garbage'],
      env,
    );
    expect(forged).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^regie: forget-person failed: the token .* is not valid here[^\n]*\n$/),
    });
  });

  it('forgets a person: their key is gone and their name no longer in the events; an ERASE line names the user', async () => {
    const before = await isolated.db.query<{ n: number }>('select count(*)::int as n from personal_data_keys');
    expect(before.rows[0]!.n).toBe(2); // the household's and the child's
    const token = await signDevelopmentToken({
      sub: 'u-fb',
      name: 'Fenna Beheer',
      role: 'functioneel_beheerder',
      gemeente: '0363',
    });
    const result = await cli(
      [
        'forget-person',
        '--household',
        householdId,
        '--member',
        child.memberId,
        '--reason',
        'verzoek',
        '--token',
        token,
      ],
      env,
    );
    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^regie: erased member ${child.memberId} of household ${householdId}`));

    const { rows } = await isolated.db.query<{ subject: string }>('select subject from personal_data_keys');
    expect(rows.map((row) => row.subject)).toEqual([`household:${householdId}`]);
    const events = await isolated.db.query<{ data: string; metadata: string }>(
      'select data::text as data, metadata::text as metadata from events',
    );
    expect(events.rows.map((row) => row.data).join()).not.toMatch(/Pim|274910962|2014-02-03/);
    expect(events.rows.at(-1)!.metadata).toContain('"userId": "u-fb"');
    expect(await logLines()).toContainEqual(
      expect.objectContaining({
        user_id: 'u-fb',
        user_name: 'Fenna Beheer',
        operation: 'ERASE',
        action: 'household.PersonErased',
        household_id: householdId,
        person_ids: [child.memberId],
      }),
    );
  });

  it('fails with one line for an unknown member or missing arguments', async () => {
    const unknown = await cli(
      ['forget-person', '--household', householdId, '--member', randomUUID(), '--reason', 'x'],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^regie: forget-person failed: Persoon .* hoort niet bij dit huishouden\n$/);
    const missing = await cli(['forget-person', '--household', householdId], env);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/--member is required/);
  });

  /** A household whose only domain is a bijstand afwijzing of `datum` (Werk & Inkomen keeps it 10 years). */
  async function householdWithAfwijzing(datum: string): Promise<string> {
    const id = randomUUID();
    const parent = { memberId: randomUUID(), bsn: '111222333', name: 'Olga Oud', birthDate: '1970-01-01' };
    const moduleRef = await Test.createTestingModule({
      imports: [EventStoreModule.forRoot(loadConfig(env)), HouseholdModule, ...DOMAIN_MODULES],
    }).compile();
    await moduleRef.init();
    const executor = moduleRef.get(HouseholdCommandExecutor);
    const beheerder = { userId: 'u-beheer', role: 'functioneel_beheerder' as const, gemeente: '0363' };
    const wi = { userId: 'u-wi', role: 'domeinmedewerker' as const, domain: 'WERK_EN_INKOMEN', gemeente: '0363' };
    await executor.execute({
      householdId: id,
      actor: beheerder,
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          {
            householdId: id,
            gemeente: '0363',
            name: 'Familie Oud',
            members: [{ ...parent, relation: 'OUDER_VERZORGER' }],
          },
          context,
        ),
    });
    const bijstandId = randomUUID();
    const besluit = { memberId: parent.memberId, bijstandsvorm: 'ALGEMENE_BIJSTAND', newBijstandId: bijstandId };
    const aanvraag = `${Number(datum.slice(0, 4)) - 1}${datum.slice(4)}`;
    await executor.execute({
      householdId: id,
      actor: wi,
      decide: (context) => recordBijstandBesluit({ ...besluit, besluit: 'AANGEVRAAGD', datum: aanvraag }, context),
    });
    await executor.execute({
      householdId: id,
      actor: wi,
      decide: (context) =>
        recordBijstandBesluit(
          { ...besluit, besluit: 'AFGEWEZEN', bijstandId, datum, reden: 'te veel vermogen' },
          context,
        ),
    });
    await moduleRef.close();
    return id;
  }

  /** Every personal-data key in the store: an erasure destroys some. */
  const keysOf = async (_household: string) =>
    (await isolated.db.query<{ n: number }>('select count(*)::int as n from personal_data_keys')).rows[0]!.n;

  /** `regie retention` with a terminal of our own: a TTY that answers `answer`, or no TTY. */
  async function retentionOn(args: string[], answer: string | undefined) {
    const input = new PassThrough() as PassThrough & { isTTY?: boolean };
    if (answer !== undefined) {
      input.isTTY = true;
      input.end(`${answer}\n`);
    }
    const output = new PassThrough();
    let asked = '';
    output.on('data', (chunk) => (asked += String(chunk)));
    const terminal: Terminal = { input, output };
    let stderr = '';
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      return { code: await retentionCommand(args, env, terminal), stderr, asked };
    } finally {
      err.mockRestore();
      out.mockRestore();
    }
  }

  it('never erases before the term: --today is refused with --erase, and the data stays', async () => {
    const recent = await householdWithAfwijzing('2025-03-03'); // term ends 2035
    const keys = await keysOf(recent);
    const early = await cli(['retention', '--erase', '--yes', '--today', '2099-01-01', '--household', recent], env);
    expect(early).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/--today is for listing only.*nothing erased/),
    });
    const now = await cli(['retention', '--erase', '--yes', '--household', recent], env);
    expect(now).toMatchObject({ code: 0, stderr: expect.stringContaining('nothing is past its term') });
    expect(await keysOf(recent)).toBe(keys);
    // Listing as of a later day is a dry run and still allowed.
    const listed = await cli(['retention', '--today', '2099-01-01', '--household', recent], env);
    expect(listed.stdout).toContain('PAST TERM');
    expect(await keysOf(recent)).toBe(keys);
  });

  it('asks for confirmation on a terminal, refuses without one unless --yes', async () => {
    const old = await householdWithAfwijzing('2012-05-01');
    const keys = await keysOf(old);
    const noTerminal = await retentionOn(['--erase', '--household', old], undefined);
    expect(noTerminal).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/without one add --yes \(nothing erased\)/),
    });
    const declined = await retentionOn(['--erase', '--household', old], 'ja');
    expect(declined.asked).toContain('This cannot be undone. Type "wissen" to go on');
    expect(declined).toMatchObject({ code: 1, stderr: expect.stringContaining('not confirmed: nothing erased') });
    expect(await keysOf(old)).toBe(keys);
    const confirmedRun = await retentionOn(['--erase', '--household', old], 'wissen');
    expect(confirmedRun).toMatchObject({
      code: 0,
      stderr: expect.stringContaining(`erased WERK_EN_INKOMEN of household ${old}`),
    });
    expect(await keysOf(old)).toBeLessThan(keys);
  });

  it('erases what is past its term and records it as the operating-system account (ERASE)', async () => {
    const oldHousehold = randomUUID();
    const parent = { memberId: randomUUID(), bsn: '111222333', name: 'Olga Oud', birthDate: '1970-01-01' };
    const moduleRef = await Test.createTestingModule({
      imports: [EventStoreModule.forRoot(loadConfig(env)), HouseholdModule, ...DOMAIN_MODULES],
    }).compile();
    await moduleRef.init();
    const executor = moduleRef.get(HouseholdCommandExecutor);
    const beheerder = { userId: 'u-beheer', role: 'functioneel_beheerder' as const, gemeente: '0363' };
    const wi = { userId: 'u-wi', role: 'domeinmedewerker' as const, domain: 'WERK_EN_INKOMEN', gemeente: '0363' };
    await executor.execute({
      householdId: oldHousehold,
      actor: beheerder,
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          {
            householdId: oldHousehold,
            gemeente: '0363',
            name: 'Familie Oud',
            members: [{ ...parent, relation: 'OUDER_VERZORGER' }],
          },
          context,
        ),
    });
    const bijstandId = randomUUID();
    const besluit = { memberId: parent.memberId, bijstandsvorm: 'ALGEMENE_BIJSTAND', newBijstandId: bijstandId };
    await executor.execute({
      householdId: oldHousehold,
      actor: wi,
      decide: (context) => recordBijstandBesluit({ ...besluit, besluit: 'AANGEVRAAGD', datum: '2010-01-04' }, context),
    });
    await executor.execute({
      householdId: oldHousehold,
      actor: wi,
      decide: (context) =>
        recordBijstandBesluit(
          { ...besluit, besluit: 'AFGEWEZEN', bijstandId, datum: '2010-02-01', reden: 'te veel vermogen' },
          context,
        ),
    });
    await moduleRef.close();

    const erased = await cli(['retention', '--erase', '--yes', '--household', oldHousehold], env);
    expect(erased).toMatchObject({ code: 0 });
    expect(erased.stderr).toContain(`erased WERK_EN_INKOMEN of household ${oldHousehold}`);
    expect(await logLines()).toContainEqual(
      expect.objectContaining({
        user_id: OS_ACCOUNT,
        operation: 'ERASE',
        action: 'household.RetentionExpired',
        household_id: oldHousehold,
      }),
    );
  });

  it('logs an export as the verified auditor, or as the OS account on behalf of --by', async () => {
    const EXPORT = [
      'audit-export',
      '--gemeente',
      '0363',
      '--from',
      '2020-01-01',
      '--to',
      '2100-01-01',
      '--out',
      '/dev/null',
    ];
    expect((await cli([...EXPORT, '--by', 'u-audit-vraagt'], env)).code).toBe(0);
    expect((await logLines()).at(-1)).toMatchObject({
      user_id: OS_ACCOUNT,
      on_behalf_of: 'u-audit-vraagt',
      operation: 'EXPORT',
    });
    const auditor = await signDevelopmentToken({
      sub: 'u-audit',
      name: 'Ada Audit',
      role: 'auditor',
      gemeente: '0363',
    });
    expect((await cli([...EXPORT, '--token', auditor], env)).code).toBe(0);
    expect((await logLines()).at(-1)).toMatchObject({
      user_id: 'u-audit',
      user_name: 'Ada Audit',
      on_behalf_of: null,
      operation: 'EXPORT',
    });
    const elsewhere = await signDevelopmentToken({ sub: 'u-audit', role: 'auditor', gemeente: '0599' });
    expect((await cli([...EXPORT, '--token', elsewhere], env)).stderr).toMatch(/auditor is of gemeente 0599, not 0363/);
    const beheer = await signDevelopmentToken({ sub: 'u-b', role: 'functioneel_beheerder', gemeente: '0363' });
    expect((await cli([...EXPORT, '--token', beheer], env)).stderr).toMatch(/needs a token with role auditor/);
  });

  it('lists retention (nothing past its term here) and refuses a bad date', async () => {
    const retentionLines = async () =>
      (await logLines()).filter((line) => line.action === 'household.retention' && line.household_id === householdId);
    const before = (await retentionLines()).length;
    const listed = await cli(['retention', '--today', '2090-01-01', '--household', householdId], env);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('regie: 0 of 1 households have data past its term\n');
    // Which household had care of which domain until when is personal data: the list is logged, per household.
    const after = await retentionLines();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ operation: 'READ', user_id: expect.stringMatching(/^cli:/) });
    const bad = await cli(['retention', '--today', '01-01-2090'], env);
    expect(bad).toMatchObject({ code: 1, stderr: 'regie: retention failed: --today must be YYYY-MM-DD\n' });
    expect((await cli(['retention', '--help'], env)).stdout).toMatch(/^Usage: regie retention/);
    // A mistyped household is an error, not "0 of 0 households".
    const typo = await cli(['retention', '--household', 'f0000000-0000-4000-8000-00000000abcd'], env);
    expect(typo).toMatchObject({
      code: 1,
      stderr: 'regie: retention failed: no household f0000000-0000-4000-8000-00000000abcd (nothing listed)\n',
    });
  });
});

describe('regie forget-person and the berichten queue', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let env: NodeJS.ProcessEnv;
  const householdId = randomUUID();
  const wim = { memberId: randomUUID(), bsn: '999990044', name: 'Wim Cli-Jansen', birthDate: '1948-07-01' };

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('cli_forget_queue');
    env = {
      EVENT_STORE: 'postgres',
      DATABASE_URL: `${TEST_DATABASE_URL}?options=-c%20search_path%3D${isolated.schema}`,
    };
  });
  afterAll(async () => {
    await isolated?.db.close();
    await isolated?.drop();
  });

  it('shreds the messages waiting for the forgotten person’s BSN (AVG art. 17), as the mutation does', async () => {
    // A WMO305 for a BSN no household has yet: it waits in the gemeente's queue.
    const xml = readFileSync(join(FIXTURES, 'wmo305-onbekend-bsn.xml'), 'utf8').replace(
      '<wmo305:Ontvanger>0599</wmo305:Ontvanger>',
      '<wmo305:Ontvanger>0363</wmo305:Ontvanger>',
    );
    const dir = mkdtempSync(join(tmpdir(), 'regie-cli-forget-'));
    writeFileSync(join(dir, 'wmo305.xml'), xml);
    expect((await cli(['berichten', 'import', '--gemeente', '0363', dir], env)).stderr).toMatch(/: waiting/);
    const waiting = await isolated.db.query<{ id: string }>(
      "select id::text as id from berichten_ontvangen where status = 'WAITING'",
    );
    expect(waiting.rows).toHaveLength(1);

    // Then the person becomes a member of a household, leaves it, and is forgotten through the CLI.
    const moduleRef = await Test.createTestingModule({
      imports: [EventStoreModule.forRoot(loadConfig(env)), HouseholdModule, ...DOMAIN_MODULES],
    }).compile();
    await moduleRef.init();
    await moduleRef.get(HouseholdCommandExecutor).execute({
      householdId,
      actor: { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' },
      scope: 'creates-household',
      decide: (context) =>
        householdDecide.registerHousehold(
          { householdId, gemeente: '0363', name: 'Familie Jansen', members: [{ ...wim, relation: 'OVERIG' }] },
          context,
        ),
    });
    // He moved out before he asked to be forgotten: a former member's BSN is found in the stream all the same.
    await moduleRef.get(HouseholdCommandExecutor).execute({
      householdId,
      actor: { userId: 'u-beheer', role: 'functioneel_beheerder', gemeente: '0363' },
      decide: (context) => householdDecide.removeMember({ memberId: wim.memberId, reason: 'verhuisd' }, context),
    });
    await moduleRef.close();
    const token = await signDevelopmentToken({ sub: 'u-fb', role: 'functioneel_beheerder', gemeente: '0363' });
    const args = ['forget-person', '--household', householdId, '--member', wim.memberId, '--reason', 'AVG art. 17'];
    expect(await cli([...args, '--token', token], env)).toMatchObject({ code: 0 });

    const shredded = await isolated.db.query(
      'select status, xml_sealed, bsn_indexes from berichten_ontvangen where id = $1::uuid',
      [waiting.rows[0]!.id],
    );
    expect(shredded.rows).toEqual([{ status: 'DISCARDED', xml_sealed: null, bsn_indexes: [] }]);
    const { rows } = await isolated.db.query<{ action: string }>('select action from processing_log order by id');
    expect(rows.map((row) => row.action)).toContain('berichten.wachtrij.vernietigd');
  });
});
