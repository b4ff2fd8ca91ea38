/**
 * The rebuild paths side by side on one generated store (bench/timeline.ts's generator), alternately, so a busy
 * shared machine slows them alike: "old" (truncate the live tables and project into them with every index, what
 * `regie rebuild` did before the blue/green rebuild, and what a projector does on an empty database), and the
 * blue/green rebuild with 1 and with 2 household partitions. Prints one line per round.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<yours> node -r @swc-node/register bench/rebuild-paths.ts \
 *   100000 [rounds]
 */
import 'reflect-metadata';
import { READ_MODEL_TABLES, TimelineProjector } from '@regie/timeline';
import { openGeneratedSchema } from './generated-schema';
import { readAllRate } from './timeline';

const URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function main() {
  const events = Number(process.argv[2] ?? 100000);
  const rounds = Number(process.argv[3] ?? 2);
  const generated = await openGeneratedSchema(URL, 'cmp', events);
  const { db, store, registry } = generated;
  try {
    for (let round = 1; round <= rounds; round++) {
      const read = await readAllRate(store);
      // Old path: truncate the live tables, project with every index in place.
      await db.query(`truncate ${READ_MODEL_TABLES.join(', ')}`);
      let started = Date.now();
      const live = new TimelineProjector(store, db, registry);
      await live.start();
      await live.catchUp(3_600_000);
      await live.stop();
      const old = events / ((Date.now() - started) / 1000);
      const results: string[] = [
        `round ${round}: readAll ${Math.round(read)} ev/s; old ${Math.round(old)} ev/s (${(old / read).toFixed(3)})`,
      ];
      for (const workers of [1, 2]) {
        started = Date.now();
        await new TimelineProjector(store, db, registry).rebuild(undefined, { workers });
        const rate = events / ((Date.now() - started) / 1000);
        results.push(`blue/green ${workers}w ${Math.round(rate)} ev/s (${(rate / read).toFixed(3)})`);
      }
      console.log(results.join('; '));
    }
  } finally {
    await generated.drop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
