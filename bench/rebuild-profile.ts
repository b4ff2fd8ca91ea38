/**
 * Where a blue/green rebuild's time goes: wall time per phase, this process's CPU, PostgreSQL's CPU (all its
 * processes on this machine, from /proc: others' work on the same server counts too), the WAL written and peak RSS,
 * for several workers × batch sizes in turn on one generated store. PROFILE_STATEMENTS=1 adds time per statement;
 * CPU_PROFILE=<dir> writes a V8 CPU profile of this process per rebuild (not of the generation) into <dir>.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<yours> node -r @swc-node/register bench/rebuild-profile.ts \
 *   100000 [rounds] [1x1000,1x5000,2x5000]
 */
import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { TimelineProjector } from '@regie/timeline';
import { REBUILD_BATCH_SIZE } from '../libs/timeline/src/projection/timeline-projector';
import { openGeneratedSchema } from './generated-schema';
import { CountingDatabase, readAllRate } from './timeline';

const URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TICKS = 100; // USER_HZ

/**
 * CPU seconds of every process named postgres on this machine (0 when there is none), with what the backends that
 * exited meanwhile used (in the postmaster's cutime and cstime once reaped).
 */
function postgresCpuSeconds(): number {
  const stats = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) === 'postgres') stats.set(pid, stat.slice(close + 2).split(' '));
    } catch {
      // gone meanwhile
    }
  }
  let ticks = 0;
  for (const fields of stats.values()) {
    ticks += Number(fields[11]) + Number(fields[12]);
    if (!stats.has(fields[1]!)) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS;
}

/** A V8 CPU profile of this process from now until `stop`, written into CPU_PROFILE (a folder); none without it. */
async function startCpuProfile() {
  const dir = process.env.CPU_PROFILE;
  if (!dir) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(name: string) {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

async function main() {
  const events = Number(process.argv[2] ?? 100000);
  const rounds = Number(process.argv[3] ?? 1);
  // "<workers>x<events per batch>", comma-separated: run in this order, every round.
  const variants = (process.argv[4] ?? `1x1000,1x${REBUILD_BATCH_SIZE},2x${REBUILD_BATCH_SIZE}`).split(',');
  const generated = await openGeneratedSchema(URL, 'prof', events);
  const { admin, db, store, registry } = generated;
  try {
    const wal = async () => {
      const { rows } = await admin.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
      const [hi, lo] = rows[0]!.lsn.split('/').map((part) => parseInt(part, 16));
      return hi! * 2 ** 32 + lo!;
    };
    for (let round = 1; round <= rounds; round++) {
      const read = await readAllRate(store);
      const line: string[] = [`round ${round}: readAll ${Math.round(read)} ev/s`];
      for (const variant of variants) {
        const [workers, batchSize] = variant.split('x').map(Number);
        const phases = new Map<string, number>();
        let phase = 'projecting';
        let phaseStarted = Date.now();
        const walBefore = await wal();
        const pgBefore = postgresCpuSeconds();
        const cpuBefore = process.cpuUsage();
        let peakRss = process.memoryUsage().rss;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
        const started = Date.now();
        const counting = new CountingDatabase(db);
        const profiler = await startCpuProfile();
        await new TimelineProjector(store, counting, registry, { batchSize }).rebuild(
          (progress) => {
            const now = progress.finished ? 'done' : (progress.phase ?? 'projecting');
            if (now !== phase) {
              phases.set(phase, (phases.get(phase) ?? 0) + (Date.now() - phaseStarted) / 1000);
              phase = now;
              phaseStarted = Date.now();
            }
          },
          { workers },
        );
        const wall = (Date.now() - started) / 1000;
        await profiler?.stop(`rebuild-${events}-${round}-${variant}.cpuprofile`);
        clearInterval(sampler);
        const cpu = process.cpuUsage(cpuBefore);
        const pg = postgresCpuSeconds() - pgBefore;
        const walBytes = (await wal()) - walBefore;
        const rate = events / wall;
        if (process.env.PROFILE_STATEMENTS) {
          [...counting.byShape]
            .sort((a, b) => (counting.msByShape.get(b[0]) ?? 0) - (counting.msByShape.get(a[0]) ?? 0))
            .slice(0, 20)
            .forEach(([shape, n]) =>
              console.log(`  ${n} x ${((counting.msByShape.get(shape) ?? 0) / 1000).toFixed(2)} s  ${shape}`),
            );
        }
        line.push(
          `${workers}w×${batchSize} ${Math.round(rate)} ev/s (${(rate / read).toFixed(3)}) wall ${wall.toFixed(1)} s [` +
            [...phases].map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ') +
            `] node cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s, postgres cpu ${pg.toFixed(1)} s, ` +
            `wal ${(walBytes / 2 ** 20).toFixed(0)} MiB, peak rss ${Math.round(peakRss / 2 ** 20)} MiB`,
        );
      }
      console.log(line.join('\n  '));
      console.log(`load ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
    }
  } finally {
    await generated.drop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
