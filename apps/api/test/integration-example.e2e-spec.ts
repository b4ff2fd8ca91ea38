import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beheerder, startTestApp, tokenFor, type TestActor, type TestApp } from './test-app';

/**
 * The worked example of docs/integration.md (docs/examples/csv-import/jeugd-toewijzingen.mjs) against the real api:
 * a CSV export becomes mutations, a second run writes nothing, and an answer lost on the way back or a 503 is
 * retried without recording anything twice.
 */
const root = join(__dirname, '../../..');
const script = join(root, 'docs/examples/csv-import/jeugd-toewijzingen.mjs');
const jeugdteam: TestActor = { userId: 'u-jeugd', role: 'domeinmedewerker', domain: 'JEUGD', name: 'Joost Jeugd' };
const HEADER =
  'regie_huishouden_id,regie_lid_id,agb_code,toewijzingnummer,toewijzingsdatum,ingangsdatum,einddatum,productcategorie,productcode,verwijzer';

describe('worked example: Jeugd toewijzingen from a CSV export (PostgreSQL)', () => {
  let api: TestApp;
  let proxy: Server;
  let apiUrl: string;
  let proxyUrl: string;
  let householdId: string;
  let memberId: string;
  const dir = mkdtempSync(join(tmpdir(), 'regie-import-'));
  /** Toewijzingnummers whose first request the proxy forwards and then cuts off (Regie records, the answer is lost). */
  const loseAnswerOnce = new Set<string>();
  /** Toewijzingnummers whose first request the proxy answers with 503 without forwarding. */
  const unavailableOnce = new Set<string>();

  beforeAll(async () => {
    api = await startTestApp('postgres');
    await api.app.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`;
    const provider = await api.graphql(
      `mutation { registerProvider(input: { agbCode: "12345678", name: "Jeugdhulp Noord", domains: [JEUGD] }) { position } }`,
      {},
      beheerder,
    );
    expect(provider.errors).toBeUndefined();
    const registered = await api.graphql<{ registerHousehold: { householdId: string } }>(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { householdId } }`,
      {
        input: {
          gemeente: '0363',
          name: 'Familie Import',
          members: [{ bsn: '111222333', name: 'Sam Import', birthDate: '2015-04-01', relation: 'KIND' }],
        },
      },
      beheerder,
    );
    householdId = registered.data!.registerHousehold.householdId;
    const read = await api.graphql<{ household: { members: { id: string }[] } }>(
      'query($id: ID!) { household(id: $id) { members { id } } }',
      { id: householdId },
      beheerder,
    );
    memberId = read.data!.household.members[0]!.id;

    proxy = createServer((incoming, outgoing) => {
      let body = '';
      incoming.on('data', (chunk: Buffer) => (body += chunk.toString()));
      incoming.on('end', () => {
        const nummer = /"toewijzingNummer":"([^"]+)"/.exec(body)?.[1] ?? '';
        if (unavailableOnce.delete(nummer)) {
          outgoing.writeHead(503).end();
          return;
        }
        const cutOff = loseAnswerOnce.delete(nummer);
        const upstream = forward(apiUrl, { method: 'POST', headers: incoming.headers }, (answer) => {
          if (cutOff) {
            answer.resume();
            answer.on('end', () => outgoing.socket?.destroy());
            return;
          }
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        });
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  }, 120_000);
  afterAll(async () => {
    if (proxy) {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    }
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const csv = (rows: string[][]) => {
    const file = join(dir, `export-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(file, [HEADER, ...rows.map((row) => row.join(','))].join('\n'));
    return file;
  };
  const row = (nummer: string, ingangsdatum = '2026-03-09') => [
    householdId,
    memberId,
    '12345678',
    nummer,
    '2026-03-02',
    ingangsdatum,
    '',
    '45',
    '',
    '01',
  ];
  const run = async (file: string, url = apiUrl) => {
    const token = await tokenFor(jeugdteam);
    const report = `${file}.report.csv`;
    const child = spawn(process.execPath, [script, file, '--report', report], {
      cwd: root,
      env: { PATH: process.env.PATH, REGIE_URL: url, REGIE_TOKEN: token },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { code, stdout: stdout.trim(), stderr, report: readFileSync(report, 'utf8') };
  };
  const toewijzingen = async () => {
    const { data } = await api.graphql<{ household: { timeline: { edges: { node: { summary: string } }[] } } }>(
      'query($id: ID!) { household(id: $id) { timeline(first: 100) { edges { node { summary } } } } }',
      { id: householdId },
      jeugdteam,
    );
    return data!.household.timeline.edges.filter((edge) => edge.node.summary.startsWith('Toewijzing')).length;
  };

  it('records every valid row, reports a refused row with its code, and exits 1 for it', async () => {
    const result = await run(csv([row('JZ1'), row('JZ2'), row('JZ3', '2026-13-01')]));
    expect(result.stdout).toBe('3 rijen: 2 vastgelegd, 0 al aanwezig, 1 geweigerd, 0 mislukt');
    expect(result.stderr).toContain('rij 4 (JZ3): geweigerd: BAD_USER_INPUT');
    expect(result.code).toBe(1);
    expect(result.report.split('\r\n')[1]).toMatch(/^"2","JZ1","vastgelegd","positie \d+"$/);
    expect(await toewijzingen()).toBe(2);
  });

  it('a second run of the same export writes nothing', async () => {
    const result = await run(csv([row('JZ1'), row('JZ2')]));
    expect(result.stdout).toBe('2 rijen: 0 vastgelegd, 2 al aanwezig, 0 geweigerd, 0 mislukt');
    expect(result.code).toBe(0);
    expect(await toewijzingen()).toBe(2);
  });

  it('retries a 503 and an answer lost after Regie recorded: each row recorded once', async () => {
    unavailableOnce.add('JZ4');
    loseAnswerOnce.add('JZ5');
    const result = await run(csv([row('JZ4'), row('JZ5')]), proxyUrl);
    expect(result.stderr).toMatch(/rij 2: HTTP 503, nieuwe poging/);
    expect(result.stderr).toMatch(/rij 3: netwerk: .*nieuwe poging/);
    // JZ5 was recorded by the first attempt; the retry finds its number and does not record it again.
    expect(result.stdout).toBe('2 rijen: 1 vastgelegd, 1 al aanwezig, 0 geweigerd, 0 mislukt');
    expect(result.code).toBe(0);
    expect(await toewijzingen()).toBe(4);
  }, 60_000);
});
