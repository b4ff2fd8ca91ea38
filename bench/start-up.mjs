// Start-up times as a person meets them, in a checkout (default this one):
//   first start      `npm start` on an empty data directory until the printed ready query answers with the demo
//   unchanged start  `npm start` again, nothing changed, until the same query answers
//   help, token      `npm run regie -- --help` and `npm run -s regie -- token ...` until they exit
// Usage: node bench/start-up.mjs [--dir <checkout>] [--port 3418] [--runs 1] [--out bench/results/start-up.json]
// The checkout must have had `npm ci`; its ./data is removed first. The query is the one `npm start` prints.
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '.' },
    port: { type: 'string', default: '3418' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const dir = resolve(values.dir);
const port = Number(values.port);
const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token for the demo regisseur, signed with the public development secret as `regie token` does. */
function demoToken() {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'u-regisseur-anna', role: 'regisseur', gemeente: '0599', name: 'Anna Bakker' };
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ ...claims, iss: 'regie', aud: 'regie-api', iat: now, exp: now + 3600 })}`;
  const signature = createHmac('sha256', 'regie-development-secret-never-use-in-production')
    .update(body)
    .digest('base64url');
  return `${body}.${signature}`;
}

const QUERY = '{ household(id: "de000000-0000-4000-8000-000000000001") { name timeline(first: 5) { totalCount } } }';

async function answered() {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${demoToken()}` },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = await response.json();
    return body?.data?.household?.name === 'Familie De Vries';
  } catch {
    return false;
  }
}

/** Seconds from `npm start` to the first answer of the ready query (asked once the query has been printed). */
async function timeStart() {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: dir,
    env: { ...process.env, PORT: String(port) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    while (!output.includes('curl -s') || !(await answered())) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      if (performance.now() - started > 300_000) throw new Error('no answer within 300 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return (performance.now() - started) / 1000;
  } finally {
    process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
  }
}

function timeCommand(args) {
  const started = performance.now();
  execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return (performance.now() - started) / 1000;
}

const round = (seconds) => Math.round(seconds * 100) / 100;
const results = { dir, node: process.version, measuredAt: new Date().toISOString(), runs: [] };
for (let run = 0; run < Number(values.runs); run++) {
  rmSync(join(dir, 'data'), { recursive: true, force: true });
  rmSync(join(dir, 'data.lock'), { recursive: true, force: true });
  const firstStart = await timeStart();
  const unchangedStart = await timeStart();
  const help = timeCommand(['run', 'regie', '--', '--help']);
  const token = timeCommand([
    'run',
    '-s',
    'regie',
    '--',
    'token',
    '--role',
    'regisseur',
    '--sub',
    'u-regisseur-anna',
    '--gemeente',
    '0599',
  ]);
  const measured = { firstStart, unchangedStart, help, token };
  results.runs.push(Object.fromEntries(Object.entries(measured).map(([key, value]) => [key, round(value)])));
  console.log(JSON.stringify(results.runs.at(-1)));
}
if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
