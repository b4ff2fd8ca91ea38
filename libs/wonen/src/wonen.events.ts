import type { ContactmomentVastgelegd, LocalDate } from '@regie/household';
import type {
  AfspraakSoort,
  AfspraakUitkomst,
  AfspraakVoorwaarde,
  BegeleidingEinde,
  BegeleidingSoort,
  OntruimingFase,
  OntruimingUitkomst,
  OpvolgingStap,
  UrgentieGrond,
  VerhuurderSoort,
} from './wonen.codes';

/** Domain code of Wonen; also `metadata.domain` of its events. */
export const WONEN_DOMAIN = 'WONEN';
export const WONEN_EVENT_PREFIX = 'wonen.';

/** Stable event type names (Dutch terms of art); never rename one that has been stored. */
export const WonenEventType = {
  huurachterstandGesignaleerd: 'wonen.HuurachterstandGesignaleerd',
  huurachterstandOpgevolgd: 'wonen.HuurachterstandOpgevolgd',
  ontruimingDreigt: 'wonen.OntruimingDreigt',
  ontruimingAfgelopen: 'wonen.OntruimingAfgelopen',
  urgentieAangevraagd: 'wonen.UrgentieAangevraagd',
  urgentieToegekend: 'wonen.UrgentieToegekend',
  urgentieAfgewezen: 'wonen.UrgentieAfgewezen',
  betalingsregelingGetroffen: 'wonen.BetalingsregelingGetroffen',
  betalingsregelingBeeindigd: 'wonen.BetalingsregelingBeeindigd',
  woonbegeleidingGestart: 'wonen.WoonbegeleidingGestart',
  woonbegeleidingBeeindigd: 'wonen.WoonbegeleidingBeeindigd',
  laatsteKansAfspraakGemaakt: 'wonen.LaatsteKansAfspraakGemaakt',
  laatsteKansAfspraakBeeindigd: 'wonen.LaatsteKansAfspraakBeeindigd',
  /** A contact of the Wonen team with a member (the household's shared kind); the note stays within Wonen. */
  contactmomentVastgelegd: 'wonen.ContactmomentVastgelegd',
} as const;
export type WonenEventTypeName = (typeof WonenEventType)[keyof typeof WonenEventType];

/** The verhuurder (woningcorporatie or landlord) signalled rent arrears of a member (Wgs vroegsignalering). */
export interface HuurachterstandGesignaleerd {
  readonly signaalId: string;
  /** The huurder. */
  readonly memberId: string;
  /** Name of the verhuurder; may be a private person, so personal data. */
  readonly verhuurder: string;
  readonly verhuurderSoort: VerhuurderSoort;
  /** The arrears in euro cents (personal data: absent once erased). */
  readonly bedragAchterstandCents?: number;
  /** Months of rent in arrears, as the verhuurder reports it (personal data: absent once erased). */
  readonly maandenAchterstand?: number;
  readonly ontvangenOp: LocalDate;
}

/** A follow-up step of a huurachterstand signal. `memberId` is copied from the signal. */
export interface HuurachterstandOpgevolgd {
  readonly signaalId: string;
  readonly memberId: string;
  readonly stap: OpvolgingStap;
  readonly datum: LocalDate;
  /** Free text; visible to Wonen only. */
  readonly note?: string;
}

/**
 * A step of a threatened eviction: dagvaarding, vonnis or aanzegging (with the ontruimingsdatum the deurwaarder
 * announced). The first step opens the case under a new `ontruimingId`; later steps name it.
 */
export interface OntruimingDreigt {
  readonly ontruimingId: string;
  readonly memberId: string;
  readonly fase: OntruimingFase;
  readonly datum: LocalDate;
  readonly verhuurder: string;
  /** The announced date of the eviction; required for an aanzegging. */
  readonly ontruimingsdatum?: LocalDate;
  /** The huurachterstand signal it grew from, when known. */
  readonly signaalId?: string;
  readonly note?: string;
}

/** The outcome of a threatened eviction; UITGESTELD may name the new ontruimingsdatum, and the case stays open. */
export interface OntruimingAfgelopen {
  readonly ontruimingId: string;
  readonly memberId: string;
  readonly uitkomst: OntruimingUitkomst;
  readonly datum: LocalDate;
  readonly nieuweOntruimingsdatum?: LocalDate;
  readonly note?: string;
}

/** A step of an urgentie request (Huisvestingswet 2014 art. 12; the gemeente's huisvestingsverordening). */
export interface UrgentieStap {
  readonly urgentieId: string;
  /** The aanvrager (for the household). */
  readonly memberId: string;
  readonly grond: UrgentieGrond;
  readonly datum: LocalDate;
  /** TOEGEKEND only: the last day the urgentieverklaring is valid. */
  readonly geldigTot?: LocalDate;
  /** Free text; visible to Wonen only. */
  readonly reden?: string;
}
export type UrgentieAangevraagd = UrgentieStap;
export type UrgentieToegekend = UrgentieStap;
export type UrgentieAfgewezen = UrgentieStap;

/** A betalingsregeling (huurregeling) with the verhuurder for the arrears. */
export interface BetalingsregelingGetroffen {
  readonly regelingId: string;
  readonly memberId: string;
  readonly verhuurder: string;
  /** Euro cents per month on top of the rent (personal data). */
  readonly bedragPerMaandCents?: number;
  readonly datum: LocalDate;
  /** The huurachterstand signal it follows up, when known (then it closes that signal). */
  readonly signaalId?: string;
  readonly note?: string;
}

export interface BetalingsregelingBeeindigd {
  readonly regelingId: string;
  readonly memberId: string;
  readonly uitkomst: AfspraakUitkomst;
  readonly datum: LocalDate;
  readonly note?: string;
}

/** Woonbegeleiding, beschermd wonen or its uitstroom started with a provider (registered for WONEN). */
export interface WoonbegeleidingGestart {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly soort: BegeleidingSoort;
  readonly datum: LocalDate;
  readonly note?: string;
}

export interface WoonbegeleidingBeeindigd {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly soort: BegeleidingSoort;
  readonly datum: LocalDate;
  readonly einde: BegeleidingEinde;
  readonly note?: string;
}

/** An eviction-prevention agreement (Laatste kans / Tweede kans) with its conditions and its term. */
export interface LaatsteKansAfspraakGemaakt {
  readonly afspraakId: string;
  readonly memberId: string;
  readonly soort: AfspraakSoort;
  readonly verhuurder: string;
  readonly voorwaarden: readonly AfspraakVoorwaarde[];
  readonly datum: LocalDate;
  /** The last day of the agreement's term. */
  readonly einddatum: LocalDate;
  /** The threatened eviction it prevents, when known. */
  readonly ontruimingId?: string;
  readonly note?: string;
}

export interface LaatsteKansAfspraakBeeindigd {
  readonly afspraakId: string;
  readonly memberId: string;
  readonly soort: AfspraakSoort;
  readonly uitkomst: AfspraakUitkomst;
  readonly datum: LocalDate;
  readonly note?: string;
}

/** The data type of each Wonen event type. */
export interface WonenEventData {
  'wonen.HuurachterstandGesignaleerd': HuurachterstandGesignaleerd;
  'wonen.HuurachterstandOpgevolgd': HuurachterstandOpgevolgd;
  'wonen.OntruimingDreigt': OntruimingDreigt;
  'wonen.OntruimingAfgelopen': OntruimingAfgelopen;
  'wonen.UrgentieAangevraagd': UrgentieAangevraagd;
  'wonen.UrgentieToegekend': UrgentieToegekend;
  'wonen.UrgentieAfgewezen': UrgentieAfgewezen;
  'wonen.BetalingsregelingGetroffen': BetalingsregelingGetroffen;
  'wonen.BetalingsregelingBeeindigd': BetalingsregelingBeeindigd;
  'wonen.WoonbegeleidingGestart': WoonbegeleidingGestart;
  'wonen.WoonbegeleidingBeeindigd': WoonbegeleidingBeeindigd;
  'wonen.LaatsteKansAfspraakGemaakt': LaatsteKansAfspraakGemaakt;
  'wonen.LaatsteKansAfspraakBeeindigd': LaatsteKansAfspraakBeeindigd;
  'wonen.ContactmomentVastgelegd': ContactmomentVastgelegd;
}
