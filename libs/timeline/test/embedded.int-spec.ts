import { EmbeddedDatabase } from '@regie/sql';
import { projectionSuite } from './projection.suite';

projectionSuite('embedded PGlite', async () => {
  const db = await EmbeddedDatabase.inMemory();
  return { db, close: () => db.close() };
});
