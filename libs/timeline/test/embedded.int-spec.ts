import { EmbeddedDatabase } from '@regie/sql';
import { insightProjectionSuite } from './insight-projection.suite';
import { projectionSuite } from './projection.suite';

projectionSuite('embedded PGlite', async () => {
  const db = await EmbeddedDatabase.inMemory();
  return { db, close: () => db.close() };
});

insightProjectionSuite('embedded PGlite', async () => {
  const db = await EmbeddedDatabase.inMemory();
  return { db, close: () => db.close() };
});
