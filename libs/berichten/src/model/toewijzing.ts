import type { BerichtBasis, ClientPersoon, Geboortedatum, IsoDate, Omvang, Product, VolledigeNaam } from './common';

/** One Contact of the client or a relatie (301). */
export interface Contact {
  /** COD757 soort adres. */
  readonly soort: string;
  readonly adres?: {
    readonly huis?: {
      readonly huisnummer: number;
      readonly huisletter?: string;
      readonly huisnummerToevoeging?: string;
      readonly aanduidingWoonadres?: string;
    };
    readonly postcode?: string;
    readonly straatnaam?: string;
    readonly plaatsnaam?: string;
    readonly landCode?: string;
  };
  readonly organisatie?: string;
  readonly telefoon?: readonly { readonly telefoonnummer: string; readonly landnummer: string }[];
  readonly emailadres?: string;
  readonly periode?: { readonly begindatum?: IsoDate; readonly einddatum?: IsoDate };
}

/** A relatie of the client (301), e.g. a parent who holds gezag. */
export interface Relatie {
  readonly nummer: string;
  readonly volgorde?: number;
  /** COD472. */
  readonly soort: string;
  readonly geboortedatum?: Geboortedatum;
  readonly geslacht?: string;
  readonly naam: VolledigeNaam;
  readonly contact: Contact;
}

/** JW301/WMO301 ToegewezenProduct: one toewijzing. */
export interface ToegewezenProduct {
  /** LDT_Nummer as a decimal string without leading zeros; unique per gemeente and domain (TR332, part 2). */
  readonly toewijzingNummer: string;
  readonly referentieAanbieder?: string;
  /** Absent for a generic toewijzing (budget only). */
  readonly product?: Product;
  readonly toewijzingsdatum: IsoDate;
  /** hh:mm:ss; with the date it orders versions of the same toewijzing (the latest is current, OP033x1). */
  readonly toewijzingstijd: string;
  readonly ingangsdatum: IsoDate;
  readonly einddatum?: IsoDate;
  /** JZ002/WMO002; empty on a first toewijzing, set when this version changes an earlier one. */
  readonly redenWijziging?: string;
  readonly omvang?: Omvang;
  /** Euro cents. */
  readonly budget?: number;
  readonly commentaar?: string;
}

export interface Toewijzingbericht extends BerichtBasis {
  readonly soort: 'toewijzing';
  readonly client: ClientPersoon<VolledigeNaam> & {
    readonly communicatie?: { readonly vorm: string; readonly taal?: string };
    readonly juridischeStatus?: string;
    readonly wettelijkeVertegenwoordiging?: string;
    readonly commentaar?: string;
    readonly relaties: readonly Relatie[];
    readonly contactgegevens: readonly Contact[];
    readonly toegewezenProducten: readonly ToegewezenProduct[];
  };
}
