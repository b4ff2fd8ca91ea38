import { EmbeddedDatabase } from '@regie/sql';
import { receivedBerichtenSuite } from './received-berichten.suite';

receivedBerichtenSuite('embedded PGlite', async () => {
  const db = await EmbeddedDatabase.inMemory();
  return { db, close: () => db.close() };
});
