export * from './event-store.port';
export { WrongExpectedVersionError, DuplicateEventIdError, CompanionNotSupportedError } from './errors';
export * from './json';
export { newEventId } from './event-id';
export {
  createEventStore,
  sqlDatabaseOf,
  EVENT_STORE_DECORATOR,
  type EventStoreDecorator,
  type EventStoreSettings,
} from './create-event-store';
export { EventStoreModule } from './nest/event-store.module';
export { EVENT_STORE_COMPONENT, eventStoreMigrations } from './sql/event-store.migrations';
export {
  ResubscribingSubscription,
  type ResubscribingOptions,
  type ResubscribingState,
  type SubscriptionStop,
} from './resubscribing-subscription';
