import type { LocalDate } from '@regie/household';

/** `date` plus `days` calendar days (no time zone involved); negative days go back. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The signal kinds of Wonen, as `SignalFact.kind`. */
export const WONEN_SIGNAL = {
  huurachterstand: 'WONEN_HUURACHTERSTAND',
  ontruiming: 'WONEN_ONTRUIMING',
} as const;

/**
 * Days within which Regie expects a huurachterstand signal to be followed up (contact made, help offered or a referral
 * to schuldhulp). A WORKING NORM, not a statutory term. Sources checked:
 * - the Besluit gemeentelijke schuldhulpverlening (in force 1 January 2021) says WHEN the verhuurder must signal
 *   (after its own sociale incasso: personal contact sought, the tenant pointed at schuldhulp, at least one written
 *   reminder offering to pass the contact details to the gemeente), not how fast the gemeente must act on it;
 * - the Wgs obliges the college to offer help after a signal (art. 3) and sets a maximum of four weeks between a
 *   request for help and the first conversation, three working days when a threatening situation such as a
 *   threatened eviction exists (art. 4; article numbers to be checked against wetten.overheid.nl before relying on
 *   them).
 * So we apply the four weeks by analogy, the same 28 days as Werk & Inkomen's WGS_OPVOLGING_TERMIJN_DAYS; the short
 * three-day term is covered by the ontruiming signal below. Change it here and only here.
 */
export const HUURACHTERSTAND_OPVOLGING_DAYS = 28;

/**
 * An ontruimingsdatum within this many days without a recorded outcome is on the regisseur's worklist: two weeks to
 * prevent it (a month's rent from the maatwerkbudget, a Laatste kans-afspraak, uitstel). Regie working norm.
 */
export const ONTRUIMING_SIGNAAL_DAYS = 14;

/** The last day of the follow-up term of a huurachterstand signal received on `ontvangenOp`. */
export const huurachterstandOpvolgenUiterlijk = (ontvangenOp: LocalDate): LocalDate =>
  addDays(ontvangenOp, HUURACHTERSTAND_OPVOLGING_DAYS);

/**
 * The `dueOn` of an ontruiming signal: the last day on which the ontruimingsdatum is still more than
 * ONTRUIMING_SIGNAAL_DAYS days away. The worklist lists a signal once `dueOn` lies before today, that is from the
 * day the ontruimingsdatum is ONTRUIMING_SIGNAAL_DAYS days or fewer away.
 */
export const ontruimingSignaalVanaf = (ontruimingsdatum: LocalDate): LocalDate =>
  addDays(ontruimingsdatum, -(ONTRUIMING_SIGNAAL_DAYS + 1));

/**
 * What the plug (the domain definition, issue 14 item 2) will ask of a domain about its signals, as data: the kind,
 * the Dutch worklist text (B1) and the term in days. `termRunsFrom` says what the term counts from, since the two
 * Wonen signals run in opposite directions.
 */
export interface WonenSignalKind {
  readonly kind: string;
  /** The worklist kind the read side shows (the `WorklistKind` enum value). */
  readonly worklistKind: string;
  readonly worklistLabel: string;
  readonly termDays: number;
  readonly termRunsFrom: 'ONTVANGST' | 'BEFORE_ONTRUIMINGSDATUM';
}

export const wonenSignalKinds: readonly WonenSignalKind[] = [
  {
    kind: WONEN_SIGNAL.huurachterstand,
    worklistKind: 'WONEN_HUURACHTERSTAND_ZONDER_OPVOLGING',
    worklistLabel: 'Huurachterstand niet op tijd opgevolgd',
    termDays: HUURACHTERSTAND_OPVOLGING_DAYS,
    termRunsFrom: 'ONTVANGST',
  },
  {
    kind: WONEN_SIGNAL.ontruiming,
    worklistKind: 'WONEN_ONTRUIMING_DREIGT',
    worklistLabel: 'Ontruiming binnen 14 dagen, nog geen uitkomst',
    termDays: ONTRUIMING_SIGNAAL_DAYS,
    termRunsFrom: 'BEFORE_ONTRUIMINGSDATUM',
  },
];

/**
 * Waiting norms (TOEGEWEZEN → GESTART) for the plug: Wonen has no toewijzingen and no agreed norm, so none. Kept as
 * data so the plug can read it like the other domains'.
 */
export const wonenWaitingNorms: Readonly<Record<string, number>> = {};
