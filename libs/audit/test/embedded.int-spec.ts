import { EmbeddedDatabase } from '@regie/sql';
import { processingLogSuite } from './processing-log.suite';

processingLogSuite('embedded PGlite', async () => {
  const db = await EmbeddedDatabase.inMemory();
  return { db, close: () => db.close() };
});
