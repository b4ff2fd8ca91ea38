import type { CostFact } from '../insight/tariff';
import type { LadderFact } from '../insight/ladder';
import type { MaatwerkFact } from '../insight/voorliggend-veld';
import type { HouseholdEvent } from './event-envelope';
import type { HouseholdCore } from './household.state';
import type { LocalDate } from './local-date';
import type { PersonalDataSpec } from './personal-data';

/** A life-cycle fact the read side turns into the providers view and waiting times. */
export interface CareEpisodeFact {
  /** Unique per household and domain, e.g. the ToewijzingNummer or a trajectory id. */
  readonly key: string;
  readonly kind: 'TOEWIJZING' | 'TRAJECT';
  readonly step: 'TOEGEWEZEN' | 'GESTART' | 'GESTOPT';
  readonly date: LocalDate;
  /** Human label of what it is, e.g. "ambulant (45)". */
  readonly label: string;
}

/** Something that waits for follow-up by a term: a Wgs vroegsignaal, a Wmo melding awaiting its onderzoek. */
export interface SignalFact {
  /** Unique per household and domain, e.g. the signaalId or meldingId. */
  readonly key: string;
  readonly open: boolean;
  /** What waits, e.g. WGS_VROEGSIGNAAL or WMO_ONDERZOEK; the worklist groups by it. Absent = WGS_VROEGSIGNAAL. */
  readonly kind?: string;
  /** The last day of the term for follow-up (set when the signal opens). */
  readonly dueOn?: LocalDate;
}

/** A declared amount (a 323 line) for the realised cost; a credit line is negative. */
export interface DeclarationFact {
  /** Same key as the toewijzing's episode and cost fact (the ToewijzingNummer). */
  readonly key: string;
  /** Identifies the line across messages (DeclaratieNummer + ProductReferentie): a credit line names the debit it corrects. */
  readonly lineReference: string;
  readonly periodBegin: LocalDate;
  readonly periodEnd: LocalDate;
  /** Signed amount in cents: debet positive, credit negative. */
  readonly amountCents: number;
  readonly volume?: number;
  readonly eenheid?: string;
}

/** One timeline line for an event, in need-to-know terms. */
export interface TimelineDescription {
  /** One Dutch line a regisseur can read: "Zorg gestart: ambulante jeugdhulp bij X voor Y". */
  readonly summary: string;
  readonly memberId?: string;
  readonly providerAgb?: string;
  /** Need-to-know fields other domains may see: what category, which status. */
  readonly category?: string;
  readonly status?: string;
  /** Free text: visible to the own domain only. */
  readonly note?: string;
  readonly episode?: CareEpisodeFact;
  /**
   * A signal that waits for follow-up (e.g. a Wgs vroegsignaal): open when received, closed by the follow-up.
   * The read side counts open signals per household for the regisseur's worklist.
   */
  readonly signal?: SignalFact;
  /** An afweging (ladder) was recorded: the Wmo onderzoek, or a household afweging for Jeugd or Werk & Inkomen. */
  readonly ladder?: LadderFact;
  /** A maatwerk decision: whether the lower rungs were considered and the catalogue's alternatives weighed. */
  readonly maatwerk?: MaatwerkFact;
  /** The tariff basis of a toewijzing or trajectory (same key as its episode), for the cost overview. */
  readonly cost?: CostFact;
  /** A declaration line (323): realised cost for its period, next to the expected cost of the toewijzing. */
  readonly declaration?: DeclarationFact;
}

export interface NameLookup {
  member(memberId: string): string | undefined;
  provider(agbCode: string): string | undefined;
}

/**
 * What a domain module contributes to the household. Register one with `HouseholdModule` (see a domain's
 * `*.module.ts`); the household folds the domain's events with `evolve` and the read side uses `describe`.
 */
export interface DomainModuleDefinition<State = unknown> {
  /** Domain code, e.g. `JEUGD`; also the value of `metadata.domain` of its events. */
  readonly code: string;
  /** Prefix of its event types, e.g. `jeugd.`. */
  readonly eventPrefix: string;
  /** Dutch name for people, e.g. "Jeugd". */
  readonly label: string;
  /** Years a record is kept after the care ended (retention). */
  readonly retentionYears: number;
  readonly initialState: State;
  evolve(state: State, event: HouseholdEvent, core: HouseholdCore): State;
  /**
   * Which fields of which of its event types a correction (StatusAanlevering 2) may change, with a check of the
   * new values; returns a Dutch message for a bad correction or undefined when it is fine.
   */
  validateCorrection(entry: HouseholdEvent, changes: Readonly<Record<string, unknown>>): string | undefined;
  describe(event: HouseholdEvent, names: NameLookup): TimelineDescription;
  /**
   * Which fields of its event types hold personal data, of whom (`PersonalDataFields.memberId`; else the household)
   * and of what kind. They are stored sealed with that subject's key, so erasure (forgetPerson, retention) works by
   * destroying keys. Free text and figures about a person belong here; codes, dates of care and ids do not.
   */
  readonly personalData?: PersonalDataSpec;
  /**
   * For retention: whether care that has no episodes (see `CareEpisodeFact`) still runs, e.g. granted bijstand.
   * Open episodes already count as running care.
   */
  careOngoing?(state: State): boolean;
}
