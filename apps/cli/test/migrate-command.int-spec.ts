import { auditMigrations } from '@regie/audit';
import { berichtenMigrations } from '@regie/berichten-import';
import { eventStoreMigrations } from '@regie/event-store';
import { privacyMigrations } from '@regie/privacy';
import { searchMigrations } from '@regie/search';
import { signInMigrations } from '@regie/sign-in';
import { timelineMigrations } from '@regie/timeline';
import { run } from '../src/main';
import { useCliSchema } from './cli-schema';

describe('regie migrate --status, --dry-run and what migrate prints (PostgreSQL)', () => {
  const { schema, env, client, written } = useCliSchema('mig');

  const tables = async () =>
    (await client.query('select table_name from information_schema.tables where table_schema = $1', [schema])).rows;
  const lines = () => written.stdout.join('').trimEnd().split('\n');

  it('on an empty database --status lists every migration as pending and writes nothing', async () => {
    expect(await run(['migrate', '--status'], env)).toBe(0);
    const output = lines();
    expect(output[0]).toMatch(/^Migrations in the PostgreSQL 127\.0\.0\.1:5432\/test:$/);
    // Every schema the api migrates at start-up: an operator who migrates first leaves the api nothing to create.
    for (const component of ['event-store', 'privacy', 'timeline', 'audit', 'search', 'berichten', 'sign-in']) {
      expect(output).toContainEqual(expect.stringMatching(new RegExp(`^${component}: 0 applied, [1-9]\\d* pending$`)));
    }
    const all = [
      eventStoreMigrations,
      privacyMigrations,
      timelineMigrations,
      auditMigrations,
      searchMigrations,
      berichtenMigrations,
      signInMigrations,
    ].flat();
    expect(output.filter((line) => line.startsWith('  pending'))).toHaveLength(all.length);
    expect(output.some((line) => line.startsWith('  applied'))).toBe(false);
    expect(await tables()).toEqual([]);
  });

  it('--dry-run lists what migrate would apply, in order, and writes nothing', async () => {
    expect(await run(['migrate', '--dry-run'], env)).toBe(0);
    const [head, ...rest] = lines();
    expect(head).toMatch(/^migrate would apply (\d+) migration\(s\) to the PostgreSQL/);
    expect(rest.length).toBe(Number(/apply (\d+)/.exec(head!)![1]));
    expect(rest[0]).toMatch(/^ {2}event-store 1 \S/);
    expect(await tables()).toEqual([]);
  });

  it('migrate prints each migration it applied, the same list the dry run announced', async () => {
    await run(['migrate', '--dry-run'], env);
    const announced = lines().slice(1);
    written.stdout = [];
    expect(await run(['migrate'], env)).toBe(0);
    const [head, ...applied] = lines();
    expect(head).toBe(`Applied ${announced.length} migration(s) to the PostgreSQL 127.0.0.1:5432/test:`);
    expect(applied).toEqual(announced);
    const recorded = await client.query(`select count(*)::int as n from ${schema}.regie_migrations`);
    expect(recorded.rows[0].n).toBe(announced.length);
  });

  it('afterwards there is nothing to apply and --status lists every migration as applied', async () => {
    expect(await run(['migrate'], env)).toBe(0);
    expect(lines()).toEqual(['Nothing to apply: every schema in the PostgreSQL 127.0.0.1:5432/test is up to date.']);
    written.stdout = [];
    expect(await run(['migrate', '--status'], env)).toBe(0);
    expect(lines().some((line) => line.startsWith('  pending'))).toBe(false);
    expect(lines()).toContainEqual(expect.stringMatching(/^ {2}applied {4}1 {2}\S.* \(\d{4}-\d\d-\d\dT.*Z\)$/));
  });
});
