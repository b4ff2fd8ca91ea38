import { startTestApp, type TestActor, type TestApp } from './test-app';

const auditor: TestActor = { userId: 'u-audit-export', role: 'auditor', name: 'Ilse Audit', gemeente: '0363' };
const anna: TestActor = { userId: 'u-anna-export', role: 'regisseur', name: 'Anna Bakker', gemeente: '0363' };

const EXPORT = `query($from: DateTime!, $to: DateTime!, $format: ProcessingLogExportFormat!) {
  processingLogExport(from: $from, to: $to, format: $format)
}`;
const EXPORT_LINES = `query { processingLog(filter: { operation: EXPORT }, first: 50) { edges { node { userId action fields } } } }`;

describe('the verwerkingenlog export for the browser (processingLogExport)', () => {
  let api: TestApp;
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await api.graphql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Export',
          members: [{ bsn: '111222333', name: 'Eva Export', birthDate: '1984-05-02', relation: 'OUDER_VERZORGER' }],
        },
      },
    );
  });
  afterAll(() => api?.close());

  const exportLines = async () =>
    (await api.graphql<{ processingLog: { edges: { node: { userId: string } }[] } }>(EXPORT_LINES, {}, auditor)).data!
      .processingLog.edges;

  it('gives Excel a semicolon CSV with a byte order mark, and logs the export', async () => {
    const { data, errors } = await api.graphql<{ processingLogExport: string }>(
      EXPORT,
      { from, to, format: 'EXCEL' },
      auditor,
    );
    expect(errors).toBeUndefined();
    const text = data!.processingLogExport;
    expect(text.startsWith('\uFEFF"id";"logged_at";"user_id";')).toBe(true);
    const rows = text.slice(1).split('\r\n').filter(Boolean);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).some((row) => row.includes(';"WRITE";'))).toBe(true);
    const lines = await exportLines();
    expect(lines.map((edge) => edge.node)).toContainEqual({
      userId: auditor.userId,
      action: 'audit.export',
      fields: ['format.excel'],
    });
  });

  it('gives JSON Lines, one object per line', async () => {
    const { data } = await api.graphql<{ processingLogExport: string }>(
      EXPORT,
      { from, to, format: 'JSON_LINES' },
      auditor,
    );
    const objects = data!.processingLogExport
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { operation: string });
    expect(objects.some((object) => object.operation === 'WRITE')).toBe(true);
  });

  it('refuses another role and a wrong period, with the field, and writes no export line', async () => {
    const before = (await exportLines()).length;
    const refused = await api.graphql(EXPORT, { from, to, format: 'EXCEL' }, anna);
    expect(refused.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const backwards = await api.graphql(EXPORT, { from: to, to: from, format: 'EXCEL' }, auditor);
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const tooLong = await api.graphql(
      EXPORT,
      { from: '2024-01-01T00:00:00Z', to: '2025-06-01T00:00:00Z', format: 'JSON_LINES' },
      auditor,
    );
    expect(tooLong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    // Reading the lines adds READ lines, never EXPORT ones.
    expect((await exportLines()).length).toBe(before);
  });
});
