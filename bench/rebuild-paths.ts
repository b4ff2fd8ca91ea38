/**
 * The rebuild paths side by side on one generated store (bench/timeline.ts's generator), alternately, so a busy
 * shared machine slows them alike: "old" (truncate the live tables and project into them with every index, what
 * `regie rebuild` did before the blue/green rebuild, and what a projector does on an empty database), and the
 * blue/green rebuild with 1 and with 2 household partitions. Prints one line per round.
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/<yours> node -r @swc-node/register bench/rebuild-paths.ts \
 *   100000 [rounds]
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DomainRegistry } from '@regie/household';
import { jeugdDefinition } from '@regie/jeugd';
import { werkInkomenDefinition } from '@regie/werk-inkomen';
import { wmoDefinition } from '@regie/wmo';
import { migrate, PostgresDatabase } from '@regie/sql';
import { READ_MODEL_TABLES, TIMELINE_COMPONENT, timelineMigrations, TimelineProjector } from '@regie/timeline';
import { SqlEventStore } from '../libs/event-store/src/sql/sql-event-store';
import { generateStore, readAllRate } from './timeline';

const URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function main() {
  const events = Number(process.argv[2] ?? 100000);
  const rounds = Number(process.argv[3] ?? 2);
  const schema = `cmp_${randomUUID().slice(0, 8)}`;
  const admin = new Client({ connectionString: URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = new PostgresDatabase(URL, { options: `-c search_path=${schema}` });
  try {
    const store = await SqlEventStore.create(db);
    const writer = new Client({ connectionString: URL, options: `-c search_path=${schema}` });
    await writer.connect();
    await writer.query('set synchronous_commit = off');
    await generateStore(writer, events);
    await writer.query('analyze events');
    await writer.end();
    await migrate(db, TIMELINE_COMPONENT, timelineMigrations);
    const registry = new DomainRegistry();
    [jeugdDefinition, wmoDefinition, werkInkomenDefinition].forEach((d) => registry.register(d));
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
    await db.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.query(`drop schema if exists ${schema}_rebuild cascade`);
    await admin.end();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
