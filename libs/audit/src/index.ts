// The verwerkingenlog (VNG Verwerkingenlogging / NEN 7513): who did what with whose data, when, on which basis.
export { AuditModule, openProcessingLog, type AuditModuleOptions } from './audit.module';
export { ProcessingLog, EXPORT_COLUMNS, CSV_LIST_SEPARATOR, DEFAULT_EXPORT_BATCH_SIZE } from './processing-log';
export type {
  ExportFormat,
  PageRequest,
  Period,
  ProcessingLogEntry,
  ProcessingLogPage,
  ProcessingLogRecord,
  ProcessingLogSearch,
  ProcessingOperation,
  ProcessingOutcome,
} from './types';
export { PROCESSING_OPERATIONS } from './types';
export { InvalidProcessingLogEntry, validateProcessingLogEntry, isLogIdentifier } from './entry-validation';
export { auditMigrations, AUDIT_COMPONENT, PROCESSING_LOG_TABLE, APPEND_ONLY_MESSAGE } from './migrations';
export {
  AUDIT_FORBIDDEN_MESSAGE,
  AUDITOR_BASIS,
  DenyHouseholdAccessCheck,
  HOUSEHOLD_ACCESS_CHECK,
  decideLogRead,
  type HouseholdAccessCheck,
  type LogReadDecision,
} from './audit-access';
export { correlationIdOf } from './correlation';
export { InvalidBsnForLookup, PERSON_FINDER, type PersonFinder, type PersonOnRecord } from './person-finder';
export { MAX_LOG_PAGE_SIZE } from './cursor';
export { csvCell, csvRow } from './csv';
export { ProcessingLogResolver, MAX_EMERGENCY_PERIOD_DAYS } from './graphql/processing-log.resolver';
export { logboekLines, protectId, LOGBOEK_SUBJECT_ID_TYPE, type LogboekLine, type LogboekOptions } from './logboek';
export {
  addDomainProcessingActivities,
  domainProcessingActivity,
  currentProcessingActivities,
  processingActivityFor,
  processingActivityUri,
  PROCESSING_ACTIVITIES,
  type ProcessingActivity,
  type ProcessingActivityLegalBasis,
  type DomainWithActivity,
} from './register/register';
export { WritesBeforeAnswer, type WithWritesBeforeAnswer } from './writes-before-answer';
