import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import {
  createEventStore,
  EVENT_STORE_DECORATOR,
  type EventStoreDecorator,
  type EventStoreSettings,
} from '../create-event-store';
import { EVENT_STORE, type EventStore } from '../event-store.port';

@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * Provides the configured `EventStore` under the `EVENT_STORE` token and closes it on shutdown. When a global
 * module provides `EVENT_STORE_DECORATOR` (the household's personal-data sealing does), the store is wrapped by it.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(settings: EventStoreSettings): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [{ token: EVENT_STORE_DECORATOR, optional: true }],
          useFactory: async (decorate?: EventStoreDecorator) => {
            const store = await createEventStore(settings);
            if (!decorate) return store;
            try {
              return await decorate(store, settings);
            } catch (error) {
              await store.close().catch(() => undefined);
              throw error;
            }
          },
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }

  /** For tests and tools that already hold a store. */
  static forStore(store: EventStore): DynamicModule {
    return { module: EventStoreModule, providers: [{ provide: EVENT_STORE, useValue: store }], exports: [EVENT_STORE] };
  }
}
