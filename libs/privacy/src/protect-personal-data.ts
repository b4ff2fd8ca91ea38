import { sqlDatabaseOf, type EventStore, type EventStoreDecorator } from '@regie/event-store';
import { PostgresDatabase } from '@regie/sql';
import { PersonalDataEventStore, type PersonalDataPolicy } from './personal-data-event-store';
import { SqlKeyProvider } from './sql-key-provider';

/**
 * The decoration `EventStoreModule` applies to the configured store: personal data sealed per the policy, keys in
 * the store's own database (PostgreSQL or PGlite), or in PostgreSQL at `DATABASE_URL` next to the read models when
 * the events live in KurrentDB.
 */
export function protectPersonalData(policy: PersonalDataPolicy): EventStoreDecorator {
  return async (store: EventStore, settings) => {
    const own = sqlDatabaseOf(store);
    const db = own ?? new PostgresDatabase(settings.DATABASE_URL, { application_name: 'regie-keys' });
    try {
      const keys = await SqlKeyProvider.open(db);
      return new PersonalDataEventStore(store, keys, policy, async () => {
        await keys.close();
        if (!own) await db.close();
      });
    } catch (error) {
      if (!own) await db.close().catch(() => undefined);
      throw error;
    }
  };
}
