// Personal data in events: sealed per data subject (AES-256-GCM), erased by destroying the subject's key.
export * from './personal-data-kind';
export * from './key-provider';
export { InMemoryKeyProvider } from './in-memory-key-provider';
export { SqlKeyProvider, KEYS_DESTROYED_CHANNEL, type SqlKeyProviderOptions } from './sql-key-provider';
export { PRIVACY_COMPONENT, privacyMigrations } from './privacy.migrations';
export {
  PersonalDataCipher,
  PersonalDataIntegrityError,
  isSealedValue,
  type PersonalDataLocation,
  type SealedValue,
} from './personal-data-cipher';
export {
  PersonalDataEventStore,
  type ErasureStep,
  type EventAddress,
  type PersonalDataPolicy,
} from './personal-data-event-store';
export { protectPersonalData } from './protect-personal-data';
