import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/main';
import { useCliSchema } from './cli-schema';

describe('regie migrate, seed and audit-export on PostgreSQL', () => {
  const { schema, env, client, written } = useCliSchema('cli');
  const dir = mkdtempSync(join(tmpdir(), 'regie-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const EXPORT = [
    'audit-export',
    '--gemeente',
    '0599',
    '--from',
    '2020-01-01',
    '--to',
    '2100-01-01',
    '--by',
    'u-audit',
  ];

  const tables = async () =>
    (
      await client.query<{ table_name: string }>(
        'select table_name from information_schema.tables where table_schema = $1 order by table_name',
        [schema],
      )
    ).rows.map((row) => row.table_name);

  it('migrate creates every schema and is safe to run again', async () => {
    expect(await run(['migrate'], env)).toBe(0);
    const created = await tables();
    expect(created).toEqual(
      expect.arrayContaining(['events', 'timeline_entries', 'processing_log', 'regie_migrations']),
    );
    expect(await run(['migrate'], env)).toBe(0);
    expect(await tables()).toEqual(created);
  });

  it('seed loads the demo household once', async () => {
    expect(await run(['seed'], env)).toBe(0);
    expect(written.stderr.join('')).toContain('loaded the demo household');
    const events = async () => Number((await client.query(`select count(*) as n from ${schema}.events`)).rows[0].n);
    const after = await events();
    expect(after).toBeGreaterThan(10);
    expect(await run(['seed'], env)).toBe(0);
    expect(written.stderr.join('')).toContain('there already');
    expect(await events()).toBe(after);
  }, 60_000);

  it('audit-export writes the period as CSV with a header, and logs the export', async () => {
    const out = join(dir, 'log.csv');
    expect(await run([...EXPORT, '--out', out], env)).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toContain('logged_at');
    expect(lines.length).toBeGreaterThan(10); // the seed's writes and reads, and this export
    expect(lines.some((line) => line.includes('"audit.export"'))).toBe(true);
    // The count names the lines of the log, not the header row.
    expect(written.stderr.join('')).toContain(`regie: exported ${lines.length - 1} lines\n`);
  });

  it('audit-export --format excel writes a UTF-8 byte order mark and semicolons, for Excel in a Dutch locale', async () => {
    const out = join(dir, 'log-excel.csv');
    expect(await run([...EXPORT, '--format', 'excel', '--out', out], env)).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).trim().split('\r\n');
    expect(header!.split(';')[0]).toBe('"id"');
    expect(header).not.toContain(',');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.every((row) => row.startsWith('"') && row.includes('";"'))).toBe(true);
  });

  it('audit-export --format logboek writes Logboek Dataverwerkingen lines: one per action and data subject', async () => {
    const out = join(dir, 'logboek.jsonl');
    expect(await run([...EXPORT, '--format', 'logboek', '--out', out], env)).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { name: string; attributes: Record<string, unknown> });
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect(line.attributes['dpl.core.processing_activity_id']).toMatch(/^urn:regie:verwerkingsactiviteit:/);
    }
    const subjects = lines.filter((line) => line.attributes['dpl.core.data_subject_id'] !== undefined);
    expect(subjects.length).toBeGreaterThan(0);
    for (const line of subjects) expect(line.attributes['dpl.core.data_subject_id']).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [['audit-export', '--gemeente', '363', '--from', '2020-01-01', '--to', '2021-01-01', '--by', 'u'], '4-digit'],
    [['audit-export', '--gemeente', '0363', '--from', '2021-01-01', '--to', '2020-01-01', '--by', 'u'], 'before'],
    [['audit-export', '--gemeente', '0363', '--from', '2020-01-01', '--to', '2021-01-01'], '--by'],
    [['migrate', 'now'], "Unexpected argument 'now'"],
    [['migrate', '--status', '--dry-run'], 'exclude each other'],
  ])('%j fails with one line', async (args, message) => {
    expect(await run(args, env)).toBe(1);
    expect(written.stderr).toHaveLength(1);
    expect(written.stderr[0]).toContain(message);
  });
});
