export * from './event-store.port';
export { WrongExpectedVersionError, DuplicateEventIdError } from './errors';
export * from './json';
export { createEventStore, sqlDatabaseOf, type EventStoreSettings } from './create-event-store';
export { EventStoreModule } from './nest/event-store.module';
