import { openIsolatedPostgres } from '../../sql/test/postgres-test-database';
import { receivedBerichtenSuite } from './received-berichten.suite';

receivedBerichtenSuite('PostgreSQL', async () => {
  const { db, drop } = await openIsolatedPostgres('berichten');
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
});
