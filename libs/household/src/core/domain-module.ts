import type { CostFact, LadderFact, MaatwerkFact } from './facts';
import type { HouseholdEvent } from './event-envelope';
import type { HouseholdCore } from './household-core';
import type { LocalDate } from './local-date';
import type { PersonalDataSpec } from './personal-data';
import type { DomainRejectionCode } from './rejection';

/** A life-cycle fact the read side turns into the providers view and waiting times. */
export interface CareEpisodeFact {
  /** Unique per household and domain, e.g. the ToewijzingNummer or a trajectory id. */
  readonly key: string;
  readonly kind: 'TOEWIJZING' | 'TRAJECT';
  readonly step: 'TOEGEWEZEN' | 'GESTART' | 'GESTOPT';
  readonly date: LocalDate;
  /** Human label of what it is, e.g. "ambulant (45)". */
  readonly label: string;
  /**
   * On TOEGEWEZEN: the first day the care may start (a toewijzing's ingangsdatum). The wachttijd counts from the later
   * of this and the TOEGEWEZEN date: care that may not start yet does not wait.
   */
  readonly ingangsdatum?: LocalDate;
}

/** Something that waits for follow-up by a term: a Wgs vroegsignaal, a Wmo melding awaiting its onderzoek. */
export interface SignalFact {
  /** Unique per household and domain, e.g. the signaalId or meldingId. */
  readonly key: string;
  readonly open: boolean;
  /**
   * What waits, e.g. WGS_VROEGSIGNAAL or WMO_ONDERZOEK: one of the domain's `signalKinds`, which say how the worklist
   * shows it. Absent = WGS_VROEGSIGNAAL (events stored before kinds existed).
   */
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

/**
 * A kind of signal a domain opens (`SignalFact.kind`) and how the regisseur's worklist shows one whose term has passed
 * without follow-up. The worklist, the household counters and the GraphQL `WorklistKind` enum are derived from these.
 */
export interface SignalKindDefinition {
  /** The `SignalFact.kind` the domain's `describe` returns, unique across domains, e.g. `WGS_VROEGSIGNAAL`. */
  readonly kind: string;
  /**
   * The worklist line's kind, unique across domains and a GraphQL enum value (capitals, digits, `_`), e.g.
   * `WGS_SIGNAAL_ZONDER_OPVOLGING`. Clients switch on it; never change it once released.
   */
  readonly worklistKind: string;
  /** What the worklist line says, Dutch at B1 level, e.g. "Betalingsachterstand zonder opvolging". */
  readonly worklistLabel: string;
  /**
   * Days within which such a signal needs follow-up: `describe` sets `SignalFact.dueOn` to the opening date plus this
   * term when the signal opens (a signal without `dueOn` never becomes overdue). State its source next to the number.
   */
  readonly termDays: number;
}

/**
 * A waiting-time norm: at most `days` from TOEGEWEZEN (or the episode's `ingangsdatum`, when later) to the first
 * GESTART (`CareEpisodeFact` steps) of the domain's episodes. A toewijzing over it appears on the regisseur's worklist
 * (`TOEWIJZING_WACHT_TE_LANG`) and in the providers view.
 */
export interface WaitingNorm {
  readonly days: number;
  /** Where the norm comes from, for people, e.g. "Treeknorm jeugdhulp: zes weken". */
  readonly source: string;
}

/**
 * Which fields of the domain's entries carry facts the read side keeps besides the line itself, so that a correction
 * (`household.EntryCorrected`, StatusAanlevering 2) of such a field moves that fact too. Field names are those of
 * the event data, and so of `EntryCorrected.changes`.
 */
export interface CorrectionFacts {
  /**
   * Per episode step (`CareEpisodeFact.step`), the fields that hold that step's dates, e.g. `GESTART: ['begindatum']`
   * (on TOEGEWEZEN also the `ingangsdatum`'s field). A correction of one of them has the read side work out the
   * episode's dates again from its corrected entries, so waiting times follow the corrected record. A step without
   * fields keeps its dates.
   */
  readonly episodeDateFields?: Readonly<Partial<Record<CareEpisodeFact['step'], readonly string[]>>>;
  /** The field that ends an entry's validity, e.g. `einddatum` of a toewijzing (the `CostFact.validUntil`). */
  readonly validityEndField?: string;
  /**
   * The fields the entry's `CostFact` is computed from besides the validity end, e.g. `omvang`, `budget`,
   * `ingangsdatum`. A correction of one of them (or of `validityEndField`) has the domain describe the corrected
   * entry again and its cost line replaced. Absent: every correction recomputes the cost line.
   */
  readonly costBasisFields?: readonly string[];
}

/**
 * How a correctable field is typed and checked in the GraphQL `CorrectionChangesInput`: `date` a LocalDate
 * (YYYY-MM-DD), `code` a code of at most 20 characters, `cents` whole euro cents, `count` a whole number, `text` at
 * most 200 characters, `omvang` the nested `OmvangCorrectionInput` (volume, eenheid, frequentie).
 */
export type CorrectableFieldKind = 'date' | 'code' | 'cents' | 'count' | 'text' | 'omvang';

/**
 * A field of the domain's entries a correction (StatusAanlevering 2) may change. The GraphQL `CorrectionChangesInput`
 * has one field per name the registered domains declare (a name two domains declare must have the same kind); its
 * description lists the domains per description, e.g. "Toewijzing (Jeugd, Wmo).". Which entry takes which field stays
 * the domain's `validateCorrection`.
 */
export interface CorrectableField {
  /** The event data's field name, e.g. `ingangsdatum`. */
  readonly name: string;
  readonly kind: CorrectableFieldKind;
  /** Which entries take it, for client developers (English), e.g. "Toewijzing; null removes it". */
  readonly description: string;
}

/**
 * The domain's entry in the register of verwerkingsactiviteiten (AVG art. 30, `libs/audit`), Dutch for people. The
 * register derives the rest: id (the code in lower case), domain, the term (`P<retentionYears>Y`), the verwerkingenlog
 * actions (`eventPrefix`). A relevant change is a new `version` with its `validFrom`, as the register asks.
 */
export interface DomainProcessingActivity {
  readonly version: number;
  /** ISO date from which this version applies. */
  readonly validFrom: string;
  readonly name: string;
  readonly purpose: string;
  /** W3C DPV basis, the AVG articles and the law(s) the processing rests on. */
  readonly legalBasis: {
    readonly gdpr: 'OfficialAuthorityOfController' | 'LegalObligation' | 'PublicInterest' | 'VitalInterest' | 'Consent';
    readonly article: string;
    readonly law: string;
  };
  /** DPV data subjects, e.g. `Citizen`, `VulnerableHuman`. */
  readonly dataSubjects: readonly string[];
  readonly personalDataCategories: readonly string[];
  /** From when the term runs and why it is `retentionYears`, with its source. */
  readonly retention: { readonly from: string; readonly basis: string };
  /** DPV operations, e.g. `Obtain`, `Store`, `Use`, `Disclose`, `Remove`. */
  readonly processingOperations: readonly string[];
}

export interface NameLookup {
  member(memberId: string): string | undefined;
  provider(agbCode: string): string | undefined;
}

/**
 * Everything the rest of Regie knows about a domain: the only plug. A domain's Nest module registers it with the
 * household's `DomainRegistry` (see a domain's `*.module.ts`), and the module is listed once in `@regie/domains`.
 * The household folds the domain's events with `evolve`; the read side uses `describe`, `signalKinds`, `waitingNorm`
 * and `correctionFacts`; the codes a token may carry (and the development sign-in's groups), the GraphQL domain enums,
 * the worklist's kinds and texts, the rejection codes and the fields of `CorrectionChangesInput` (`correctableFields`)
 * are derived from the registered definitions (`domain-catalogue.ts`, `graphql/correction.inputs.ts`); `@regie/domains`
 * adds `processingActivity` to the register of verwerkingsactiviteiten. Nothing outside the domain's lib names its
 * code but its registration line in `@regie/domains`.
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
   * The signal kinds its `describe` opens (`SignalFact.kind`), with their worklist line and term. A signal of a kind
   * not listed here is kept on the timeline but never shows on the worklist.
   */
  readonly signalKinds?: readonly SignalKindDefinition[];
  /** The norm for the time from toewijzing to start of its episodes; absent when the domain has none agreed. */
  readonly waitingNorm?: WaitingNorm;
  /** The facts a correction of its entries changes on the read side: episode dates, validity end, cost basis. */
  readonly correctionFacts?: CorrectionFacts;
  /**
   * The rejection codes its deciders use beyond the household's (`CORE_REJECTION_CODES`), made with
   * `rejectionCodes([...])` so `reject` accepts them. Clients see them as GraphQL `extensions.code`.
   */
  readonly rejectionCodes?: readonly DomainRejectionCode[];
  /**
   * Its entry in the register of verwerkingsactiviteiten; `@regie/domains` adds it to the register. Jeugd, Wmo and
   * Werk & Inkomen keep theirs in `libs/audit`'s register file (their versioned history); a domain has one or the other.
   */
  readonly processingActivity?: DomainProcessingActivity;
  /** The fields of its entries a correction may change, with their kind; they make up `CorrectionChangesInput`. */
  readonly correctableFields?: readonly CorrectableField[];
  /**
   * For retention: whether care that has no episodes (see `CareEpisodeFact`) still runs, e.g. granted bijstand.
   * Open episodes already count as running care.
   */
  careOngoing?(state: State): boolean;
}
