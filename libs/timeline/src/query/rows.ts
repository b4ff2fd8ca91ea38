/** Rows as the read-model queries return them (pg and PGlite both give Date for timestamptz, string for date). */
export interface TimelineEntryRow {
  event_id: string;
  household_id: string;
  global_position: string;
  domain: string;
  type: string;
  occurred_at: Date;
  /** YYYY-MM-DD for an entry on a business date; null for one that happened at an instant. */
  occurred_on: string | null;
  recorded_at: Date;
  summary: string;
  member_id: string | null;
  member_name: string | null;
  provider_agb: string | null;
  provider_name: string | null;
  category: string | null;
  status: string | null;
  note: string | null;
  recorded_by_user_id: string | null;
  recorded_by_name: string | null;
  recorded_by_role: string | null;
  corrected_by: string[];
  withdrawn_by: string | null;
}

export interface HouseholdRow {
  id: string;
  gemeente: string | null;
  name: string | null;
  regisseur_user_id: string | null;
  regisseur_name: string | null;
  regisseur_since: Date | null;
  closed: boolean;
  registered_at: Date | null;
  last_activity: Date | null;
}

/** A household with what access control needs (see `TimelineReadModel.accessFacts`). */
export interface AccessFactsRow extends HouseholdRow {
  involved_domains: string[];
  member_ids: string[];
  bases: {
    domain: string;
    member_ids: string[];
    grondslag: string;
    wettelijke_bepaling: string;
    valid_from: string;
    valid_until: string;
    ended_on: string | null;
  }[];
}

export interface EpisodeRow {
  household_id: string;
  domain: string;
  key: string;
  kind: string;
  member_id: string | null;
  member_name: string | null;
  provider_agb: string | null;
  label: string | null;
  toegewezen_op: string | null;
  ingangsdatum: string | null;
  /** The first start. */
  gestart_op: string | null;
  /** The start of the current period when care started again after a stop. */
  restarted_on: string | null;
  gestopt_op: string | null;
}

export interface MyHouseholdRow {
  id: string;
  name: string | null;
  last_activity: Date;
  active_providers: number;
  open_signals: number;
  overdue_waits: number;
  overdue_signals: number;
  overdue_onderzoeken: number;
  maatwerk_without_ladder: number;
  /** Worklist kind → open signals past their term; only kinds with any. */
  overdue_by_kind: Record<string, number>;
}
