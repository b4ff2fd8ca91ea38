import { createHmac } from 'node:crypto';
import { processingActivityFor, processingActivityUri } from './register/register';
import type { ProcessingLogRecord } from './types';

/** How a data subject's id is protected in a Logboek line (`dpl.core.data_subject_id_type`). */
export const LOGBOEK_SUBJECT_ID_TYPE = 'urn:regie:huishoudlid:hmac-sha256';

export interface LogboekOptions {
  /**
   * Secret (32+ characters) of the keyed hash that protects subject and household ids in Logboek lines
   * (LOGBOEK_SUBJECT_KEY). With it Regie can find a member's lines; without it a reader of the lines cannot tell
   * whose they are.
   */
  readonly subjectKey: string;
  /** `service.name` in the line's resource. */
  readonly serviceName?: string;
}

/** One Logboek Dataverwerkingen line (the standard's Logboek interface, in JSON). */
export interface LogboekLine {
  readonly trace_id: string | null;
  readonly span_id: string | null;
  readonly name: string;
  readonly status_code: 'STATUS_CODE_UNSET' | 'STATUS_CODE_OK';
  /** Milliseconds since the epoch; Regie records one moment per action, so start and end are the same. */
  readonly start_time: number;
  readonly end_time: number;
  readonly resource: { readonly attributes: Record<string, string> };
  readonly attributes: Record<string, string | boolean | readonly string[]>;
}

/** The keyed hash of an id under the Logboek subject key: hex, the same id always gives the same value. */
export function protectId(id: string, subjectKey: string): string {
  return createHmac('sha256', subjectKey).update(id).digest('hex');
}

/** A correlation id as a W3C trace id: already one, or a UUID from before tracing (its 32 hex digits). */
function traceIdOf(correlationId: string | null): string | null {
  if (!correlationId) return null;
  const hex = correlationId.toLowerCase().replace(/-/g, '');
  return /^[0-9a-f]{32}$/.test(hex) ? hex : null;
}

/**
 * A verwerkingenlog line as Logboek Dataverwerkingen lines: one per data subject (member) it concerns, or one without
 * a subject when it names none. What Regie adds beyond the standard's core is under `dpl.regie.*`.
 */
export function logboekLines(record: ProcessingLogRecord, options: LogboekOptions): LogboekLine[] {
  if (options.subjectKey.length < 32) throw new Error('the Logboek subject key must be at least 32 characters');
  const at = record.loggedAt.getTime();
  const activity = record.processingActivity ?? processingActivityUri(processingActivityFor(record.action));
  const base: Omit<LogboekLine, 'attributes'> = {
    trace_id: traceIdOf(record.correlationId),
    span_id: record.spanId,
    name: record.action,
    // A refused attempt processed nothing: like a client error it is not an error of the processing (UNSET).
    status_code: record.outcome === 'ALLOWED' ? 'STATUS_CODE_OK' : 'STATUS_CODE_UNSET',
    start_time: at,
    end_time: at,
    resource: { attributes: { 'service.name': options.serviceName ?? 'regie' } },
  };
  const common = {
    'dpl.core.processing_activity_id': activity,
    'dpl.regie.log_line_id': record.id,
    'dpl.regie.operation': record.operation,
    'dpl.regie.outcome': record.outcome,
    'dpl.regie.user_id': record.userId,
    'dpl.regie.role': record.role,
    'dpl.regie.gemeente': record.gemeente,
    'dpl.regie.fields': record.fields,
    'dpl.regie.basis': record.basis,
    'dpl.regie.emergency': record.emergency,
    ...(record.userName ? { 'dpl.regie.user_name': record.userName } : {}),
    ...(record.onBehalfOf ? { 'dpl.regie.on_behalf_of': record.onBehalfOf } : {}),
    ...(record.emergencyReason ? { 'dpl.regie.emergency_reason': record.emergencyReason } : {}),
    ...(record.householdId ? { 'dpl.regie.household_id': protectId(record.householdId, options.subjectKey) } : {}),
  };
  if (record.personIds.length === 0) return [{ ...base, attributes: common }];
  return record.personIds.map((personId) => ({
    ...base,
    attributes: {
      ...common,
      'dpl.core.data_subject_id': protectId(personId, options.subjectKey),
      'dpl.core.data_subject_id_type': LOGBOEK_SUBJECT_ID_TYPE,
    },
  }));
}
