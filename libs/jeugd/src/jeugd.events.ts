import type { BerichtHerkomst, LocalDate, MaatwerkAfweging } from '@regie/household';
import { lifecycleEventTypes, type DeclaratieOntvangen, type VerzoekOmWijzigingOntvangen } from '@regie/toewijzing';

/** Domain code of the Jeugd module: `metadata.domain` of its events and the domain a provider registers for. */
export const JEUGD_DOMAIN = 'JEUGD';

/** Stable event type names (iJw terms of art); never rename one that has been stored. */
export const JeugdEventType = {
  ...lifecycleEventTypes('jeugd.'),
  contactmomentVastgelegd: 'jeugd.ContactmomentVastgelegd',
} as const;

export type JeugdEventTypeName = (typeof JeugdEventType)[keyof typeof JeugdEventType];

/** Omvang of a specific toewijzing (iJw Omvang): so many units per frequentie. */
export interface JeugdOmvang {
  /** Positive whole number of `eenheid`. */
  readonly volume: number;
  /** WJ756 Eenheid. */
  readonly eenheid: string;
  /** WMO757 Frequentie. */
  readonly frequentie: string;
}

/** As JW315 verzoek om toewijzing: an aanbieder asks the gemeente to assign care. */
export interface VerzoekOmToewijzingOntvangen {
  readonly memberId: string;
  readonly providerAgb: string;
  /** JZ020. */
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly gewensteIngangsdatum: LocalDate;
  /** COD327. */
  readonly verwijzer: string;
  readonly note?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As JW301 toewijzing: the gemeente assigns care to an aanbieder for a child. */
export interface ToewijzingVastgelegd {
  readonly memberId: string;
  readonly providerAgb: string;
  /** Unique within Jeugd for the household; the key of the episode. */
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate;
  /** JZ020. */
  readonly productcategorie: string;
  /** 5 characters from the contract's catalogue. */
  readonly productcode?: string;
  /** Specific variant; never together with `budget`. Neither = aspecific. */
  readonly omvang?: JeugdOmvang;
  /** Budget in euro cents; never together with `omvang`. */
  readonly budget?: number;
  /** COD327. */
  readonly verwijzer: string;
  /** JZ002, set by a correction that gives a reason code. */
  readonly redenWijziging?: string;
  readonly note?: string;
  /** The contract's price per eenheid (euro cents) of the omvang; a budget is its own tariff basis. */
  readonly tariefPerEenheidCents?: number;
  /** What the toewijzing (a maatwerk decision) rests on; absent on toewijzingen recorded before it was kept. */
  readonly afweging?: MaatwerkAfweging;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As JW305 start zorg. Member, provider and product are copied from the toewijzing. */
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

/** As JW307 stop zorg: ends the period that started on `begindatum`. */
export interface ZorgGestopt {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly begindatum: LocalDate;
  readonly einddatum: LocalDate;
  /** JZ588. */
  readonly redenBeeindiging: string;
  readonly redenWijziging?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** A contact of the Jeugd team with a member (no iStandaard message). The note stays within Jeugd. */
export interface ContactmomentVastgelegd {
  readonly memberId: string;
  readonly providerAgb?: string;
  readonly datum: LocalDate;
  /** HUISBEZOEK | GESPREK | TELEFONISCH | OVERLEG. */
  readonly soort: string;
  readonly note: string;
}

export interface JeugdEventData {
  'jeugd.VerzoekOmToewijzingOntvangen': VerzoekOmToewijzingOntvangen;
  'jeugd.ToewijzingVastgelegd': ToewijzingVastgelegd;
  'jeugd.ZorgGestart': ZorgGestart;
  'jeugd.ZorgGestopt': ZorgGestopt;
  'jeugd.ContactmomentVastgelegd': ContactmomentVastgelegd;
  'jeugd.DeclaratieOntvangen': DeclaratieOntvangen;
  'jeugd.VerzoekOmWijzigingOntvangen': VerzoekOmWijzigingOntvangen;
}
