// The read side: projector, read-model tables, regisseur queries and subscriptions.
export { TimelineModule, TimelineHostModule, openReadModelDatabase } from './timeline.module';
export type { TimelineModuleOptions } from './timeline.module';
export { READ_MODEL_DATABASE } from './tokens';
export {
  TimelineProjector,
  TIMELINE_PROJECTOR,
  type RebuildProgress,
  type TimelineProjectorOptions,
} from './projection/timeline-projector';
export type { ProjectedEntry } from './projection/project-event';
export { TimelineReadModel, type TimelineQueryFilter } from './query/timeline-read-model';
export { ReadYourWritesInterceptor, READ_YOUR_WRITES_TIMEOUT_MS } from './read-your-writes.interceptor';
export { TimelineUpdates } from './graphql/timeline-updates';
export {
  waitingFrom,
  waitingNormsDays,
  waitingTime,
  type RegisteredDomains,
  type WaitingDates,
  type WaitingTime,
} from './norms';
export { timelineMigrations, TIMELINE_COMPONENT, READ_MODEL_TABLES } from './migrations';
export { rebuildReadModel, formatProgress } from './rebuild';
export { HouseholdReadAccess, ReadDenied } from './access/household-read-access';
export { WORKLIST_KINDS, worklistLabels } from './insight/worklist';
export { MAX_PAGE_SIZE } from './query/cursor';
export { PlanPdfService, PLAN_PDF_ACTION } from './plan-document/plan-pdf.service';
export { planDocument, type PlanDocument, type PlanFacts } from './plan-document/plan-document';
