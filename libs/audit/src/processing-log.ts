import { currentTraceIds } from '@regie/observability';
import type { SqlExecutor } from '@regie/sql';
import { logboekLines, type LogboekOptions } from './logboek';
import { processingActivityFor, processingActivityUri } from './register/register';
import { csvRow, UTF8_BOM, type CsvSeparator } from './csv';
import { decodeLogCursor, encodeLogCursor, logPageSize } from './cursor';
import { validateProcessingLogEntry } from './entry-validation';
import { checkOptionalPeriod, checkPeriod } from './period';
import type {
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

interface LogRow {
  id: string;
  logged_at: Date;
  /** Exact to the microsecond, ISO 8601 in UTC (exports only). */
  logged_at_text?: string;
  user_id: string;
  user_name: string | null;
  role: string;
  gemeente: string;
  on_behalf_of: string | null;
  household_id: string | null;
  person_ids: string[];
  operation: ProcessingOperation;
  action: string;
  fields: string[];
  basis: string;
  emergency: boolean;
  emergency_reason: string | null;
  correlation_id: string | null;
  outcome: ProcessingOutcome;
  span_id: string | null;
  processing_activity: string | null;
  target_gemeente: string | null;
}

const COLUMNS = `p.id::text as id, p.logged_at, p.user_id, p.user_name, p.role, p.gemeente, p.on_behalf_of,
  p.household_id, p.person_ids, p.operation, p.action, p.fields, p.basis, p.emergency, p.emergency_reason,
  p.correlation_id, p.outcome, p.span_id, p.processing_activity, p.target_gemeente`;
const LOGGED_AT_TEXT = `to_char(p.logged_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as logged_at_text`;

/** Keyset conditions against the exact `(logged_at, id)` of the cursor's row (rows are never deleted). */
const AFTER_DESC = (n: string) =>
  `(p.logged_at, p.id) < (select c.logged_at, c.id from processing_log c where c.id = ${n}::bigint)`;
const AFTER_ASC = (n: string) =>
  `(p.logged_at, p.id) > (select c.logged_at, c.id from processing_log c where c.id = ${n}::bigint)`;

/**
 * What an auditor of gemeente `$1` searches: the lines of its own gemeente's users, and refused attempts of other
 * gemeenten's users on its households (target_gemeente; never set otherwise, so the two never overlap).
 */
const AUDITOR_SCOPE = ['p.gemeente = $1', 'p.target_gemeente = $1'] as const;

/** The household view shows what was done with the household's data, not refused attempts nor reads of the log. */
const HOUSEHOLD_VIEW_CONDITION = `p.outcome = 'ALLOWED' and p.action not like 'audit.%'`;

/** Columns of the export, in order; the CSV header row names them so. */
export const EXPORT_COLUMNS = [
  'id',
  'logged_at',
  'user_id',
  'user_name',
  'role',
  'gemeente',
  'on_behalf_of',
  'household_id',
  'person_ids',
  'operation',
  'action',
  'fields',
  'basis',
  'emergency',
  'emergency_reason',
  'correlation_id',
  'outcome',
  'span_id',
  'processing_activity',
  'target_gemeente',
] as const;

/** Separator of list cells (`person_ids`, `fields`) in the CSV; identifiers and field names never contain it. */
export const CSV_LIST_SEPARATOR = '|';
export const DEFAULT_EXPORT_BATCH_SIZE = 1000;

function toRecord(row: LogRow): ProcessingLogRecord {
  return {
    id: row.id,
    loggedAt: row.logged_at,
    userId: row.user_id,
    userName: row.user_name,
    role: row.role,
    gemeente: row.gemeente,
    onBehalfOf: row.on_behalf_of,
    householdId: row.household_id,
    personIds: row.person_ids ?? [],
    operation: row.operation,
    action: row.action,
    fields: row.fields ?? [],
    basis: row.basis,
    emergency: row.emergency,
    emergencyReason: row.emergency_reason,
    correlationId: row.correlation_id,
    outcome: row.outcome,
    spanId: row.span_id ?? null,
    processingActivity: row.processing_activity ?? null,
    targetGemeente: row.target_gemeente ?? null,
  };
}

const SPAN_ID = /^[0-9a-f]{16}$/;

function toStored(entry: ProcessingLogEntry) {
  validateProcessingLogEntry(entry);
  const emergencyReason = entry.emergencyReason?.trim() ? entry.emergencyReason : null;
  return {
    user_id: entry.userId,
    user_name: entry.userName?.trim() ? entry.userName : null,
    role: entry.role,
    gemeente: entry.gemeente,
    on_behalf_of: entry.onBehalfOf ?? null,
    household_id: entry.householdId ?? null,
    person_ids: [...(entry.personIds ?? [])],
    operation: entry.operation,
    action: entry.action,
    fields: [...(entry.fields ?? [])],
    basis: entry.basis,
    emergency: emergencyReason !== null,
    emergency_reason: emergencyReason,
    correlation_id: entry.correlationId ?? null,
    outcome: entry.operation === 'DENIED' ? 'DENIED' : 'ALLOWED',
    span_id: [entry.spanId, currentTraceIds()?.spanId].find((id) => id && SPAN_ID.test(id)) ?? null,
    processing_activity: processingActivityUri(processingActivityFor(entry.action)),
    target_gemeente: entry.targetGemeente ?? null,
  };
}

/** The insert of the lines in the JSON array `parameter`; with `onlyIf`, none unless that condition holds. */
const insertFrom = (parameter: string, onlyIf?: string) => `insert into processing_log (user_id, user_name, role,
    gemeente, on_behalf_of, household_id, person_ids, operation, action, fields, basis, emergency, emergency_reason,
    correlation_id, outcome, span_id, processing_activity, target_gemeente)
  select user_id, user_name, role, gemeente, on_behalf_of, household_id, coalesce(person_ids, '{}'), operation,
    action, coalesce(fields, '{}'), basis, emergency, emergency_reason, correlation_id, outcome, span_id,
    processing_activity, target_gemeente
  from jsonb_to_recordset(${parameter}::jsonb) as e(user_id text, user_name text, role text, gemeente text,
    on_behalf_of text, household_id text, person_ids text[], operation text, action text, fields text[], basis text,
    emergency boolean, emergency_reason text, correlation_id text, outcome text, span_id text,
    processing_activity text, target_gemeente text)${onlyIf ? `\n  where ${onlyIf}` : ''}`;
const INSERT = insertFrom('$1');

/**
 * The verwerkingenlog (VNG Verwerkingenlogging, NEN 7513): append and query. A plain class over the `SqlDatabase`
 * seam (PostgreSQL or PGlite) whose `processing_log` table `auditMigrations` created. A transaction's executor works
 * too, to log in the same transaction as the work logged.
 *
 * Times are server time (`clock_timestamp()` at insert); periods are `[from, to)`. Every query is confined to one
 * gemeente.
 */
export class ProcessingLog {
  constructor(private readonly db: SqlExecutor) {}

  /** The database the log lives in: a writer in the same database can log in its own transaction (`within`). */
  get database(): SqlExecutor {
    return this.db;
  }

  /** The same log written through a transaction's executor: the lines commit or roll back with that transaction. */
  within(tx: SqlExecutor): ProcessingLog {
    return new ProcessingLog(tx);
  }

  /** Appends one line. Throws InvalidProcessingLogEntry (and writes nothing) for a malformed entry. */
  async record(entry: ProcessingLogEntry): Promise<void> {
    await this.recordMany([entry]);
  }

  /** Appends all lines in one multi-row insert (all or nothing), in the given order. */
  async recordMany(entries: readonly ProcessingLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const rows = entries.map(toStored);
    await this.db.query(INSERT, [JSON.stringify(rows)]);
  }

  /**
   * The lines as one insert another statement can carry (an event append folds it into its own statement: the
   * lines commit with the events or not at all). Throws InvalidProcessingLogEntry for a malformed entry, before
   * anything is written.
   */
  statementFor(entries: readonly ProcessingLogEntry[]): {
    sql(parameter: string, onlyIf: string): string;
    readonly value: string;
  } {
    const value = JSON.stringify(entries.map(toStored));
    return { sql: (parameter, onlyIf) => insertFrom(parameter, onlyIf), value };
  }

  /** The auditor's search: one gemeente, newest first, keyset-paginated. */
  async search(search: ProcessingLogSearch): Promise<ProcessingLogPage> {
    checkOptionalPeriod(search.from, search.to);
    const params: unknown[] = [search.gemeente];
    const where: string[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (search.userId != null) add((n) => `p.user_id = ${n}`, search.userId);
    if (search.householdId != null) add((n) => `p.household_id = ${n}`, search.householdId);
    if (search.personId != null) add((n) => `p.person_ids @> array[${n}::text]`, search.personId);
    if (search.operation != null) add((n) => `p.operation = ${n}`, search.operation);
    if (search.from != null) add((n) => `p.logged_at >= ${n}`, search.from);
    if (search.to != null) add((n) => `p.logged_at < ${n}`, search.to);
    if (search.emergencyOnly) where.push('p.emergency');
    return this.page(where, params, search, 'desc', AUDITOR_SCOPE);
  }

  /**
   * "Who looked at our file": what people did with this household's data, oldest first. Only ALLOWED lines: a refused
   * attempt processed nothing (the auditor sees those in `search`), and reads of the log itself (`audit.*`) are not
   * processing of the household's data.
   */
  async forHousehold(householdId: string, gemeente: string, page: PageRequest): Promise<ProcessingLogPage> {
    return this.page(['p.household_id = $2', HOUSEHOLD_VIEW_CONDITION], [gemeente, householdId], page, 'asc', [
      'p.gemeente = $1',
    ]);
  }

  /**
   * "Who processed my data" (an inzageverzoek): the lines that name any of these persons (a person has an id per
   * household), with the same lines left out as in `forHousehold`, oldest first.
   */
  async forPersons(personIds: readonly string[], gemeente: string, page: PageRequest): Promise<ProcessingLogPage> {
    if (personIds.length === 0) return { edges: [], hasNextPage: false, endCursor: null };
    return this.page(
      ['p.person_ids && $2::text[]', HOUSEHOLD_VIEW_CONDITION],
      [gemeente, [...personIds]],
      page,
      'asc',
      ['p.gemeente = $1'],
    );
  }

  /** Every noodprocedure line of the period (allowed and refused attempts), oldest first. */
  async emergencies(query: Period & { readonly gemeente: string }): Promise<ProcessingLogRecord[]> {
    const period = checkPeriod(query);
    const { rows } = await this.db.query<LogRow>(
      `select ${COLUMNS} from processing_log p
       where (p.gemeente = $1 or p.target_gemeente = $1) and p.emergency and p.logged_at >= $2 and p.logged_at < $3
       order by p.logged_at, p.id`,
      [query.gemeente, period.from, period.to],
    );
    return rows.map(toRecord);
  }

  /**
   * Every line of the gemeente in the period, oldest first, read in batches of `batchSize` (keyset, so memory stays
   * flat however long the period). `csv`: a header row, then one row per line, CRLF-terminated (RFC 4180);
   * `excel`: the same with `;` and a UTF-8 byte order mark first.
   * `json`: JSON Lines, one object per line, `\n`-terminated. `logged_at` is exact to the microsecond, in UTC.
   */
  async *export(
    query: Period & { readonly gemeente: string },
    format: ExportFormat,
    options: { readonly batchSize?: number; readonly logboek?: LogboekOptions } = {},
  ): AsyncGenerator<string, void, undefined> {
    if (format === 'logboek' && !options.logboek) throw new Error('the logboek format needs options.logboek');
    const period = checkPeriod(query);
    const batchSize = options.batchSize ?? DEFAULT_EXPORT_BATCH_SIZE;
    const separator: CsvSeparator | undefined = format === 'csv' ? ',' : format === 'excel' ? ';' : undefined;
    if (format === 'excel') yield UTF8_BOM;
    if (separator) yield csvRow(EXPORT_COLUMNS, separator);
    let after: string | undefined;
    for (;;) {
      const params: unknown[] = [query.gemeente, period.from, period.to, batchSize];
      const where = ['p.gemeente = $1', 'p.logged_at >= $2', 'p.logged_at < $3'];
      if (after !== undefined) {
        params.push(after);
        where.push(AFTER_ASC(`$${params.length}`));
      }
      const { rows } = await this.db.query<LogRow>(
        `select ${COLUMNS}, ${LOGGED_AT_TEXT} from processing_log p
         where ${where.join(' and ')}
         order by p.logged_at, p.id
         limit $4`,
        params,
      );
      for (const row of rows) {
        if (format === 'logboek') {
          for (const line of logboekLines(toRecord(row), options.logboek!)) yield `${JSON.stringify(line)}\n`;
        } else yield separator ? exportCsvRow(row, separator) : exportJsonLine(row);
      }
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /**
   * One keyset page of the lines matching `where` within `scopes` (each a condition on `$1`, the gemeente). Each
   * scope is its own ordered, limited subquery, so every one can walk its index; the union is merged and cut.
   */
  private async page(
    where: string[],
    params: unknown[],
    request: PageRequest,
    direction: 'asc' | 'desc',
    scopes: readonly string[],
  ): Promise<ProcessingLogPage> {
    const first = logPageSize(request.first);
    const conditions = [...where];
    const values = [...params];
    if (request.after) {
      values.push(decodeLogCursor(request.after));
      conditions.push((direction === 'desc' ? AFTER_DESC : AFTER_ASC)(`$${values.length}`));
    }
    values.push(first + 1);
    const order = `order by p.logged_at ${direction}, p.id ${direction} limit $${values.length}`;
    const parts = scopes.map(
      (scope) => `(select p.* from processing_log p where ${[scope, ...conditions].join(' and ')} ${order})`,
    );
    const { rows } = await this.db.query<LogRow>(
      `select ${COLUMNS} from (${parts.join(' union all ')}) p ${order}`,
      values,
    );
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeLogCursor(row.id), node: toRecord(row) }));
    return {
      edges,
      hasNextPage: rows.length > first,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    };
  }
}

function exportCsvRow(row: LogRow, separator: CsvSeparator): string {
  return csvRow(
    [
      row.id,
      row.logged_at_text,
      row.user_id,
      row.user_name,
      row.role,
      row.gemeente,
      row.on_behalf_of,
      row.household_id,
      (row.person_ids ?? []).join(CSV_LIST_SEPARATOR),
      row.operation,
      row.action,
      (row.fields ?? []).join(CSV_LIST_SEPARATOR),
      row.basis,
      String(row.emergency),
      row.emergency_reason,
      row.correlation_id,
      row.outcome,
      row.span_id,
      row.processing_activity,
      row.target_gemeente,
    ],
    separator,
  );
}

function exportJsonLine(row: LogRow): string {
  return `${JSON.stringify({
    id: row.id,
    loggedAt: row.logged_at_text,
    userId: row.user_id,
    userName: row.user_name,
    role: row.role,
    gemeente: row.gemeente,
    onBehalfOf: row.on_behalf_of,
    householdId: row.household_id,
    personIds: row.person_ids ?? [],
    operation: row.operation,
    action: row.action,
    fields: row.fields ?? [],
    basis: row.basis,
    emergency: row.emergency,
    emergencyReason: row.emergency_reason,
    correlationId: row.correlation_id,
    outcome: row.outcome,
    spanId: row.span_id,
    processingActivity: row.processing_activity,
    targetGemeente: row.target_gemeente,
  })}\n`;
}
