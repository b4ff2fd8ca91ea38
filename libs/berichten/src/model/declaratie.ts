import type { BedragMetDebetCredit, BerichtBasis, Eenheid, IsoDate, Periode } from './common';

/** One declared line (JW323/WMO323 Prestatie). A credit line names the debit line it cancels. */
export interface Prestatie {
  readonly productReferentie: { readonly referentieNummer: string; readonly vorigReferentieNummer?: string };
  readonly toewijzingNummer: string;
  readonly productCategorie: string;
  readonly productCode: string;
  /** Within one calendar month (CS337). */
  readonly productPeriode: Periode;
  readonly geleverdVolume: number;
  readonly eenheid: Eenheid;
  /** Euro cents per eenheid; absent when the eenheid is 83 (euro's) (CD087). */
  readonly productTarief?: number;
  readonly ingediendBedrag: BedragMetDebetCredit;
}

export interface Declaratiebericht extends BerichtBasis {
  readonly soort: 'declaratie';
  readonly declaratie: {
    /** Unique per aanbieder and domain (TR333, part 2). */
    readonly declaratieNummer: string;
    /** One whole calendar month (CS340). */
    readonly declaratiePeriode: Periode;
    readonly declaratieDagtekening: IsoDate;
    readonly totaalIngediendBedrag: BedragMetDebetCredit;
    readonly clienten: readonly { readonly bsn: string; readonly prestaties: readonly Prestatie[] }[];
  };
}
