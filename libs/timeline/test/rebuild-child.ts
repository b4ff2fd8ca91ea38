/**
 * A `regie rebuild` stand-in for rebuild-crash.int-spec.ts, run as a child process so the test can kill -9 it:
 * rebuilds the timeline of the schema given on the command line, one progress line per second on stdout. With
 * SLOW_MS set, every transaction waits that long first, so the rebuild is still projecting when the test kills it;
 * WORKERS: household partitions of the bulk load.
 * Run: node -r @swc-node/register libs/timeline/test/rebuild-child.ts <database url> <schema>
 */
import { PostgresDatabase, type SqlExecutor } from '@regie/sql';
import { SqlEventStore } from '../../event-store/src/sql/sql-event-store';
import { formatProgress } from '../src/rebuild';
import { TimelineProjector } from '../src/projection/timeline-projector';
import { fakeRegistry } from './fake-domain';

async function main() {
  const [url, schema] = process.argv.slice(2);
  const db = new PostgresDatabase(url!, { options: `-c search_path=${schema}` });
  const slowMs = Number(process.env.SLOW_MS ?? 0);
  if (slowMs > 0) {
    const transaction = db.transaction.bind(db);
    db.transaction = async <T>(work: (tx: SqlExecutor) => Promise<T>) => {
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      return transaction(work);
    };
  }
  const store = await SqlEventStore.create(db);
  const projector = new TimelineProjector(store, db, fakeRegistry(), { batchSize: 20 });
  const result = await projector.rebuild((progress) => process.stdout.write(`${formatProgress(progress)}\n`), {
    workers: Number(process.env.WORKERS ?? 1),
  });
  process.stdout.write(`finished resumed=${result.resumed === true} done=${result.done}\n`);
  await db.close();
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
