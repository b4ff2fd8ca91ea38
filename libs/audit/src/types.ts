/** What happened to the data: read, written, exported, erased, or an attempt that was refused. */
export const PROCESSING_OPERATIONS = ['READ', 'WRITE', 'EXPORT', 'ERASE', 'DENIED'] as const;
export type ProcessingOperation = (typeof PROCESSING_OPERATIONS)[number];

/** `DENIED` exactly when the operation is `DENIED` (a database constraint holds the two together). */
export type ProcessingOutcome = 'ALLOWED' | 'DENIED';

/**
 * One line of the verwerkingenlog as a caller hands it in. Identifiers, roles, action and field names, the legal
 * basis and the user's own name only: never a member's name, a BSN or free text of care content
 * (`validateProcessingLogEntry` refuses what does not look like an identifier where one is expected).
 */
export interface ProcessingLogEntry {
  /** The user who acted (the token's `sub`). */
  readonly userId: string;
  /** The user's own name (NEN 7513: the user), from the token. */
  readonly userName?: string | null;
  readonly role: string;
  /** CBS code of the gemeente on whose behalf ("namens") the user acts: the tenant. */
  readonly gemeente: string;
  /** A delegating or responsible actor's id, when the user acts for someone else. */
  readonly onBehalfOf?: string | null;
  readonly householdId?: string | null;
  /** Ids of the household members concerned (random UUIDs; never names or BSNs). */
  readonly personIds?: readonly string[];
  readonly operation: ProcessingOperation;
  /** What was done, `<area>.<operation>`: `household.timeline`, `jeugd.recordToewijzing`, `audit.processingLog`. */
  readonly action: string;
  /** Field names or data categories read or written, e.g. `timeline.JEUGD`, `plan`, `members`. */
  readonly fields?: readonly string[];
  /** Why access was allowed (or, for DENIED, why not): e.g. `regisseur; JEUGD: WETTELIJKE_TAAK (art. 2.3 Jeugdwet)`. */
  readonly basis: string;
  /** Noodprocedure (break the glass): the user's reason. Present = an emergency access. */
  readonly emergencyReason?: string | null;
  /** Ties the entries of one request together: the W3C trace id of the request. */
  readonly correlationId?: string | null;
  /** The W3C span id of the action; default: the active span's. */
  readonly spanId?: string | null;
  /**
   * A refused attempt (DENIED) on a household of another gemeente: that gemeente, so its auditor sees the attempt
   * too. Only when the household exists and is not of `gemeente`; the caller is never told either way.
   */
  readonly targetGemeente?: string | null;
}

/** A stored line: the entry plus what the database adds. */
export interface ProcessingLogRecord {
  /** Decimal string of the bigint identity. */
  readonly id: string;
  /** Server time of the insert (PostgreSQL `clock_timestamp()`), never the caller's. */
  readonly loggedAt: Date;
  readonly userId: string;
  readonly userName: string | null;
  readonly role: string;
  readonly gemeente: string;
  readonly onBehalfOf: string | null;
  readonly householdId: string | null;
  readonly personIds: string[];
  readonly operation: ProcessingOperation;
  readonly action: string;
  readonly fields: string[];
  readonly basis: string;
  readonly emergency: boolean;
  readonly emergencyReason: string | null;
  readonly correlationId: string | null;
  readonly outcome: ProcessingOutcome;
  /** The W3C span id of the action (lines written since the Logboek migration). */
  readonly spanId: string | null;
  /** The register version the action belongs to, `urn:regie:verwerkingsactiviteit:<id>:<version>`. */
  readonly processingActivity: string | null;
  /** For a refused attempt on another gemeente's household: that gemeente (see ProcessingLogEntry). */
  readonly targetGemeente: string | null;
}

/** A period `[from, to)`: `from` inclusive, `to` exclusive. */
export interface Period {
  readonly from: Date;
  readonly to: Date;
}

export interface PageRequest {
  readonly first: number;
  /** An `endCursor` of an earlier page of the same query. */
  readonly after?: string | null;
}

export interface ProcessingLogSearch extends PageRequest {
  /** Always the caller's own gemeente: there is no search across tenants. */
  readonly gemeente: string;
  readonly userId?: string | null;
  readonly householdId?: string | null;
  /** Entries whose `personIds` contain this member id. */
  readonly personId?: string | null;
  readonly operation?: ProcessingOperation | null;
  /** Inclusive. */
  readonly from?: Date | null;
  /** Exclusive. */
  readonly to?: Date | null;
  readonly emergencyOnly?: boolean | null;
}

export interface ProcessingLogPage {
  readonly edges: readonly { readonly cursor: string; readonly node: ProcessingLogRecord }[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/** `logboek`: Logboek Dataverwerkingen lines, one per action and per data subject (see docs/verwerkingenlog.md). */
/** `excel`: the CSV with `;` between cells and a UTF-8 byte order mark, so Excel in a Dutch locale opens it in columns. */
export type ExportFormat = 'csv' | 'excel' | 'json' | 'logboek';
