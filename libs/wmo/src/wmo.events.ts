import type { BerichtHerkomst, LocalDate, MaatwerkAfweging } from '@regie/household';
import { lifecycleEventTypes, type DeclaratieOntvangen, type VerzoekOmWijzigingOntvangen } from '@regie/toewijzing';
import type { WmoBesluitUitkomst, WmoConclusie, WmoToereikend } from './wmo.codes';

/** Domain code of the Wmo module: `metadata.domain` of its events and the domain a provider registers for. */
export const WMO_DOMAIN = 'WMO';

/** Stable event type names (Wmo 2015 / iWmo terms of art); never rename one that has been stored. */
export const WmoEventType = {
  meldingOntvangen: 'wmo.MeldingOntvangen',
  onderzoekAfgerond: 'wmo.OnderzoekAfgerond',
  besluitGenomen: 'wmo.BesluitGenomen',
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
export interface WmoOmvang {
  /** Positive whole number of `eenheid`. */
  readonly volume: number;
  /** WJ756 Eenheid. */
  readonly eenheid: string;
  /** WMO757 Frequentie. */
  readonly frequentie: string;
}

/** As WMO301 toewijzing: the gemeente assigns support to an aanbieder for a person. */
export interface ToewijzingVastgelegd {
  readonly memberId: string;
  readonly providerAgb: string;
  /** Unique within Wmo for the household; the key of the episode. */
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate;
  /** WMO020. */
  readonly productcategorie: string;
  /** 5 characters from the contract's catalogue. */
  readonly productcode?: string;
  /** Specific variant; never together with `budget`. Neither = aspecific. */
  readonly omvang?: WmoOmvang;
  /** Budget in euro cents; never together with `omvang`. */
  readonly budget?: number;
  /** The TOEGEKEND besluit this toewijzing carries out. */
  readonly besluitId?: string;
  /** The contract's price per eenheid (euro cents) of the omvang; a budget is its own tariff basis. */
  readonly tariefPerEenheidCents?: number;
  /** WMO002, set by a correction that gives a reason code. */
  readonly redenWijziging?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As WMO305 start zorg. Member, provider and product are copied from the toewijzing. */
export interface ZorgGestart {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly begindatum: LocalDate;
  readonly redenWijziging?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As WMO307 stop zorg: ends the period that started on `begindatum`. */
export interface ZorgGestopt {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly begindatum: LocalDate;
  readonly einddatum: LocalDate;
  /** WMO588. */
  readonly redenBeeindiging: string;
  readonly redenWijziging?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

export interface WmoEventData {
  'wmo.MeldingOntvangen': MeldingOntvangen;
  'wmo.OnderzoekAfgerond': OnderzoekAfgerond;
  'wmo.BesluitGenomen': BesluitGenomen;
  'wmo.ToewijzingVastgelegd': ToewijzingVastgelegd;
  'wmo.ZorgGestart': ZorgGestart;
  'wmo.ZorgGestopt': ZorgGestopt;
  'wmo.DeclaratieOntvangen': DeclaratieOntvangen;
  'wmo.VerzoekOmWijzigingOntvangen': VerzoekOmWijzigingOntvangen;
}
