import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { projectionSuite } from './projection.suite';

projectionSuite('PostgreSQL', async () => {
  const { db, drop } = await openIsolatedPostgres('timeline');
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
});
