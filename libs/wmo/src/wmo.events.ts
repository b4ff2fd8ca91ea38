import type { ContactmomentVastgelegd, LocalDate, MaatwerkAfweging } from '@regie/household';
import {
  lifecycleEventTypes,
  type DeclaratieOntvangen,
  type Omvang,
  type ToewijzingVastgelegd as LifecycleToewijzing,
  type VerzoekOmToewijzingOntvangen,
  type VerzoekOmWijzigingOntvangen,
  type ZorgGestart,
  type ZorgGestopt,
} from '@regie/toewijzing';
import type { WmoBesluitUitkomst, WmoConclusie, WmoToereikend } from './wmo.codes';

export type {
  ContactmomentVastgelegd,
  DeclaratieOntvangen,
  VerzoekOmToewijzingOntvangen,
  VerzoekOmWijzigingOntvangen,
  ZorgGestart,
  ZorgGestopt,
};

/** Domain code of the Wmo module: `metadata.domain` of its events and the domain a provider registers for. */
export const WMO_DOMAIN = 'WMO';

/** Stable event type names (Wmo 2015 / iWmo terms of art); never rename one that has been stored. */
export const WmoEventType = {
  meldingOntvangen: 'wmo.MeldingOntvangen',
  onderzoekAfgerond: 'wmo.OnderzoekAfgerond',
  besluitGenomen: 'wmo.BesluitGenomen',
  /** A contact of the Wmo team with a member (the household's shared kind); the note stays within Wmo. */
  contactmomentVastgelegd: 'wmo.ContactmomentVastgelegd',
  ...lifecycleEventTypes('wmo.'),
} as const;

export type WmoEventTypeName = (typeof WmoEventType)[keyof typeof WmoEventType];

/** A melding of a hulpvraag (Wmo 2015 art. 2.3.2): starts the onderzoek of at most six weeks. */
export interface MeldingOntvangen {
  readonly meldingId: string;
  readonly memberId: string;
  readonly meldingsdatum: LocalDate;
  /** The legal deadline of the onderzoek: meldingsdatum + 42 days. */
  readonly onderzoekUiterlijk: LocalDate;
  /** Free text in the person's words; visible to Wmo only. */
  readonly hulpvraag: string;
}

/** What the onderzoek found on one rung of the ladder. */
export interface WmoTrede {
  readonly overwogen: boolean;
  readonly toereikend: WmoToereikend;
  /** Free text; visible to Wmo only. */
  readonly toelichting?: string;
}

/** The onderzoek (often the keukentafelgesprek) of a melding, with what was found on every rung. */
export interface OnderzoekAfgerond {
  readonly meldingId: string;
  /** Copied from the melding. */
  readonly memberId: string;
  readonly afgerondOp: LocalDate;
  readonly keukentafelgesprekOp?: LocalDate;
  /** Copied from the melding, so the timeline can tell a late onderzoek. */
  readonly onderzoekUiterlijk: LocalDate;
  readonly eigenKracht: WmoTrede;
  readonly gebruikelijkeHulp: WmoTrede;
  readonly mantelzorg: WmoTrede;
  readonly sociaalNetwerk: WmoTrede;
  readonly algemeneVoorziening: WmoTrede;
  readonly conclusie: WmoConclusie;
}

/** The besluit (beschikking) on the aanvraag that follows an onderzoek. */
export interface BesluitGenomen {
  readonly besluitId: string;
  readonly meldingId: string;
  /** Copied from the melding. */
  readonly memberId: string;
  readonly besluitdatum: LocalDate;
  readonly uitkomst: WmoBesluitUitkomst;
  /** WMO020; required when TOEGEKEND. */
  readonly productcategorie?: string;
  /** Name of the algemene voorziening; required when VERWEZEN_NAAR_ALGEMENE_VOORZIENING. */
  readonly algemeneVoorziening?: string;
  /** Free text; visible to Wmo only. */
  readonly motivering: string;
  /** WMO002, set by a correction that gives a reason code. */
  readonly redenWijziging?: string;
  /** TOEGEKEND (a maatwerk decision): its onderzoek's ladder and the catalogue's alternatives; absent on older ones. */
  readonly afweging?: MaatwerkAfweging;
}

/** Omvang of a specific toewijzing (iWmo Omvang): so many units per frequentie. */
export type WmoOmvang = Omvang;

/** As WMO301 toewijzing; it may carry out a TOEGEKEND besluit. */
export interface ToewijzingVastgelegd extends LifecycleToewijzing {
  /** The TOEGEKEND besluit this toewijzing carries out. */
  readonly besluitId?: string;
}

export interface WmoEventData {
  'wmo.MeldingOntvangen': MeldingOntvangen;
  'wmo.OnderzoekAfgerond': OnderzoekAfgerond;
  'wmo.BesluitGenomen': BesluitGenomen;
  'wmo.ContactmomentVastgelegd': ContactmomentVastgelegd;
  'wmo.ToewijzingVastgelegd': ToewijzingVastgelegd;
  'wmo.ZorgGestart': ZorgGestart;
  'wmo.ZorgGestopt': ZorgGestopt;
  'wmo.VerzoekOmToewijzingOntvangen': VerzoekOmToewijzingOntvangen;
  'wmo.DeclaratieOntvangen': DeclaratieOntvangen;
  'wmo.VerzoekOmWijzigingOntvangen': VerzoekOmWijzigingOntvangen;
}
