import type { BerichtBasis, ClientPersoon, IsoDate, Omvang, Product } from './common';

/** JW315/WMO315 AangevraagdProduct: what the aanbieder asks the gemeente to assign. */
export interface AangevraagdProduct {
  /** Unique per aanbieder and domain (TR347, part 2); a 301 that honours the request repeats it. */
  readonly referentieAanbieder: string;
  readonly beschikkingNummer?: string;
  readonly product?: Product;
  readonly beschikkingIngangsdatum?: IsoDate;
  readonly toewijzingIngangsdatum: IsoDate;
  readonly toewijzingEinddatum?: IsoDate;
  readonly omvang?: Omvang;
  readonly budget?: number;
  readonly verwijzer: {
    /** COD327. */
    readonly type: string;
    readonly naam?: string;
    /** AGB-code of the referring professional (huisarts, jeugdarts, GI, medisch specialist). */
    readonly zorgverlenerCode?: string;
  };
  /** COD260: 1 ja, 2 nee. */
  readonly raamcontract?: string;
  readonly commentaar?: string;
}

export interface VerzoekOmToewijzingbericht extends BerichtBasis {
  readonly soort: 'verzoekOmToewijzing';
  readonly client: ClientPersoon & {
    /** JW315 only (COD260). */
    readonly gezagsdragerBekend?: string;
    readonly commentaar?: string;
    readonly aangevraagdeProducten: readonly AangevraagdProduct[];
  };
}

/** A requested change: to an existing toewijzing (TeWijzigenProduct) or a new product (NieuwProduct). */
export interface GewenstProduct {
  readonly gewensteIngangsdatum: IsoDate;
  readonly einddatum?: IsoDate;
  readonly omvang?: Omvang;
  readonly budget?: number;
}

export interface VerzoekOmWijzigingbericht extends BerichtBasis {
  readonly soort: 'verzoekOmWijziging';
  readonly client: {
    readonly bsn: string;
    readonly verzoek: {
      readonly referentieAanbieder: string;
      /** WJ758: 1 verandering cliëntsituatie, 2 wijziging zorgplan. */
      readonly redenVerzoek: string;
      readonly ongewijzigdeProducten: readonly { readonly toewijzingNummer: string }[];
      readonly teWijzigenProducten: readonly (GewenstProduct & { readonly toewijzingNummer: string })[];
      readonly nieuweProducten: readonly (GewenstProduct & { readonly product?: Product })[];
    };
  };
}
