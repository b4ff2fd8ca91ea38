import { Client } from 'pg';
import { auditMigrations } from '@regie/audit';
import { eventStoreMigrations } from '@regie/event-store';
import { privacyMigrations } from '@regie/privacy';
import { timelineMigrations } from '@regie/timeline';
import { run } from '../src/main';

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe('regie migrate --status, --dry-run and what migrate prints (PostgreSQL)', () => {
  const schema = `mig_${Math.random().toString(36).slice(2, 10)}`;
  const env = {
    PATH: process.env.PATH,
    EVENT_STORE: 'postgres',
    DATABASE_URL: `${DATABASE_URL}${DATABASE_URL.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}`,
  };
  let client: Client;
  let stdout: string[];
  let spy: jest.SpyInstance;

  beforeAll(async () => {
    client = new Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`create schema ${schema}`);
  });
  beforeEach(() => {
    stdout = [];
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout.push(String(chunk));
      return true;
    });
  });
  afterEach(() => spy.mockRestore());
  afterAll(async () => {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  });

  const tables = async () =>
    (await client.query('select table_name from information_schema.tables where table_schema = $1', [schema])).rows;
  const lines = () => stdout.join('').trimEnd().split('\n');

  it('on an empty database --status lists every migration as pending and writes nothing', async () => {
    expect(await run(['migrate', '--status'], env)).toBe(0);
    const output = lines();
    expect(output[0]).toMatch(/^Migrations in the PostgreSQL 127\.0\.0\.1:5432\/test:$/);
    for (const component of ['event-store', 'privacy', 'timeline', 'audit']) {
      expect(output).toContainEqual(expect.stringMatching(new RegExp(`^${component}: 0 applied, [1-9]\\d* pending$`)));
    }
    const all = [eventStoreMigrations, privacyMigrations, timelineMigrations, auditMigrations].flat();
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
    stdout = [];
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
    stdout = [];
    expect(await run(['migrate', '--status'], env)).toBe(0);
    expect(lines().some((line) => line.startsWith('  pending'))).toBe(false);
    expect(lines()).toContainEqual(expect.stringMatching(/^ {2}applied {4}1 {2}\S.* \(\d{4}-\d\d-\d\dT.*Z\)$/));
  });
});
