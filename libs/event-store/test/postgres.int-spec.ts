import { PostgresDatabase } from '@regie/sql';
import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { SqlEventStore } from '../src/sql/sql-event-store';
import { describeEventStoreContract } from './event-store.contract';

let drop: (() => Promise<void>) | undefined;
let schema: string | undefined;

describeEventStoreContract('PostgreSQL', {
  hasTransactions: true,
  async open(hooks = {}) {
    if (!schema) {
      const isolated = await openIsolatedPostgres('contract');
      schema = isolated.schema;
      drop = isolated.drop;
      return SqlEventStore.create(isolated.db, hooks);
    }
    const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    return SqlEventStore.create(new PostgresDatabase(url, { options: `-c search_path=${schema}` }), hooks);
  },
  cleanup: () => drop?.() ?? Promise.resolve(),
});
