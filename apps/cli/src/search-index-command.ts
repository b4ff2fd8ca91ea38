import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@regie/config';
import { DOMAIN_MODULES } from '@regie/domains';
import { EVENT_STORE, type EventStore } from '@regie/event-store';
import { rebuildSearchIndex, type SearchIndexProgress } from '@regie/search';
import type { SqlDatabase } from '@regie/sql';
import { READ_MODEL_DATABASE, TimelineHostModule } from '@regie/timeline';
import { commandFailed, QUIET_NEST_START } from './failure';

export const SEARCH_INDEX_HELP = `Usage: regie search-index rebuild [--new-key]

Builds the BSN and address search index with this environment's SEARCH_INDEX_KEY, from the event store, with
progress on stderr. The index remembers the key it was built with (a fingerprint, not the key), and every other
process (the api, every regie command) refuses to start with another key: this is the one way to change it.

  --new-key  the index was built with another key: empty it and build it anew with this key. Without it such an
             index is refused, so a shell with the wrong (or no) SEARCH_INDEX_KEY cannot replace it by mistake.

With the key the index has already, only what is missing is indexed (a rebuild that was cut off goes on).
Changing the key: run "regie search-index rebuild --new-key" with the new key, then restart every api with it. Apis
still running with the old key stop indexing and report not ready (/health/ready, searchIndex "key-mismatch") once
the index has the new key. Messages waiting in the berichten queue are not found by BSN after a change (their blind
indexes keep the old key): link or discard them first. On the embedded store (DATA_DIR) stop the api first.
`;

const BEFORE: Record<SearchIndexProgress['before'], string> = {
  new: 'no search index yet: building it with this SEARCH_INDEX_KEY',
  same: 'the search index has this SEARCH_INDEX_KEY: indexing what it is missing',
  changed: 'emptied the search index, which was built with another key: building it anew with this SEARCH_INDEX_KEY',
};

const at = (position: bigint | undefined) => (position ?? 0n).toString();

/** `regie search-index rebuild [--new-key]`. */
export async function searchIndexCommand(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let newKey: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: { 'new-key': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(SEARCH_INDEX_HELP);
      return 0;
    }
    if (positionals.length !== 1 || positionals[0] !== 'rebuild') {
      throw new Error(`search-index takes one command, rebuild (got ${args.join(' ') || 'nothing'})`);
    }
    newKey = values['new-key'] === true;
  } catch (error) {
    return commandFailed('search-index', new Error(`${(error as Error).message.split('\n')[0]} (try --help)`));
  }
  try {
    const config = loadConfig(env);
    const app = await NestFactory.createApplicationContext(
      TimelineHostModule.forRoot(config, DOMAIN_MODULES, { runProjector: false }),
      QUIET_NEST_START,
    );
    try {
      const started = Date.now();
      let told = false;
      const result = await rebuildSearchIndex(
        app.get<EventStore>(EVENT_STORE),
        app.get<SqlDatabase>(READ_MODEL_DATABASE),
        config.SEARCH_INDEX_KEY,
        {
          newKey,
          onProgress: ({ before, position, head }) => {
            if (!told) process.stderr.write(`regie: ${BEFORE[before]}\n`);
            told = true;
            process.stderr.write(`regie: search index at position ${at(position)} of ${at(head)}\n`);
          },
        },
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stderr.write(
        `regie: the search index is built with this SEARCH_INDEX_KEY up to position ${at(result.position)} ` +
          `(${seconds}s); run the apis with this key\n`,
      );
      return 0;
    } finally {
      await app.close();
    }
  } catch (error) {
    return commandFailed('search-index rebuild', error);
  }
}
