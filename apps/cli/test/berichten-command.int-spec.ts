import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@regie/config';
import { EventStoreModule } from '@regie/event-store';
import { HouseholdCommandExecutor, HouseholdModule, householdDecide, ProviderDirectory } from '@regie/household';
import { openIsolatedPostgres, TEST_DATABASE_URL } from '../../../libs/sql/test/postgres-test-database';
import { DOMAIN_MODULES } from '@regie/domains';
import { run } from '../src/main';

// `regie berichten import` through the CLI's command function, on a fresh PostgreSQL schema.

const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'berichten', 'test', 'fixtures');

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

describe('regie berichten import', () => {
  let isolated: Awaited<ReturnType<typeof openIsolatedPostgres>>;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  const householdId = randomUUID();

  beforeAll(async () => {
    isolated = await openIsolatedPostgres('cli_berichten');
    env = {
      EVENT_STORE: 'postgres',
      DATABASE_URL: `${TEST_DATABASE_URL}?options=-c%20search_path%3D${isolated.schema}`,
    };
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
            name: 'Familie Jansen',
            members: [
              {
                memberId: randomUUID(),
                bsn: '999990019',
                name: 'Sem Jansen',
                birthDate: '2014-05-12',
                relation: 'KIND',
              },
            ],
          },
          context,
        ),
    });
    await moduleRef.close();
    // An export directory, as a backoffice writes it: names that do not tell the order.
    dir = mkdtempSync(join(tmpdir(), 'regie-berichten-'));
    const names = [
      'jw307-stop-zorg.xml',
      'jw305-start-zorg.xml',
      'jw301-toewijzing.xml',
      'jw315-verzoek-om-toewijzing.xml',
    ];
    names.forEach((name, index) => copyFileSync(join(FIXTURES, name), join(dir, `export-${index}.xml`)));
  }, 60_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await isolated?.drop();
  });

  it('reads a directory in message order, reports each file, a summary and the rejections; exit code 1', async () => {
    const { code, stdout, stderr } = await cli(['berichten', 'import', '--gemeente', '0599', dir], env);
    expect(stderr).toMatch(/\[1\/4\] export-3\.xml JW315 VOT20260042: accepted \(1 event\)/);
    expect(stderr).toMatch(/\[2\/4\] export-2\.xml JW301 TW20260309A: accepted \(2 events\)/);
    expect(stderr).toMatch(/\[3\/4\] export-1\.xml JW305 SZ20260320: accepted \(1 event\)/);
    // The stop names the Begindatum of the corrected start, which this directory lacks.
    expect(stderr).toMatch(/\[4\/4\] export-0\.xml JW307 ST20260916: rejected/);
    expect(stdout).toMatch(/^4 messages: 3 accepted, 0 already received, 0 waiting for a household, 1 rejected\n/);
    expect(stdout).toMatch(
      /Rejected:\n .*export-0\.xml\n +Client\/StopProducten\/StopProduct\[1\]\/Begindatum: .*\[START_NOT_FOUND\]/,
    );
    expect(code).toBe(1);
  }, 60_000);

  it('takes the correction and then the stop; what was read before is "already received"; exit code 0', async () => {
    copyFileSync(join(FIXTURES, 'jw305-correctie.xml'), join(dir, 'export-4.xml'));
    const { code, stdout } = await cli(['berichten', 'import', '--gemeente', '0599', dir], env);
    expect(stdout).toBe('5 messages: 2 accepted, 3 already received, 0 waiting for a household, 0 rejected\n');
    expect(code).toBe(0);
    const again = await cli(['berichten', 'import', '--gemeente', '0599', dir], env);
    expect(again.stdout).toBe('5 messages: 0 accepted, 5 already received, 0 waiting for a household, 0 rejected\n');
  }, 60_000);

  it('refuses to run without a gemeente, and explains itself with --help', async () => {
    expect((await cli(['berichten', 'import', dir], env)).code).toBe(1);
    const help = await cli(['berichten', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: regie berichten import --gemeente <cbs> <file\|dir>/);
  });
});
