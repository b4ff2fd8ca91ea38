import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdCommandExecutor, HouseholdModule, householdDecide } from '@regie/household';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../../libs/sql/test/postgres-test-database';
import { DOMAIN_MODULES } from '../../api/src/domain-modules';
import { run } from '../src/main';

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

  it('forgets a person: their key is gone and their name no longer in the events', async () => {
    const before = await isolated.db.query<{ n: number }>('select count(*)::int as n from personal_data_keys');
    expect(before.rows[0]!.n).toBe(2); // the household's and the child's
    const result = await cli(
      ['forget-person', '--household', householdId, '--member', child.memberId, '--reason', 'verzoek', '--by', 'u-fb'],
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

  it('lists retention (nothing past its term here) and refuses a bad date', async () => {
    const listed = await cli(['retention', '--today', '2090-01-01'], env);
    expect(listed.code).toBe(0);
    expect(listed.stderr).toBe('regie: 0 of 1 households have data past its term\n');
    const bad = await cli(['retention', '--today', '01-01-2090'], env);
    expect(bad).toMatchObject({ code: 1, stderr: 'regie: retention failed: --today must be YYYY-MM-DD\n' });
    expect((await cli(['retention', '--help'], env)).stdout).toMatch(/^Usage: regie retention/);
  });
});
