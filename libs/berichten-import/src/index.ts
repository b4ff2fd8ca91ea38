// The public API of libs/berichten-import: iJw/iWmo messages taken into the households of a gemeente (issue 17).
export { decideBericht, isRecordedOnly, bsnsOf, domainOfBericht } from './map/decide-bericht';
export { BerichtAfgewezen, type ImportRejection } from './import-rejection';
export { herkomstOf } from './herkomst';
export { BerichtenImport, type ImportOptions } from './berichten-import.service';
export { berichtenActor } from './bericht-writer';
export { messageOrderKey } from './message-order';
export type { ImportAnswer, ImportOutcome, LinkAnswer } from './import-answer';
export { BerichtenImportModule, type BerichtenImportModuleOptions } from './berichten-import.module';
export { berichtenMigrations, BERICHTEN_COMPONENT } from './store/migrations';
export { BerichtenQueueRetention, QUEUE_RETENTION_INTERVAL_MS } from './queue-retention';
export { BerichtReader, BerichtenBusy, INLINE_READ_MAX_BYTES, MAX_WAITING_LARGE_MESSAGES } from './read/bericht-reader';
