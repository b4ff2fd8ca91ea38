import type { RegieConfig } from '@regie/config';
import { DEFAULT_POOL_SIZE, EmbeddedDatabase, PostgresDatabase, type SqlDatabase } from '@regie/sql';
import type { EventStore } from './event-store.port';
import { SqlEventStore } from './sql/sql-event-store';

export type EventStoreSettings = Pick<RegieConfig, 'EVENT_STORE' | 'DATA_DIR' | 'DATABASE_URL' | 'KURRENTDB_URL'> &
  Partial<Pick<RegieConfig, 'DATABASE_POOL_SIZE'>>;

/** The only place that knows the adapters: everything else sees the `EventStore` port. */
export async function createEventStore(settings: EventStoreSettings): Promise<EventStore> {
  switch (settings.EVENT_STORE) {
    case 'embedded':
      return SqlEventStore.create(await EmbeddedDatabase.open(settings.DATA_DIR));
    case 'postgres':
      return SqlEventStore.create(
        new PostgresDatabase(settings.DATABASE_URL, { max: settings.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE }),
      );
    case 'kurrentdb':
      if (!settings.KURRENTDB_URL) throw new Error('KURRENTDB_URL is required when EVENT_STORE=kurrentdb');
      // Loaded only here: the KurrentDB client and gRPC are a few hundred modules an SQL store never needs.
      return (await import('./kurrentdb/kurrentdb-event-store')).KurrentDbEventStore.connect(settings.KURRENTDB_URL);
  }
}

/**
 * Wraps the configured store, e.g. to seal personal data (`@regie/privacy`). A global module provides it under
 * `EVENT_STORE_DECORATOR`; `EventStoreModule.forRoot` applies it. The wrapper exposes the store below as `decorated`.
 */
export type EventStoreDecorator = (store: EventStore, settings: EventStoreSettings) => Promise<EventStore>;
export const EVENT_STORE_DECORATOR = Symbol('EVENT_STORE_DECORATOR');

/** The SQL database an event store lives in, when it lives in one (read models may share it). */
export function sqlDatabaseOf(store: EventStore): SqlDatabase | undefined {
  if (store instanceof SqlEventStore) return store.db;
  const decorated = (store as { readonly decorated?: EventStore }).decorated;
  return decorated ? sqlDatabaseOf(decorated) : undefined;
}
