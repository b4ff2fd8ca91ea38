import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { insightProjectionSuite } from './insight-projection.suite';
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

insightProjectionSuite('PostgreSQL', async () => {
  const { db, drop } = await openIsolatedPostgres('timeline');
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
});
