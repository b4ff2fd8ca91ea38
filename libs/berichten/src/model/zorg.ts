import type { BerichtBasis, ClientPersoon, IsoDate, Product, StatusAanlevering } from './common';

/**
 * JW305/WMO305 StartProduct. The key of a start is Bsn + ToewijzingNummer (or Product) + Begindatum; a correction
 * is a withdrawal (StatusAanlevering 3) of the earlier start plus a new start (1): 3.2 forbids 2 (CS058, OP033x2).
 */
export interface StartProduct {
  readonly toewijzingNummer?: string;
  readonly product?: Product;
  readonly toewijzingIngangsdatum?: IsoDate;
  readonly begindatum: IsoDate;
  readonly statusAanlevering: StatusAanlevering;
}

/** JW307/WMO307 StopProduct: ends the start with the same key. */
export interface StopProduct extends StartProduct {
  /** JZ588/WMO588. */
  readonly redenBeeindiging: string;
  readonly einddatum: IsoDate;
}

export interface StartZorgbericht extends BerichtBasis {
  readonly soort: 'startZorg';
  readonly client: ClientPersoon & { readonly startProducten: readonly StartProduct[] };
}

export interface StopZorgbericht extends BerichtBasis {
  readonly soort: 'stopZorg';
  readonly client: ClientPersoon & { readonly stopProducten: readonly StopProduct[] };
}
