import type { BerichtHerkomst, LocalDate } from '@regie/household';

// The data of the life-cycle events as both domains store them (same shapes since they were first stored; a
// domain adds its own fields, e.g. Jeugd's verwijzer or Wmo's besluitId).

/** Omvang of a specific toewijzing: so many units (WJ756 eenheid) per WMO757 frequentie. */
export interface Omvang {
  /** Positive whole number of `eenheid`. */
  readonly volume: number;
  readonly eenheid: string;
  readonly frequentie: string;
}

/** As the 315 verzoek om toewijzing: an aanbieder asks the gemeente to assign care. */
export interface VerzoekOmToewijzingOntvangen {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly gewensteIngangsdatum: LocalDate;
  /** COD327 (iJw only). */
  readonly verwijzer?: string;
  readonly note?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As the 301 toewijzing: the gemeente assigns care to an aanbieder for a member. */
export interface ToewijzingVastgelegd {
  readonly memberId: string;
  readonly providerAgb: string;
  /** Unique within the domain for the household; the key of the episode. */
  readonly toewijzingNummer: string;
  readonly toewijzingsdatum: LocalDate;
  readonly ingangsdatum: LocalDate;
  readonly einddatum?: LocalDate;
  readonly productcategorie: string;
  /** 5 characters from the contract's catalogue. */
  readonly productcode?: string;
  /** Specific variant; never together with `budget`. Neither = aspecific. */
  readonly omvang?: Omvang;
  /** Budget in euro cents; never together with `omvang`. */
  readonly budget?: number;
  /** The contract's price per eenheid (euro cents) of the omvang; a budget is its own tariff basis. */
  readonly tariefPerEenheidCents?: number;
  /** JZ002/WMO002, set by a correction that gives a reason code. */
  readonly redenWijziging?: string;
  /** The iJw/iWmo message this entry was read from; absent when recorded by hand. */
  readonly bericht?: BerichtHerkomst;
}

/** As the 305 start zorg. Member, provider and product are copied from the toewijzing. */
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

/** As the 307 stop zorg: ends the period that started on `begindatum`. */
export interface ZorgGestopt extends ZorgGestart {
  readonly einddatum: LocalDate;
  /** JZ588/WMO588. */
  readonly redenBeeindiging: string;
}

/** One declared line of a 323 declaratie: realised cost of a toewijzing for its period. */
export interface DeclaratieOntvangen {
  readonly memberId: string;
  readonly providerAgb: string;
  readonly toewijzingNummer: string;
  readonly declaratieNummer: string;
  readonly productReferentie: string;
  /** The debit line this line is or corrects: its DeclaratieNummer and ProductReferentie. */
  readonly lineReference: string;
  readonly periodBegin: LocalDate;
  readonly periodEnd: LocalDate;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly geleverdVolume: number;
  /** WJ756. */
  readonly eenheid: string;
  /** Euro cents per eenheid; absent with eenheid 83 (euro's). */
  readonly productTariefCents?: number;
  /** Euro cents, always positive; `debetCredit` gives the sign. */
  readonly ingediendBedragCents: number;
  readonly debetCredit: 'D' | 'C';
  readonly bericht: BerichtHerkomst;
}

/** As the 317 verzoek om wijziging: an aanbieder asks to change a toewijzing. Changes nothing until a new 301. */
export interface VerzoekOmWijzigingOntvangen {
  readonly toewijzingNummer: string;
  readonly memberId: string;
  readonly providerAgb: string;
  readonly productcategorie: string;
  readonly productcode?: string;
  readonly gewensteIngangsdatum: LocalDate;
  readonly einddatum?: LocalDate;
  readonly omvang?: Omvang;
  readonly budget?: number;
  /** COD327 (iJw only). */
  readonly verwijzer?: string;
  /** WJ758 Reden verzoek. */
  readonly reden?: string;
  /** Free text; visible to the own domain only. */
  readonly toelichting?: string;
  readonly bericht?: BerichtHerkomst;
}
