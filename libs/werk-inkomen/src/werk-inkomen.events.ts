import type { ContactmomentVastgelegd, LocalDate, MaatwerkAfweging, TariffBasis } from '@regie/household';
import type {
  Bijstandsvorm,
  OpvolgingStap,
  ReintegratieResultaat,
  ReintegratieSoort,
  SchuldhulpFase,
  VroegsignaalSoort,
} from './werk-inkomen.codes';

/** Domain code of Werk & Inkomen (Participatiewet, Wgs); also `metadata.domain` of its events. */
export const WERK_EN_INKOMEN_DOMAIN = 'WERK_EN_INKOMEN';
export const WERK_EN_INKOMEN_EVENT_PREFIX = 'werk-inkomen.';

/** Stable event type names (Dutch terms of art); never rename one that has been stored. */
export const WerkInkomenEventType = {
  bijstandAangevraagd: 'werk-inkomen.BijstandAangevraagd',
  bijstandToegekend: 'werk-inkomen.BijstandToegekend',
  bijstandAfgewezen: 'werk-inkomen.BijstandAfgewezen',
  bijstandBeeindigd: 'werk-inkomen.BijstandBeeindigd',
  vroegsignaalOntvangen: 'werk-inkomen.VroegsignaalOntvangen',
  vroegsignaalOpgevolgd: 'werk-inkomen.VroegsignaalOpgevolgd',
  schuldhulpGestart: 'werk-inkomen.SchuldhulpGestart',
  schuldhulpFaseGewijzigd: 'werk-inkomen.SchuldhulpFaseGewijzigd',
  schuldhulpBeeindigd: 'werk-inkomen.SchuldhulpBeeindigd',
  reintegratieGestart: 'werk-inkomen.ReintegratieGestart',
  reintegratieBeeindigd: 'werk-inkomen.ReintegratieBeeindigd',
  /** A contact of the Werk & Inkomen team with a member (the household's shared kind); the note stays here. */
  contactmomentVastgelegd: 'werk-inkomen.ContactmomentVastgelegd',
} as const;
export type WerkInkomenEventTypeName = (typeof WerkInkomenEventType)[keyof typeof WerkInkomenEventType];

/**
 * One step of a bijstand case (Participatiewet): the data of BijstandAangevraagd, -Toegekend, -Afgewezen and
 * -Beeindigd. `bijstandId` is given by Regie on the aanvraag; the later steps refer to it.
 */
export interface BijstandStap {
  readonly bijstandId: string;
  /** The aanvrager. */
  readonly memberId: string;
  readonly bijstandsvorm: Bijstandsvorm;
  readonly datum: LocalDate;
  /** Free text; visible to Werk & Inkomen only. */
  readonly reden?: string;
  /** TOEGEKEND only: the monthly amount in euro cents (the person's income: personal data). */
  readonly bedragPerMaand?: number;
}
export type BijstandAangevraagd = BijstandStap;
export type BijstandToegekend = BijstandStap;
export type BijstandAfgewezen = BijstandStap;
export type BijstandBeeindigd = BijstandStap;

/** Wgs vroegsignalering: a creditor reported payment arrears of a member. */
export interface VroegsignaalOntvangen {
  readonly signaalId: string;
  readonly memberId: string;
  readonly soort: VroegsignaalSoort;
  readonly ontvangenOp: LocalDate;
  /** The reporting creditor, e.g. the housing corporation. */
  readonly schuldeiser: string;
  /** Euro cents. */
  readonly bedragAchterstand?: number;
}

/** A follow-up step of a vroegsignaal. `memberId` is copied from the signal. */
export interface VroegsignaalOpgevolgd {
  readonly signaalId: string;
  readonly memberId: string;
  readonly stap: OpvolgingStap;
  readonly datum: LocalDate;
  /** Free text; visible to Werk & Inkomen only. */
  readonly note?: string;
}

/** A schuldhulp traject started (Wgs). */
export interface SchuldhulpGestart {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly fase: SchuldhulpFase;
  readonly datum: LocalDate;
  /** Free text; visible to Werk & Inkomen only. */
  readonly reden?: string;
  /** PER_MAAND or BUDGET, from the contract. */
  readonly tarief?: TariffBasis;
  /** What the start (a maatwerk decision) rests on; absent on trajects recorded before it was kept. */
  readonly afweging?: MaatwerkAfweging;
}

/** A schuldhulp traject moved to another phase, possibly with another provider (e.g. a kredietbank). */
export interface SchuldhulpFaseGewijzigd {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  /** The new phase. */
  readonly fase: SchuldhulpFase;
  readonly vorigeFase: SchuldhulpFase;
  readonly datum: LocalDate;
  readonly reden?: string;
}

/** A schuldhulp traject ended, in phase `fase`. */
export interface SchuldhulpBeeindigd {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly fase: SchuldhulpFase;
  readonly datum: LocalDate;
  readonly reden?: string;
}

/** A re-integratie traject started (Participatiewet, ondersteuning bij arbeidsinschakeling). */
export interface ReintegratieGestart {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly soort: ReintegratieSoort;
  readonly datum: LocalDate;
  /** PER_MAAND or BUDGET, from the contract. */
  readonly tarief?: TariffBasis;
  /** What the start (a maatwerk decision) rests on; absent on trajects recorded before it was kept. */
  readonly afweging?: MaatwerkAfweging;
}

/** A re-integratie traject ended with a resultaat. */
export interface ReintegratieBeeindigd {
  readonly trajectId: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly soort: ReintegratieSoort;
  readonly datum: LocalDate;
  readonly resultaat: ReintegratieResultaat;
}

/** The data type of each Werk & Inkomen event type. */
export interface WerkInkomenEventData {
  'werk-inkomen.BijstandAangevraagd': BijstandAangevraagd;
  'werk-inkomen.BijstandToegekend': BijstandToegekend;
  'werk-inkomen.BijstandAfgewezen': BijstandAfgewezen;
  'werk-inkomen.BijstandBeeindigd': BijstandBeeindigd;
  'werk-inkomen.VroegsignaalOntvangen': VroegsignaalOntvangen;
  'werk-inkomen.VroegsignaalOpgevolgd': VroegsignaalOpgevolgd;
  'werk-inkomen.SchuldhulpGestart': SchuldhulpGestart;
  'werk-inkomen.SchuldhulpFaseGewijzigd': SchuldhulpFaseGewijzigd;
  'werk-inkomen.SchuldhulpBeeindigd': SchuldhulpBeeindigd;
  'werk-inkomen.ReintegratieGestart': ReintegratieGestart;
  'werk-inkomen.ReintegratieBeeindigd': ReintegratieBeeindigd;
  'werk-inkomen.ContactmomentVastgelegd': ContactmomentVastgelegd;
}
