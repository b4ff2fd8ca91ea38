import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { processingLogSuite } from './processing-log.suite';

processingLogSuite('PostgreSQL', async () => {
  const { db, drop } = await openIsolatedPostgres('audit');
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
});
